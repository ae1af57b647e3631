import DuizhaoCore

/// What a translation memory file holds: the pairs to store, and how many units were left
/// out because they are no translations, by reason.
public struct MemoryFileContents: Sendable, Equatable {
    /// Why a unit of a file is not stored.
    public enum SkipReason: String, Sendable, CaseIterable, Comparable {
        /// The file marks the target a draft (XLIFF `state` `initial`, `new`, `needs-…`).
        case draft
        /// duizhao flags the English a gloss or transliteration (TMX `x-origin`).
        case gloss
        /// The target is empty.
        case empty
        /// The target repeats the Chinese source (OmegaT copies the source into untranslated targets).
        case sameAsSource = "same-as-source"
        /// The target is still mostly Chinese.
        case mostlyChinese = "mostly-chinese"

        init(_ untranslated: UntranslatedTarget) {
            switch untranslated {
            case .empty: self = .empty
            case .sameAsSource: self = .sameAsSource
            case .mostlyChinese: self = .mostlyChinese
            }
        }

        /// Words for the import summary.
        public var explanation: String {
            switch self {
            case .draft: return "marked draft"
            case .gloss: return "glosses, not translations"
            case .empty: return "empty target"
            case .sameAsSource: return "target repeats the source"
            case .mostlyChinese: return "target still mostly Chinese"
            }
        }

        public static func < (a: SkipReason, b: SkipReason) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// The pairs to store.
    public var units: [MemoryUnit]
    /// Units left out, counted by reason.
    public var skipped: [SkipReason: Int]

    /// Creates contents.
    public init(units: [MemoryUnit] = [], skipped: [SkipReason: Int] = [:]) {
        self.units = units
        self.skipped = skipped
    }

    /// Keeps the pairs that are translations and counts the others; `isDraft` tells which
    /// candidates the file marks as drafts.
    init(candidates: [(unit: MemoryUnit, isDraft: Bool)], skipped: [SkipReason: Int] = [:]) {
        self.init(skipped: skipped)
        for (unit, isDraft) in candidates {
            if isDraft {
                self.skipped[.draft, default: 0] += 1
            } else if let reason = UntranslatedTarget.reason(source: unit.source, target: unit.target) {
                self.skipped[SkipReason(reason), default: 0] += 1
            } else {
                units.append(unit)
            }
        }
    }

    /// Adds another file's contents.
    public mutating func append(_ other: MemoryFileContents) {
        units += other.units
        skipped.merge(other.skipped, uniquingKeysWith: +)
    }

    /// The units skipped, all reasons together.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// `12 target repeats the source, 3 marked draft`; empty when nothing was skipped.
    public var skippedSummary: String {
        skipped.keys.sorted().map { "\(skipped[$0]!) \($0.explanation)" }.joined(separator: ", ")
    }
}
