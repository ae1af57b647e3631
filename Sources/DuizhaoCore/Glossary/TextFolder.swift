import DuizhaoText

/// Folds text so that glossary keys match the ways terms are written: Traditional characters
/// become Simplified (ICU `Hant-Hans`), full-width and compatibility forms become their plain
/// forms and Latin letters lowercase (ICU NFKC_Casefold), and quotation marks
/// (`“ ” ‘ ’ 「 」 『 』 "`) disappear, so `“三网”融合` folds like `三网融合`.
///
/// Folding works scalar by scalar, each result cached, and keeps a map back to the original
/// offsets (``FoldedText``). Holds an ICU transliterator and caches: not thread-safe; give
/// each thread its own folder.
public final class TextFolder {
    /// What folding did to one original scalar.
    public enum Change: UInt8, Sendable {
        /// Nothing.
        case none = 0
        /// Width, compatibility or case folding (`Ｇ` → `g`).
        case width = 1
        /// Traditional → Simplified (`計` → `计`).
        case traditional = 2
        /// Removed: a quotation mark.
        case removed = 3
    }

    /// The quotation marks folding removes.
    static let quotationMarks: Set<UInt32> = [
        0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x22,
    ]

    private let hantHans: Transliterator
    // Cache for BMP scalars: 0 = not computed yet; otherwise bit 31 set, the change in bits
    // 29–30, bit 28 set when the result is in `expansions` (index in bits 0–27), else the
    // single folded scalar in bits 0–20.
    private var bmpCache: [UInt32]
    private var astralCache: [UInt32: UInt32] = [:]
    private var expansions: [[UInt32]] = []

    /// Opens ICU's `Hant-Hans` transform.
    public init() throws {
        hantHans = try Transliterator("Hant-Hans")
        bmpCache = [UInt32](repeating: 0, count: 0x10000)
    }

    /// Folds `text`, keeping the map to its original scalar offsets.
    public func fold(_ text: String) -> FoldedText {
        var result = FoldedText()
        fold(text, into: &result)
        return result
    }

    /// Folds `text` into `result`, reusing its storage (for callers folding many sentences).
    public func fold(_ text: String, into result: inout FoldedText) {
        result.scalars.removeAll(keepingCapacity: true)
        result.origins.removeAll(keepingCapacity: true)
        result.changes.removeAll(keepingCapacity: true)
        result.originals.removeAll(keepingCapacity: true)
        result.changedCount = 0
        let capacity = text.utf8.count
        result.scalars.reserveCapacity(capacity)
        result.origins.reserveCapacity(capacity)
        result.changes.reserveCapacity(capacity)
        result.originals.reserveCapacity(capacity)
        var offset: Int32 = 0
        for scalar in text.unicodeScalars {
            let code = folding(of: scalar.value)
            let change = UInt8(truncatingIfNeeded: (code >> 29) & 3)
            result.changes.append(Change(rawValue: change).unsafelyUnwrapped)
            result.originals.append(scalar.value)
            if change != 0 { result.changedCount += 1 }
            if code & (1 << 28) != 0 {
                for value in expansions[Int(code & 0x0FFF_FFFF)] {
                    result.scalars.append(value)
                    result.origins.append(offset)
                }
            } else if change != Change.removed.rawValue {
                result.scalars.append(code & 0x1F_FFFF)
                result.origins.append(offset)
            }
            offset += 1
        }
    }

    /// The folded scalar values of `text` (for keys).
    func foldedScalars(_ text: String) -> [UInt32] { fold(text).scalars }

    /// The folded form of `text` as a string.
    public func folded(_ text: String) -> String { fold(text).string }

    /// What folding does to one scalar, and its cached encoded result.
    @inline(__always)
    private func folding(of value: UInt32) -> UInt32 {
        if value < 0x80 {
            if value == 0x22 { return 0x8000_0000 | (UInt32(Change.removed.rawValue) << 29) }
            if value >= 0x41 && value <= 0x5A {
                return 0x8000_0000 | (UInt32(Change.width.rawValue) << 29) | (value + 0x20)
            }
            return 0x8000_0000 | value
        }
        if value < 0x10000 {
            let cached = bmpCache[Int(value)]
            if cached != 0 { return cached }
            let computed = compute(value)
            bmpCache[Int(value)] = computed
            return computed
        }
        if let cached = astralCache[value] { return cached }
        let computed = compute(value)
        astralCache[value] = computed
        return computed
    }

    private func compute(_ value: UInt32) -> UInt32 {
        let computed: UInt32 = 0x8000_0000
        if Self.quotationMarks.contains(value) { return computed | (UInt32(Change.removed.rawValue) << 29) }
        guard let scalar = Unicode.Scalar(value) else { return computed | value }
        var change = Change.none
        var output: [UInt32] = []
        let normalized =
            Self.isURO(value)
            ? [scalar] : Array(NormalizationForm.nfkcCasefold.normalize(String(scalar)).unicodeScalars)
        if normalized != [scalar] { change = .width }
        for piece in normalized {
            if Self.quotationMarks.contains(piece.value) {
                if normalized.count == 1 { return computed | (UInt32(Change.removed.rawValue) << 29) }
                continue
            }
            if piece.isHan {
                let simplified = Array(hantHans.transform(String(piece)).unicodeScalars)
                if simplified != [piece], !simplified.isEmpty {
                    change = .traditional
                    output += simplified.map(\.value)
                    continue
                }
            }
            output.append(piece.value)
        }
        if output.count == 1 { return computed | (UInt32(change.rawValue) << 29) | output[0] }
        expansions.append(output)
        return computed | (UInt32(change.rawValue) << 29) | (1 << 28) | UInt32(expansions.count - 1)
    }

    @inline(__always)
    static func isURO(_ value: UInt32) -> Bool { value >= 0x4E00 && value <= 0x9FFF }
}
