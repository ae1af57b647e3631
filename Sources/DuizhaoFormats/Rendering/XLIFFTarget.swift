import DuizhaoCore

/// What an XLIFF file puts in each unit's target (`annotate --xliff-target`).
///
/// CAT tools differ: OmegaT's XLIFF filter translates the text it finds in `<target>` (so
/// an empty target gives no segment, and a draft there would be offered as the text to
/// translate), while tools with full XLIFF support translate `<source>` and treat a
/// target as a proposal, guided by its state.
public enum XLIFFTarget: String, Sendable, CaseIterable {
    /// An empty `<target/>`: tools that translate the source fill it.
    case empty
    /// A copy of the source, the convention OmegaT's filter and many workflows expect;
    /// XLIFF 1.2 writes no state (the tool decides), XLIFF 2.1 `state="initial"`.
    case source
    /// The sentence's English line (memory, machine translation or gloss) as a proposal:
    /// XLIFF 1.2 `state="needs-review-translation"` with a `state-qualifier` naming its
    /// origin, XLIFF 2.1 `state="initial"`; each unit's notes give the origin. For tools
    /// that translate the source (not OmegaT).
    case draft

    /// The XLIFF 1.2 `state-qualifier` for a draft of this origin; nil where XLIFF 1.2 has
    /// no fitting value.
    static func stateQualifier(_ origin: EnglishLine.Origin) -> String? {
        switch origin {
        case .memoryExact: return "exact-match"
        case .memoryFuzzy: return "fuzzy-match"
        case .machineTranslation: return "leveraged-mt"
        case .gloss, .formula: return "leveraged-glossary"
        case .transliteration, .human: return nil
        }
    }
}
