import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit
@testable import DuizhaoMemory

@Suite struct CharacterDiffTests {
    func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func similarityIsOneMinusRelativeEditDistance() {
        #expect(CharacterDiff.similarity(scalars("人才强市"), scalars("人才强市"), threshold: 0.75) == 1)
        #expect(CharacterDiff.similarity(scalars("人才强市战略"), scalars("人才强省战略"), threshold: 0.75) == 1 - 1.0 / 6)
        #expect(CharacterDiff.similarity(scalars("人才强市战略"), scalars("人才战略"), threshold: 0.75) == nil)
        #expect(CharacterDiff.similarity(scalars("人才强市战略"), scalars("人才战略"), threshold: 0.6) == 1 - 2.0 / 6)
        #expect(CharacterDiff.similarity([], [], threshold: 0.75) == 1)
    }

    @Test func alignmentCoversBothSides() throws {
        let folder = try TextFolder()
        let memory = MemoryKey("加快建设国际人才高地", folder: folder), sentence = MemoryKey("加快打造国际人才高地和创新中心", folder: folder)
        let differences = CharacterDiff.differences(
            memory: memory, memoryText: "加快建设国际人才高地", sentence: sentence, sentenceText: "加快打造国际人才高地和创新中心")
        #expect(
            differences == [
                .init(kind: .same, text: "加快"), .init(kind: .memoryOnly, text: "建设"),
                .init(kind: .sentenceOnly, text: "打造"),
                .init(kind: .same, text: "国际人才高地"), .init(kind: .sentenceOnly, text: "和创新中心"),
            ])
        // Reassembling each side gives it back.
        #expect(differences.filter { $0.kind != .sentenceOnly }.map(\.text).joined() == "加快建设国际人才高地")
        #expect(differences.filter { $0.kind != .memoryOnly }.map(\.text).joined() == "加快打造国际人才高地和创新中心")
    }
}
