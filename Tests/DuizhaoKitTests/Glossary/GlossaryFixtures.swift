@testable import DuizhaoCore
@testable import DuizhaoKit

/// Small glossaries and documents for the glossary tests.
enum GlossaryFixtures {
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(
            id: "fangguanfu", zh: "放管服", en: "streamline administration, delegate power and improve services",
            fullForm: "简政放权、放管结合、优化服务", category: "reform", status: .official, source: "Government Work Report"),
        GlossaryEntry(id: "reform", zh: "改革", en: "reform", source: "test"),
        GlossaryEntry(
            id: "greater-bay-area", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area",
            alternatives: [.init("GBA")], category: "zone", status: .official, source: "Outline Development Plan"),
        GlossaryEntry(id: "bay-area", zh: "大湾区", en: "Greater Bay Area", source: "test"),
        GlossaryEntry(id: "hong-kong-macao", zh: "港澳", en: "Hong Kong and Macao", source: "test"),
        GlossaryEntry(
            id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan",
            alternatives: [.init("Peacock Program"), .init("Peacock Scheme", status: .deprecated)], category: "program",
            status: .established, source: "Shenzhen Daily", note: "Shenzhen's overseas talent program."),
        GlossaryEntry(
            id: "shuangchuang", zh: "双创", en: "mass entrepreneurship and innovation", variants: ["雙創"], source: "test"),
        GlossaryEntry(id: "talent", zh: "人才", en: "talent", source: "test"),
        GlossaryEntry(id: "internet-plus", zh: "互联网+", en: "Internet Plus", variants: ["“互联网+”"], source: "test"),
        GlossaryEntry(id: "three-networks", zh: "三网融合", en: "three-network convergence", source: "test"),
        GlossaryEntry(id: "gdp", zh: "GDP", en: "gross domestic product", source: "test"),
        GlossaryEntry(id: "science-technology", zh: "科技", en: "science and technology", source: "test"),
        GlossaryEntry(id: "special-zone", zh: "特区", en: "special zone", source: "test", match: .strict),
    ]

    static var glossary: Glossary { Glossary(entries: entries) }

    /// A document of `text` as the reader makes it (cleaned, split into sentences and ICU words).
    static func document(_ text: String) throws -> Document {
        try DocumentReader().read(bytes: Array(text.utf8), path: "test.txt", kind: .text)
    }
}
