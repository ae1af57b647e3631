import Foundation
import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoMemory

/// A machine translation stand-in: answers every sentence with a fixed line.
private struct StubMachineTranslator: Translator {
    func english(for sentence: AnnotatedSentence) throws -> EnglishLine? {
        EnglishLine(text: "MT: \(sentence.text)", origin: .machineTranslation, provider: "stub")
    }
}

@Suite struct TranslationOrderTests {
    @Test func parsesStepNames() throws {
        #expect(try TranslationOrder(parsing: "tm-exact,mt,tm-fuzzy,gloss") == .standard)
        #expect(try TranslationOrder(parsing: " TM-FUZZY , gloss ").steps == [.memoryFuzzy, .gloss])
        #expect(throws: TranslationOrderError.unknownStep("deepl")) { try TranslationOrder(parsing: "tm-exact,deepl") }
        #expect(throws: TranslationOrderError.repeatedStep("mt")) { try TranslationOrder(parsing: "mt,mt") }
        #expect(throws: TranslationOrderError.empty) { try TranslationOrder(parsing: ",") }
    }

    /// Sentences: exact in memory, fuzzy in memory, not in memory.
    static let texts = [
        "深入实施人才强市战略，加快建设粤港澳大湾区国际人才高地。",
        "全面实施人才强市战略，加快建设大湾区国际人才高地。",
        "无关的句子。",
    ]

    func origins(_ order: String, memory: TranslationMemory?, machine: Bool) throws -> [EnglishLine.Origin] {
        let plan = TranslationPlan(
            order: try TranslationOrder(parsing: order), memory: memory,
            machine: machine ? { @Sendable in StubMachineTranslator() } : nil)
        guard let translator = try plan.makeTranslator() else { return Self.texts.map { _ in .gloss } }
        let sentences = Self.texts.enumerated().map { MemoryFixtures.sentence($0.element, index: $0.offset) }
        try translator.prepare(sentences)
        return try sentences.map { try translator.english(for: $0)?.origin ?? .gloss }
    }

    @Test func theChainFollowsTheOrder() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        #expect(
            try origins("tm-exact,mt,tm-fuzzy,gloss", memory: memory, machine: true) == [
                .memoryExact, .machineTranslation, .machineTranslation,
            ])
        #expect(
            try origins("tm-exact,mt,tm-fuzzy,gloss", memory: memory, machine: false) == [
                .memoryExact, .memoryFuzzy, .gloss,
            ])
        #expect(
            try origins("tm-exact,tm-fuzzy,mt,gloss", memory: memory, machine: true) == [
                .memoryExact, .memoryFuzzy, .machineTranslation,
            ])
        #expect(
            try origins("mt,tm-exact", memory: memory, machine: true) == [
                .machineTranslation, .machineTranslation, .machineTranslation,
            ])
        #expect(try origins("gloss,tm-exact", memory: memory, machine: true) == [.gloss, .gloss, .gloss])
        #expect(
            try origins("tm-exact,mt", memory: nil, machine: true) == [
                .machineTranslation, .machineTranslation, .machineTranslation,
            ])
        #expect(try TranslationPlan(memory: nil).makeTranslator() == nil)
    }

    @Test func annotationUsesThePlan() throws {
        let folder = try MemoryFixtures.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = try MemoryFixtures.policyMemory(in: folder)
        let resources = try StandardResources(glossary: Glossary(entries: []), glossaryFiles: [], dictionary: nil)
        let plan = TranslationPlan(memory: memory)
        let pipeline = try AnnotationPipeline(resources: resources, reader: DocumentReader(), translation: plan)
        // The plan paragraph repeats (as policy texts do); a later year restates it.
        let text = "\(Self.texts[0])\(Self.texts[2])\n\n\(Self.texts[0])\n\n\(Self.texts[1])\n"
        let annotated = try pipeline.annotate(try Fixtures.document(text: text))
        #expect(annotated.sentences.map(\.english.origin) == [.memoryExact, .gloss, .memoryExact, .memoryFuzzy])
        #expect(
            annotated.resources.contains(
                ResourceInfo(kind: .translationMemory, name: "memory.sqlite", entries: 4)))
    }
}
