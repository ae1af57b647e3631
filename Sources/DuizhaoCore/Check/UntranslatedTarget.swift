import DuizhaoText

/// Why a target is not a translation of its Chinese source: what `tm import` refuses to
/// store and what `check` reports as untranslated.
///
/// CAT tools leave such targets behind: OmegaT copies the source into an XLIFF `<target>`
/// of a segment nobody translated, and a half-done file keeps Chinese in its targets.
public enum UntranslatedTarget: String, Sendable, CaseIterable {
    /// The target is empty.
    case empty
    /// The target repeats the source (it holds Chinese).
    case sameAsSource = "same-as-source"
    /// Most of the target's letters are still Chinese characters.
    case mostlyChinese = "mostly-chinese"

    /// The reason `target` is no translation of `source`, nil when it may be one.
    ///
    /// A target equal to a source without Chinese (a number, a code) may be its translation;
    /// equal to a Chinese source it is a copy. "Mostly Chinese": the Han characters, each
    /// weighed as two Latin letters (a character says more than a letter), outweigh the other
    /// letters (`深化改革reform` is; `Made in China 2025 (中国制造2025)` is not).
    public static func reason(source: String, target: String) -> UntranslatedTarget? {
        let target = target.trimmingCharacters(in: .whitespacesAndNewlines)
        if target.isEmpty { return .empty }
        let source = source.trimmingCharacters(in: .whitespacesAndNewlines)
        if target == source, source.unicodeScalars.contains(where: \.isHan) { return .sameAsSource }
        var han = 0
        var latin = 0
        for scalar in target.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.isHan { han += 1 } else { latin += 1 }
        }
        return han * 2 > latin ? .mostlyChinese : nil
    }

    /// Words for messages: "the target is empty".
    public var explanation: String {
        switch self {
        case .empty: return "the target is empty"
        case .sameAsSource: return "the target repeats the Chinese source"
        case .mostlyChinese: return "the target is still mostly Chinese"
        }
    }
}
