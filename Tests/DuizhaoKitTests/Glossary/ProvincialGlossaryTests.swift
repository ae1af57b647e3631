import DuizhaoKit
import Foundation
import Testing

/// The shipped provincial glossary (`glossaries/75-provinces.tsv`): every entry is sourced and
/// says which province or city it belongs to, and names that several provinces use, or that
/// one province's name contains, resolve to the right entry.
@Suite struct ProvincialGlossaryTests {
    static let folder = RepositoryFiles.root.appendingPathComponent("glossaries").path

    static func provincial() throws -> Glossary {
        try Glossary.load(paths: [folder + "/75-provinces.tsv"])
    }

    static func shipped() throws -> Glossary {
        try Glossary.load(paths: try GlossaryLocator.files(folder: folder, extra: []))
    }

    /// The provincial-level units and cities an entry may belong to, as its notes name them.
    static let places = [
        "Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin", "Heilongjiang",
        "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei",
        "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Xizang",
        "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang",
    ]

    @Test func everyEntryIsSourcedCategorizedAndNoted() throws {
        let glossary = try Self.provincial()
        #expect(glossary.errors.isEmpty)
        #expect(glossary.entries.count >= 850)
        for entry in glossary.entries {
            #expect(!entry.category.isEmpty, "\(entry.id) has no category")
            #expect(!entry.source.isEmpty, "\(entry.id) has no source")
            #expect(!(entry.note ?? "").isEmpty, "\(entry.id) has no note")
            if entry.status == .proposed {
                #expect(entry.source == "duizhao team (proposed)", "\(entry.id): a proposed rendering is the team's")
            } else {
                #expect(entry.source != "duizhao team (proposed)", "\(entry.id): the team's rendering is proposed")
            }
        }
    }

    @Test func everyEntryNamesItsProvinceOrProvinces() throws {
        for entry in try Self.provincial().entries {
            let note = entry.note ?? ""
            let named = Self.places.contains { note.contains($0) }
            #expect(named, "\(entry.id): the note names no province")
        }
    }

    /// The entry ids matched in `text` against the whole shipped glossary.
    func ids(_ text: String) throws -> [String] {
        try TermMatcher(glossary: try Self.shipped()).matches(in: text).map(\.entryID)
    }

    @Test func aGenericNameIsNotAttributedToOneProvince() throws {
        // 强省会 is a strategy of several provinces; only Guizhou's five-year action is Guizhou's.
        let jiangxi = try ids("江西省深入实施强省会战略，南昌加快发展。")
        #expect(jiangxi.contains("strong-capital-strategy"))
        #expect(!jiangxi.contains { $0.hasPrefix("guizhou-") })
        #expect(try ids("深入实施“强省会”五年行动。").contains("guizhou-strong-capital"))
        // Chongqing's regional center for international exchanges is not Beijing's.
        let chongqing = try ids("着力建设中西部国际交往中心。")
        #expect(chongqing.contains("intl-exchange-center"))
        #expect(!chongqing.contains { $0.hasPrefix("beijing-") })
    }

    @Test func similarNamesOfTwoProvincesStayApart() throws {
        // Yunnan's demonstration zone (示范区) and Xizang's model area (模范区) of ethnic unity.
        #expect(try ids("建设民族团结进步示范区。").contains("yunnan-unity-zone"))
        #expect(try ids("创建民族团结进步模范区。").contains("xizang-ethnic-unity-model"))
        // 海西 in Qinghai is the prefecture, not Fujian's West Coast Economic Zone.
        let qinghai = try ids("海西州盐湖产业加快发展。")
        #expect(qinghai.contains("qinghai-haixi"))
        #expect(!qinghai.contains("fujian-west-coast-zone"))
    }

    @Test func provincialNamesMatchInTheirUsualForms() throws {
        #expect(try ids("锚定“三高四新”美好蓝图。").contains("hunan-three-four"))
        #expect(try ids("深入踐行「八八戰略」。").contains("zhejiang-double-eight"))
        #expect(try ids("聚焦“四件大事”聚力“四个创建”。") == ["xizang-four-major-tasks", "xizang-four-creations"])
    }
}
