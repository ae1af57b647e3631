import Foundation

@testable import DuizhaoCore
@testable import DuizhaoKit

/// Glossary entries, dictionary glosses and a term matcher written for the annotation tests.
enum AnnotationFixtures {
    static let entries: [GlossaryEntry] = [
        GlossaryEntry(
            id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", alternatives: [.init("Peacock Program")],
            variants: ["孔雀計劃"],
            category: "program", status: .established, source: "Shenzhen Municipal Government English site",
            note: "Shenzhen's program to attract overseas high-level talent and teams, launched in 2011."),
        GlossaryEntry(
            id: "streamline-delegate-improve", zh: "放管服",
            en: "reforms to streamline administration, delegate power and improve services",
            alternatives: [.init("Fang-Guan-Fu reform", status: .deprecated)], fullForm: "简政放权、放管结合、优化服务",
            category: "reform", status: .official, source: "State Council English website"),
        GlossaryEntry(
            id: "greater-bay-area", zh: "粤港澳大湾区", en: "Guangdong-Hong Kong-Macao Greater Bay Area",
            alternatives: [.init("Greater Bay Area"), .init("GBA")],
            category: "zone", status: .official,
            source:
                "Outline Development Plan for the Guangdong-Hong Kong-Macao Greater Bay Area, official English version (2019)"
        ),
        GlossaryEntry(
            id: "national-high-tech-enterprise", zh: "国家高新技术企业", en: "national high-tech enterprise",
            category: "concept", status: .established,
            source: "China Daily usage"),
        GlossaryEntry(
            id: "shenzhen-stic", zh: "深圳市科技创新委员会",
            en: "Science, Technology and Innovation Commission of Shenzhen Municipality",
            variants: ["深圳市科创委"], category: "institution", status: .official,
            source: "the commission's own English name"),
        GlossaryEntry(
            id: "shenzhen", zh: "深圳市", en: "Shenzhen", category: "place", status: .official,
            source: "official place name"),
        GlossaryEntry(
            id: "overseas-high-level-talent", zh: "海外高层次人才", en: "overseas high-level talent", category: "concept",
            status: .proposed,
            source: "duizhao team (proposed)"),
    ]

    static var glossary: [String: GlossaryEntry] { Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) }) }

    static let dictionary: [String: String] = [
        "深化": "deepen", "改革": "reform", "建设": "build", "打造": "create", "实施": "implement", "支持": "support",
        "安排": "arrange",
        "每年": "every year", "引进": "introduce", "培育": "cultivate", "创新": "innovation", "团队": "team", "办法": "measures",
        "总体": "overall", "要求": "requirement", "重点": "key", "任务": "task", "科技": "science and technology",
        "企业": "enterprise",
        "新增": "add", "总": "total", "投资": "investment", "研发": "R&D", "投入": "input", "达到": "reach", "合作": "cooperation",
        "基地": "base", "人才": "talent", "平台": "platform", "由": "by", "和": "and", "的": "of", "青年": "young",
        "资助": "funding",
        "国际": "international", "中心": "center", "创业": "start a business", "来": "come", "深": "Shenzhen (abbr.)",
        "一": "one", "二": "two",
        "港": "Hong Kong (abbr.)", "单": "single", "个": "(classifier)", "占": "account for", "比": "ratio", "牵": "lead",
        "头": "head",
    ]

    /// The fixture's bytes.
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/annotate")
        else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/annotate/\(name)"])
        }
        return [UInt8](try Data(contentsOf: url))
    }

    /// The fixture document, read as `name` (a stable path for golden files).
    static func document(_ name: String = "policy.txt") throws -> Document {
        try DocumentReader().read(bytes: try bytes(name), path: name, kind: InputKind(path: name))
    }

    /// The fixture annotated with the fixture glossary and dictionary, the generator version
    /// fixed so that golden files do not change with releases.
    static func annotated(_ name: String = "policy.txt") throws -> AnnotatedDocument {
        let context = AnnotationContext(
            glossary: glossary, matcher: FixtureMatcher(entries: entries), glosser: dictionary,
            resources: [ResourceInfo(kind: .glossary, name: "fixture glossary", entries: entries.count)])
        var document = try Annotator(context: context).annotate(try document(name))
        document.generator.version = "0.0.0-test"
        return document
    }
}

/// A plain substring matcher for tests: every headword and variant, quotation marks folded
/// when they wrap the term, confidence from the word boundaries.
struct FixtureMatcher: TermMatching {
    var entries: [GlossaryEntry]

    func matches(in document: Document) throws -> [TermMatch] {
        let scalars = Array(document.text.unicodeScalars)
        var boundaries = Set<Int>()
        for sentence in document.sentences {
            boundaries.insert(sentence.span.start)
            boundaries.insert(sentence.span.end)
            for token in sentence.tokens {
                boundaries.insert(token.span.start)
                boundaries.insert(token.span.end)
            }
        }
        var result: [TermMatch] = []
        for entry in entries {
            for (form, text) in [(TermMatch.Form.headword, entry.zh)]
                + entry.variants.map({ (TermMatch.Form.variant, $0) })
            {
                let needle = Array(text.unicodeScalars)
                guard !needle.isEmpty, needle.count <= scalars.count else { continue }
                for start in 0...(scalars.count - needle.count)
                where Array(scalars[start..<(start + needle.count)]) == needle {
                    var span = TextSpan(start: start, end: start + needle.count)
                    var matchForm = form
                    if start > 0, span.end < scalars.count, scalars[start - 1] == "“", scalars[span.end] == "”" {
                        span = TextSpan(start: start - 1, end: span.end + 1)
                        matchForm = .quoteFolded
                    }
                    let edges = (boundaries.contains(span.start) ? 1 : 0) + (boundaries.contains(span.end) ? 1 : 0)
                    let confidence: TermMatch.Confidence = edges == 2 ? .high : edges == 1 ? .medium : .low
                    let surface = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                    result.append(
                        TermMatch(
                            surface: surface, span: span, entryID: entry.id, form: matchForm, confidence: confidence))
                }
            }
        }
        return result
    }
}
