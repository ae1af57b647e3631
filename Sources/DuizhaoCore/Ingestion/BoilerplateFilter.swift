/// Recognizes the chrome that scraped Chinese policy pages carry around the article.
public struct BoilerplateFilter: Sendable {
    /// Creates a filter.
    public init() {}

    static let breadcrumbPrefixes = ["您的位置", "你的位置", "您现在的位置", "当前位置", "您当前的位置", "当前的位置", "所在位置", "位置:", "位置："]
    static let widgetLines: Set<String> = [
        "我要纠错", "很赞哦", "评论", "分享到", "分享", "点赞", "收藏", "打印", "关闭", "关闭窗口", "打印本页", "返回顶部", "回到顶部", "上一篇", "下一篇", "相关文章",
        "相关阅读", "扫一扫", "扫一扫在手机打开当前页", "字号", "【打印】", "【关闭】", "0",
    ]
    static let navigationPrefixes = [
        "上一篇", "下一篇", "返回顶部", "打印本页", "关闭窗口", "【字体", "字体:", "字体：", "扫一扫", "分享到", "相关文章", "相关阅读", "推荐阅读", "热门文章",
    ]
    /// The words of page toolbars and font-size controls; a short line made only of them is a toolbar.
    static let toolbarWords: Set<String> = [
        "下载", "打印", "全屏", "收藏", "分享", "分享到", "字号", "字体", "加大", "还原", "减小", "放大", "缩小", "默认", "大", "中", "小",
        "关闭", "关闭窗口", "打印本页", "我要纠错", "纠错", "朗读", "无障碍", "背景色", "视力保护色", "扫一扫", "微信", "微博", "QQ", "空间",
        "复制链接", "链接", "保存", "打印文章", "收藏本页", "字号大", "字号中", "字号小", "新浪微博", "腾讯微博", "豆瓣网", "豆瓣",
        "QQ空间", "人人网",
    ]
    /// Where a related-reports tail begins.
    static let relatedPrefixes = ["相关报道", "相关链接", "相关附件", "相关新闻", "相关稿件", "相关文件", "相关解读", "延伸阅读", "关联文件", "【相关"]
    static let copyrightMarkers = [
        "版权所有", "Copyright", "copyright", "©", "ICP备", "ICP证", "网站标识码", "主办单位", "承办单位", "技术支持",
    ]

    /// The kind of chrome `line` is, or nil when it is article text. `position` is the
    /// line's index among the document's non-empty lines, `count` their number.
    public func classify(_ line: String, position: Int, count: Int) -> RemovedText.Kind? {
        // Chrome lines are short: long lines are article text. Cheap tests come first: this
        // runs on every line of every document.
        let length = line.scalarCount
        guard length > 0, length <= 160 else { return nil }
        let text = line.trimmingSpaces()
        if text.hasPrefixBytes(anyOf: Self.breadcrumbPrefixes) { return .breadcrumb }
        if length < 120 && text.containsBytes("首页")
            && (text.containsBytes(">") || text.containsBytes("›") || text.containsBytes("»")
                || text.containsBytes("/"))
        {
            return .breadcrumb
        }
        if position < 8 && BylineParser.isByline(text) { return .byline }
        if length <= 40 && (text.hasPrefix("责任编辑") || text.containsBytes("责任编辑：") || text.containsBytes("责任编辑:")) {
            return .byline
        }
        if length <= 30
            && (text.containsBytes("人已围观") || text.containsBytes("阅读次数") || text.containsBytes("浏览次数")
                || text.containsBytes("点击数") || text.hasPrefix("阅读:") || text.hasPrefix("阅读："))
        {
            return .counter
        }
        if length <= 24 {
            let compact = String(
                text.unicodeScalars.filter {
                    !$0.properties.isWhitespace && !"!！()（）【】[]|:：".unicodeScalars.contains($0)
                })
            if Self.widgetLines.contains(compact) || compact.hasPrefix("很赞")
                || (compact.hasPrefix("评论") && compact.dropFirst(2).allSatisfy(\.isNumber))
            {
                // A lone "0" is chrome only near the end of a page (a comment count).
                if compact == "0" && position < count - 4 { return nil }
                return .widget
            }
        }
        if length <= 40 && text.hasPrefixBytes(anyOf: Self.navigationPrefixes) { return .navigation }
        if length <= 40 && text.hasPrefixBytes(anyOf: Self.relatedPrefixes) { return .related }
        if length <= 80 && Self.isToolbar(text) { return .toolbar }
        if Self.isIdentifier(text) { return .identifier }
        if position >= count - 6 && Self.copyrightMarkers.contains(where: { text.containsBytes($0) }) {
            return .copyright
        }
        return nil
    }

    static let toolbarSeparators = Set<Character>("【】[]()（）|｜:：>»/·•、 \u{3000}\u{A0}")
    static let toolbarInitials = Set(toolbarWords.compactMap(\.first))
    /// The separators and the words' first characters as scalars (each is one scalar), for
    /// the test every line takes.
    private static let toolbarSeparatorScalars = Set(toolbarSeparators.flatMap(\.unicodeScalars))
    private static let toolbarInitialScalars = Set(toolbarInitials.flatMap(\.unicodeScalars))

    /// True when `text` is made only of toolbar words, brackets, colons and spaces, with at
    /// least one word of two characters.
    static func isToolbar(_ text: String) -> Bool {
        // Most lines fail on their first word: test it before building anything, by scalars
        // (hashing characters normalizes them). The first scalar past separators and spaces
        // starts the first character past them, unless it extends a separator's character:
        // then the characters decide.
        guard
            let scalar = text.unicodeScalars.first(where: {
                !toolbarSeparatorScalars.contains($0) && !$0.properties.isWhitespace
            })
        else { return false }
        let properties = scalar.properties
        if properties.isGraphemeExtend || properties.isEmojiModifier || properties.generalCategory == .spacingMark
            || scalar == "\u{200D}"
        {
            guard let first = text.first(where: { !toolbarSeparators.contains($0) && !$0.isWhitespace }),
                toolbarInitials.contains(first)
            else { return false }
        } else if !toolbarInitialScalars.contains(scalar) {
            return false
        }
        let compact = Array(text.filter { !toolbarSeparators.contains($0) && !$0.isWhitespace })
        guard compact.count >= 2 else { return false }
        // Greedy longest match over the vocabulary (words are at most five characters).
        var index = 0
        var sawWord = false
        while index < compact.count {
            var matched = 0
            for length in stride(from: min(5, compact.count - index), through: 1, by: -1)
            where toolbarWords.contains(String(compact[index..<(index + length)])) {
                matched = length
                break
            }
            guard matched > 0 else { return false }
            if matched >= 2 { sawWord = true }
            index += matched
        }
        return sawWord
    }

    /// True when `text` is a hash-like id: 16 or more ASCII letters and digits (with `-` or
    /// `_`), both letters and digits, no spaces.
    static func isIdentifier(_ text: String) -> Bool {
        // Every scalar must be ASCII, so the bytes are the scalars.
        let bytes = text.utf8
        guard bytes.count >= 16, bytes.count <= 80 else { return false }
        var letters = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "-"), UInt8(ascii: "_"): continue
            default: return false
            }
        }
        return letters > 0 && digits >= 4
    }

    /// True when `text` can be an entry of a related-articles list: short, no sentence
    /// inside (a title, perhaps with its date).
    static func isListedTitle(_ text: String) -> Bool {
        let length = text.unicodeScalars.count
        guard length <= 80 else { return false }
        let stops = text.filter { "。！？；".contains($0) }.count
        return stops == 0 || (stops == 1 && BylineParser.isoDate(in: text) != nil && length <= 60)
    }
}
