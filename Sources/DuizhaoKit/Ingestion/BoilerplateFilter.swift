/// Page chrome removed from a scraped document, kept with its kind and original text.
public struct RemovedText: Codable, Equatable, Sendable {
    /// What kind of chrome the text was.
    public enum Kind: String, Codable, Sendable {
        /// A breadcrumb trail (您的位置:首页 > …).
        case breadcrumb
        /// The author / source / editor / date line.
        case byline
        /// A view or read counter (人已围观, 阅读 123).
        case counter
        /// Like, comment and share widgets (很赞哦, 评论 0, 分享到).
        case widget
        /// Page navigation (上一篇, 下一篇, 返回顶部, 打印本页).
        case navigation
        /// Copyright and site footer lines.
        case copyright
    }

    /// The kind of chrome.
    public var kind: Kind
    /// The text as it stood in the input.
    public var text: String
    /// The 1-based line of the input it came from.
    public var line: Int
}

/// Recognizes the chrome that scraped Chinese policy pages carry around the article.
public struct BoilerplateFilter: Sendable {
    /// Creates a filter.
    public init() {}

    static let breadcrumbPrefixes = ["您的位置", "你的位置", "您现在的位置", "当前位置", "您当前的位置", "当前的位置", "所在位置", "位置:", "位置："]
    static let widgetLines: Set<String> = ["很赞哦", "评论", "分享到", "分享", "点赞", "收藏", "打印", "关闭", "关闭窗口", "打印本页", "返回顶部", "上一篇", "下一篇", "相关文章", "相关阅读", "扫一扫", "扫一扫在手机打开当前页", "字号", "【打印】", "【关闭】", "0"]
    static let navigationPrefixes = ["上一篇", "下一篇", "返回顶部", "打印本页", "关闭窗口", "【字体", "字体:", "字体：", "扫一扫", "分享到", "相关文章", "相关阅读", "推荐阅读", "热门文章"]
    static let copyrightMarkers = ["版权所有", "Copyright", "copyright", "©", "ICP备", "ICP证", "网站标识码", "主办单位", "承办单位", "技术支持"]

    /// The kind of chrome `line` is, or nil when it is article text. `position` is the
    /// line's index among the document's non-empty lines, `count` their number.
    public func classify(_ line: String, position: Int, count: Int) -> RemovedText.Kind? {
        // Chrome lines are short: long lines are article text. Cheap tests come first: this
        // runs on every line of every document.
        let length = line.unicodeScalars.count
        guard length > 0, length <= 160 else { return nil }
        let text = line.trimmingSpaces()
        if Self.breadcrumbPrefixes.contains(where: { text.hasPrefix($0) }) { return .breadcrumb }
        if length < 120 && text.containsBytes("首页") && (text.containsBytes(">") || text.containsBytes("›") || text.containsBytes("»") || text.containsBytes("/")) {
            return .breadcrumb
        }
        if position < 8 && BylineParser.isByline(text) { return .byline }
        if length <= 30 && (text.containsBytes("人已围观") || text.containsBytes("阅读次数") || text.containsBytes("浏览次数") || text.containsBytes("点击数") || text.hasPrefix("阅读:") || text.hasPrefix("阅读：")) {
            return .counter
        }
        if length <= 24 {
            let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && !"!！()（）【】[]|:：".unicodeScalars.contains($0) })
            if Self.widgetLines.contains(compact) || compact.hasPrefix("很赞") || (compact.hasPrefix("评论") && compact.dropFirst(2).allSatisfy(\.isNumber)) {
                // A lone "0" is chrome only near the end of a page (a comment count).
                if compact == "0" && position < count - 4 { return nil }
                return .widget
            }
        }
        if length <= 40 && Self.navigationPrefixes.contains(where: { text.hasPrefix($0) }) { return .navigation }
        if position >= count - 6 && Self.copyrightMarkers.contains(where: { text.containsBytes($0) }) { return .copyright }
        return nil
    }
}
