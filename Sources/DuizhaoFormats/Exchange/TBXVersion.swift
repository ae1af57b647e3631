/// The TBX flavours duizhao writes, with the element names that differ between them.
public enum TBXVersion: String, CaseIterable, Sendable {
    /// TBX-Basic v3 (ISO 30042:2019), DCA style, namespace `urn:iso:std:iso:30042:ed-2`.
    case basic3
    /// TBX v2 (ISO 30042:2008) `martif`, TBX-Basic 2008 layout; what OmegaT reads.
    case martif2

    /// The TBX v3 namespace written.
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    var root: String { self == .basic3 ? "tbx" : "martif" }
    var header: String { self == .basic3 ? "tbxHeader" : "martifHeader" }
    var entry: String { self == .basic3 ? "conceptEntry" : "termEntry" }
    var language: String { self == .basic3 ? "langSec" : "langSet" }
    var term: String { self == .basic3 ? "termSec" : "tig" }
}
