@testable import DuizhaoCore
@testable import DuizhaoKit

/// The small glossary the properties match against: the terms the generators plant (放管服,
/// 孔雀计划 with its Traditional variant, 一带一路), a Latin key (GDP), and an entry whose
/// English, source and note are markup, so every renderer must escape them.
enum PropertyFixtures {
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(
            id: "streamline-delegate-improve", zh: "放管服",
            en: "reforms to streamline administration, delegate power & improve services",
            fullForm: "简政放权、放管结合、优化服务", category: "reform", status: .official, source: "State Council English website"),
        GlossaryEntry(
            id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", alternatives: [.init("Peacock \"Program\"")],
            variants: ["孔雀計劃"],
            category: "program", status: .established, source: "Shenzhen <Municipal> Government",
            note: "Talent programme <b>2011</b> & later"),
        GlossaryEntry(
            id: "belt-and-road", zh: "一带一路", en: "Belt and Road Initiative",
            alternatives: [.init("One Belt, One Road", status: .deprecated)],
            category: "policy", status: .official, source: "NDRC"),
        GlossaryEntry(
            id: "greater-bay-area", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area", category: "zone",
            status: .official,
            source: "Outline Development Plan (2019)"),
        GlossaryEntry(
            id: "gdp", zh: "GDP", en: "gross domestic product", category: "concept", status: .established, source: "NBS"
        ),
        GlossaryEntry(
            id: "x\" onmouseover=\"alert(1)", zh: "深圳市科技创新委员会", en: "<script>alert('en')</script>",
            alternatives: [.init("]]><!--")],
            category: "\"}body{display:none}/*", status: .proposed, source: "<script>alert('src')</script> & co",
            note: "He said \"hi\" & 'bye'"),
    ]

    static let glossary = Glossary(entries: entries)

    /// A pipeline over the fixture glossary, as the command line builds one (no dictionary).
    static func pipeline() throws -> AnnotationPipeline {
        let resources = try StandardResources(glossary: glossary, glossaryFiles: [], dictionary: nil)
        return try AnnotationPipeline(resources: resources, reader: try DocumentReader())
    }
}
