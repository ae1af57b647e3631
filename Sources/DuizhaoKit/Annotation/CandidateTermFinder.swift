/// Finds phrases that look like policy terms but that the glossary did not match, for a
/// glossary maintainer to follow up: short phrases in quotation marks (`“顶天立地”`) and
/// names ending in a program word (`深港科技合作基地`, `三年行动计划`).
///
/// A name is the program word's token with up to four word tokens before it, stopping at
/// punctuation, numbers, glossary terms, function words and the verbs that introduce
/// programs (实施, 建设, 推进…). This is a heuristic: the list is for review, not for use.
public struct CandidateTermFinder: Sendable {
    /// The words that end a program name.
    public static let nameSuffixes = ["计划", "工程", "行动", "战略", "基地", "平台", "示范区", "试验区"]

    /// Quotation marks that open a quoted phrase, with their closing marks.
    static let quotes: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "‘": "’"]

    /// Words that cannot be part of a name: function words, quantifiers, and verbs that
    /// introduce programs.
    static let stopWords: Set<String> = [
        "的", "和", "与", "及", "以及", "或", "在", "是", "为", "对", "将", "了", "把", "等", "向", "从", "由", "被", "其", "各", "并",
        "及其", "以", "于", "之", "这", "该", "此", "本", "我", "我国", "我市", "我省", "全市", "全省", "全国", "一批", "一大批", "若干",
        "多个", "各类", "各级", "相关", "一个", "一些", "这些", "所有", "其他", "有关", "中", "上", "下", "内", "个", "项", "大",
        "实施", "推进", "推动", "建设", "加快", "打造", "开展", "启动", "支持", "设立", "建立", "组建", "规划", "布局", "依托", "围绕",
        "实行", "制定", "出台", "落实", "完善", "加强", "强化", "发挥", "引进", "培育", "争取", "参与", "构建", "深化", "探索", "鼓励",
        "聚焦", "提升", "创建", "谋划", "申报", "纳入", "通过", "利用", "促进", "形成", "成为", "作为", "提供", "实现", "推出", "组织",
        "牵头", "承担", "联合", "共建", "筹建", "新建", "扩建", "升级", "优化", "搭建", "健全", "扩大", "加大", "主动", "积极", "大力",
        "着力", "进一步", "全面", "设", "建", "办", "搞", "做", "有", "已", "要", "应", "可", "能", "也", "都", "还", "又", "即", "如",
    ]

    /// Creates a finder.
    public init() {}

    /// The candidates in `sentences`, in order of first occurrence; `pinyin` transcribes a
    /// candidate.
    public func candidates(in sentences: [AnnotatedSentence], pinyin: (String) -> String?) -> [CandidateTerm] {
        var found: [CandidateTerm] = []
        var positions: [String: Int] = [:]
        var known = Set<String>()
        for sentence in sentences {
            for term in sentence.terms {
                known.insert(term.surface)
                known.insert(term.headword)
            }
        }
        func add(_ text: String, _ kind: CandidateTerm.Kind, _ span: Span, _ sentence: Int) {
            guard !known.contains(text) else { return }
            if let position = positions[text] {
                found[position].count += 1
            } else {
                positions[text] = found.count
                found.append(CandidateTerm(text: text, kind: kind, count: 1, span: span, firstSentence: sentence, pinyin: pinyin(text)))
            }
        }
        for sentence in sentences {
            var spotted: [(Span, String, CandidateTerm.Kind)] = []
            spotted += quoted(in: sentence)
            spotted += names(in: sentence)
            spotted.sort { $0.0 < $1.0 }
            for (span, text, kind) in spotted { add(text, kind, span, sentence.index) }
        }
        return found
    }

    /// Quoted phrases of 2 to 12 characters with Han characters and no sentence punctuation,
    /// that no glossary term overlaps.
    func quoted(in sentence: AnnotatedSentence) -> [(Span, String, CandidateTerm.Kind)] {
        let scalars = Array(sentence.text.unicodeScalars)
        var result: [(Span, String, CandidateTerm.Kind)] = []
        var index = 0
        // The last search for each closing mark: where it started and what it found (the count
        // when none). Starts only grow, so a sentence of thousands of unclosed marks is read
        // once per kind of mark, not once per mark.
        var lastSearch: [Unicode.Scalar: (from: Int, found: Int)] = [:]
        while index < scalars.count {
            guard let closer = Self.quotes[scalars[index]] else { index += 1; continue }
            let start = index + 1
            let end: Int
            if let last = lastSearch[closer], last.from <= start, start <= last.found {
                end = last.found
            } else {
                end = scalars[start...].firstIndex(of: closer) ?? scalars.count
                lastSearch[closer] = (start, end)
            }
            guard end < scalars.count else { index += 1; continue }
            let inner = scalars[(index + 1)..<end]
            let span = Span(start: sentence.span.start + index + 1, end: sentence.span.start + end)
            let acceptable = (2...12).contains(inner.count) && inner.contains(where: PinyinTranscriber.isHan)
                && inner.allSatisfy { PinyinTranscriber.isHan($0) || $0.properties.isAlphabetic || $0.properties.numericType != nil || "+·・-".unicodeScalars.contains($0) }
                && !sentence.terms.contains { $0.span.overlaps(span) }
            if acceptable { result.append((span, String(String.UnicodeScalarView(inner)), .quoted)) }
            index = end + 1
        }
        return result
    }

    /// Names ending in a program word.
    /// The last scalars of the name suffixes.
    static let suffixEndings = Set(nameSuffixes.compactMap { $0.unicodeScalars.last })

    func names(in sentence: AnnotatedSentence) -> [(Span, String, CandidateTerm.Kind)] {
        let tokens = sentence.tokens
        var result: [(Span, String, CandidateTerm.Kind)] = []
        for (index, token) in tokens.enumerated() where token.kind == .ideographic {
            // Cheap test first: this runs on every word of the document.
            guard let last = token.text.unicodeScalars.last, Self.suffixEndings.contains(last),
                Self.nameSuffixes.contains(where: { token.text.hasSuffix($0) }) else { continue }
            // The name must end here: the next token is not a Han word that continues it
            // (平台经济, 计划单列市).
            if index + 1 < tokens.count, tokens[index + 1].kind == .ideographic, tokens[index + 1].span.start == token.span.end,
                !Self.stopWords.contains(tokens[index + 1].text) {
                continue
            }
            var first = index
            while first > 0, index - first < 4 {
                let previous = tokens[first - 1]
                guard previous.kind == .ideographic, previous.span.end == tokens[first].span.start, !Self.stopWords.contains(previous.text) else { break }
                first -= 1
            }
            let span = Span(start: tokens[first].span.start, end: token.span.end)
            let suffixOnly = Self.nameSuffixes.contains(token.text) && first == index
            guard !suffixOnly, span.length >= 3, span.length <= 14 else { continue }
            let text = tokens[first...index].map(\.text).joined()
            result.append((span, text, .name))
        }
        return result
    }
}
