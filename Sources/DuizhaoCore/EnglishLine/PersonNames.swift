import DuizhaoText

/// Personal names in a sentence: the two or three characters after a title or role (省长,
/// 书记, 记者 …) or before a form of address (同志), starting with a common surname. They are
/// written in pinyin, surname first (尹勇 → Yin Yong), never glossed by their characters'
/// meanings. Names the text does not mark this way are left to the dictionary.
enum PersonNames {
    /// Titles and roles a name follows.
    static let rolesBefore: Set<String> = [
        "省长", "副省长", "市长", "副市长", "县长", "副县长", "区长", "副区长", "书记", "副书记", "主任", "副主任", "记者", "通讯员",
        "总理", "副总理", "主席", "副主席", "部长", "副部长", "局长", "副局长", "厅长", "副厅长", "院长", "副院长", "校长", "委员",
        "总书记", "秘书长", "董事长", "总经理", "理事长", "主编", "编辑", "责任编辑", "作者", "镇长", "乡长", "州长", "司长", "处长",
        "主持人", "发言人", "代表", "会长", "社长", "行长", "署长", "检察长", "大使", "教授", "院士", "研究员",
    ]
    /// Forms of address a name comes before.
    static let rolesAfter: Set<String> = ["同志", "先生", "女士", "教授", "院士", "总理", "主席", "书记", "省长", "市长", "代表", "委员"]
    /// The last scalars of the roles.
    static let roleEnds = Set(rolesBefore.union(rolesAfter).compactMap(\.unicodeScalars.last))
    /// Common single-character surnames.
    static let surnames: Set<Unicode.Scalar> = Set(
        ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习温栗楼乐柯骆常康施牛洪桂"
            + "葛殷翟单庞岳文樊兰殷倪祝齐廉耿甘易谷尚安焦鲁盛鲍童欧伍颜包俞蓝季柴米符左盖宁辛陈应").unicodeScalars)

    /// `tokens` with each personal name found merged into one token glossed with its pinyin
    /// (layer ``AnnotatedToken/GlossLayer/transliteration``).
    static func mark(_ tokens: [AnnotatedToken]) -> [AnnotatedToken] {
        var names: [Range<Int>] = []
        for (index, token) in tokens.enumerated() where token.kind != .term {
            // Most tokens end in a scalar no role ends in: tested before hashing the text.
            guard let last = token.text.unicodeScalars.last, roleEnds.contains(last) else { continue }
            if rolesBefore.contains(token.text), let range = name(in: tokens, from: index + 1) { names.append(range) }
            if rolesAfter.contains(token.text), let range = name(in: tokens, endingBefore: index) {
                names.append(range)
            }
        }
        guard !names.isEmpty else { return tokens }
        var result: [AnnotatedToken] = []
        var index = 0
        var pending = names.sorted { $0.lowerBound < $1.lowerBound }[...]
        while index < tokens.count {
            while let first = pending.first, first.lowerBound < index { pending = pending.dropFirst() }
            if let range = pending.first, range.lowerBound == index {
                let parts = tokens[range]
                let text = parts.map(\.text).joined()
                let span = TextSpan(start: parts.first!.span.start, end: parts.last!.span.end)
                result.append(
                    AnnotatedToken(
                        text: text, span: span, kind: .ideographic, pinyin: HanPinyin.pinyin(text),
                        gloss: transliterate(text), glossLayer: .transliteration))
                index = range.upperBound
                pending = pending.dropFirst()
            } else {
                result.append(tokens[index])
                index += 1
            }
        }
        return result
    }

    /// A name written surname first: `王小明` → `Wang Xiaoming`.
    static func transliterate(_ name: String) -> String {
        let syllables = HanPinyin.syllables(name).map { PinyinTranscriber.stripTones($0.syllable) }
        guard let surname = syllables.first else { return name }
        let given = syllables.dropFirst().joined()
        return given.isEmpty ? surname.capitalized : "\(surname.capitalized) \(given.capitalized)"
    }

    /// The Han characters of the tokens `range` covers, or nil when one is not a plain word.
    static func characters(_ tokens: ArraySlice<AnnotatedToken>) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        for token in tokens {
            guard token.kind == .ideographic, token.glossLayer != .glossary else { return nil }
            scalars += token.text.unicodeScalars
        }
        return scalars.allSatisfy(\.isHan) ? scalars : nil
    }

    /// Tokens that read as something else after a name (尹勇 在 …): a name ends before them.
    static let followers: Set<String> = [
        "在", "说", "表示", "指出", "强调", "作", "主持", "出席", "会见", "等", "和", "与", "同志", "提出", "介绍", "认为", "讲话", "的", "也", "还",
        "就", "对", "向", "率", "一行", "调研", "考察", "是", "为", "代表",
    ]

    /// The name that starts at token `start` (after spaces): tokens of two or three characters
    /// in all, the first a common surname, ending at a token edge before punctuation, a space,
    /// the line's end or a word that usually follows a name.
    static func name(in tokens: [AnnotatedToken], from start: Int) -> Range<Int>? {
        var first = start
        while first < tokens.count, tokens[first].kind == .whitespace { first += 1 }
        guard first < tokens.count, let lead = tokens[first].text.unicodeScalars.first, surnames.contains(lead) else {
            return nil
        }
        var end = first
        var length = 0
        var best: Range<Int>?
        while end < tokens.count, tokens[end].kind == .ideographic, tokens[end].glossLayer != .glossary {
            length += tokens[end].text.unicodeScalars.count
            end += 1
            guard length <= 3 else { break }
            guard length >= 2, characters(tokens[first..<end]) != nil else { continue }
            let next = end < tokens.count ? tokens[end] : nil
            if next == nil || next!.kind != .ideographic || followers.contains(next!.text)
                || rolesBefore.contains(next!.text)
            {
                best = first..<end
            }
        }
        return best
    }

    /// The name that ends just before token `end`: two or three characters, the first a common
    /// surname, starting at a token edge.
    static func name(in tokens: [AnnotatedToken], endingBefore end: Int) -> Range<Int>? {
        var start = end
        var length = 0
        var best: Range<Int>?
        while start > 0, tokens[start - 1].kind == .ideographic, tokens[start - 1].glossLayer != .glossary {
            start -= 1
            length += tokens[start].text.unicodeScalars.count
            guard length <= 3 else { break }
            if length >= 2, let scalars = characters(tokens[start..<end]), surnames.contains(scalars[0]) {
                best = start..<end
            }
        }
        return best
    }
}
