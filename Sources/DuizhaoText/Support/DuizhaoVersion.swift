/// The version of duizhao.
public enum DuizhaoVersion {
    /// The current version string.
    public static let current = "0.1.0"
}
