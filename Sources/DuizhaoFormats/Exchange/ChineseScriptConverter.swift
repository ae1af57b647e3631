import DuizhaoText

/// Tells and converts Simplified and Traditional Chinese through ICU's `Hans-Hant` and
/// `Hant-Hans` transforms. A transform that ICU cannot open leaves the converter unable to
/// convert (every call returns nil or false) rather than failing.
///
/// Holds ICU transliterators: not thread-safe, make one per use.
final class ChineseScriptConverter {
    private let toTraditional: Transliterator?
    private let toSimplified: Transliterator?

    /// Opens both transforms.
    init() {
        toTraditional = try? Transliterator("Hans-Hant")
        toSimplified = try? Transliterator("Hant-Hans")
    }

    /// Whether conversion to Traditional works.
    var canConvertToTraditional: Bool { toTraditional != nil }

    /// True when `text` has characters that `Hant-Hans` changes: a Traditional form.
    func isTraditional(_ text: String) -> Bool {
        guard let toSimplified else { return false }
        return toSimplified.transform(text) != text
    }

    /// `text` in Traditional characters, or nil when nothing changes or ICU cannot convert.
    func traditional(_ text: String) -> String? {
        guard let converted = toTraditional?.transform(text), converted != text else { return nil }
        return converted
    }

    /// `text` in Simplified characters, or nil when nothing changes or ICU cannot convert.
    func simplified(_ text: String) -> String? {
        guard let converted = toSimplified?.transform(text), converted != text else { return nil }
        return converted
    }
}
