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
        /// A page toolbar (下载 打印 全屏 收藏 【字号：加大 还原 减小】).
        case toolbar
        /// A line of a gov.cn-style metadata table (索引号, 发文机关, 标题…), read into the metadata.
        case metadataTable
        /// A related-reports or related-links tail (相关报道：, 相关链接>>) and the article titles it lists.
        case related
        /// A hash-like page or article id.
        case identifier
        /// The title again, after the title paragraph.
        case repeatedTitle
    }

    /// The kind of chrome.
    public var kind: Kind
    /// The text as it stood in the input.
    public var text: String
    /// The 1-based line of the input it came from.
    public var line: Int
}
