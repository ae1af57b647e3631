import Foundation
import LoopbackHTTPServer

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoTranslation

/// Sentences, glossary entries and translator set-ups for the machine translation tests.
enum MTFixtures {
    static let peacock = GlossaryEntry(
        id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan",
        alternatives: [.init("Peacock Program"), .init("Kongque Plan", status: .deprecated)],
        category: "program", status: .established)
    static let zone = GlossaryEntry(
        id: "hi-tech-zone", zh: "高新区", en: "high-tech zone", category: "zone", status: .established)
    static let stic = GlossaryEntry(
        id: "shenzhen-stic", zh: "深圳市科技创新委员会",
        en: "Science, Technology and Innovation Commission of Shenzhen Municipality",
        category: "institution", status: .official)
    static let entries = [peacock, zone, stic]

    /// A sentence with the glossary terms of `entries` found in it and its quantities, as the
    /// annotator would give it (document offsets from `start`).
    static func sentence(
        _ text: String, index: Int = 0, start: Int = 0, entries: [GlossaryEntry] = entries
    ) -> AnnotatedSentence {
        let scalars = Array(text.unicodeScalars)
        var terms: [AnnotatedTerm] = []
        for entry in entries {
            let needle = Array(entry.zh.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for offset in 0...(scalars.count - needle.count)
            where Array(scalars[offset..<offset + needle.count]) == needle {
                let span = TextSpan(start: start + offset, end: start + offset + needle.count)
                let match = TermMatch(
                    surface: entry.zh, span: span, entryID: entry.id, form: .headword, confidence: .high)
                terms.append(AnnotatedTerm(match: match, entry: entry, surface: entry.zh))
            }
        }
        terms.sort { $0.span.start < $1.span.start }
        let span = TextSpan(start: start, end: start + scalars.count)
        return AnnotatedSentence(
            index: index, paragraph: 0, section: nil, span: span, text: text, tokens: [], terms: terms,
            quantities: QuantityExtractor().quantities(in: text, offset: start),
            english: EnglishLine(text: "gloss of \(index)", origin: .gloss))
    }

    /// Test sentences and their English.
    static let translations: [String: String] = [
        "深圳市实施孔雀计划。": "Shenzhen implements the Peacock Plan.",
        "每年安排10亿元。": "RMB 1 billion is allocated every year.",
        "高新区新增企业3.5万家。": "The high-tech zone added 35,000 enterprises.",
        "到2025年引进3000名人才。": "By 2025, 3,000 talents will be attracted.",
        "支持高新区发展。": "Support the development of high-tech zones.",
        "孔雀计划资助团队。": "The Peacock Plan funds teams.",
    ]

    static var sentences: [AnnotatedSentence] {
        translations.keys.sorted().enumerated().map { sentence($0.element, index: $0.offset) }
    }

    /// A configuration for the loopback server: short waits so that retries are quick.
    static func configuration(
        _ server: LoopbackHTTPServer, key: String? = nil, timeout: Double = 10, batchSize: Int = 8,
        concurrency: Int = 2, maxRetries: Int = 3
    ) throws -> MachineTranslationConfiguration {
        try MachineTranslationConfiguration(
            endpoint: server.baseURL, model: "test-model", apiKey: key, timeout: timeout, batchSize: batchSize,
            concurrency: concurrency,
            maxRetries: maxRetries, retryDelay: 0.01, maxRetryDelay: 2)
    }

    /// A service that translates from ``translations``: batches as JSON, single sentences as
    /// text.
    static func translatingService(delay: Double = 0) -> LoopbackHTTPServer.Handler {
        { request, _ in
            if ChatServiceScript.isBatch(request) {
                let items = ChatServiceScript.batchSentences(request).map {
                    (id: $0.id, en: translations[$0.source] ?? "?")
                }
                return ChatServiceScript.batchCompletion(items, delay: delay)
            }
            let source = ChatServiceScript.singleSentence(request) ?? ""
            return ChatServiceScript.completion(translations[source] ?? "?", delay: delay)
        }
    }

    /// Runs a translator over `sentences` the way the annotator does.
    static func translate(_ sentences: [AnnotatedSentence], with translator: any Translator) throws -> [EnglishLine] {
        try translator.prepare(sentences)
        return try sentences.map { try translator.english(for: $0) ?? $0.english }
    }
}
