import Testing

@testable import DuizhaoCore
@testable import DuizhaoKit

@Suite struct GlossaryFingerprintTests {
    let peacock = GlossaryEntry(id: "peacock-plan", zh: "孔雀计划", en: "Peacock Plan", variants: ["孔雀計劃"])
    let reform = GlossaryEntry(id: "fangguanfu", zh: "放管服", en: "streamline administration")

    @Test func renderingChangesOnlyThatEntrysHash() {
        let before = GlossaryFingerprint(entries: [peacock, reform])
        var changed = peacock
        changed.en = "Peacock Program"
        let after = GlossaryFingerprint(entries: [changed, reform])
        #expect(before.matchHash == after.matchHash)
        #expect(before.entriesHash(["peacock-plan"]) != after.entriesHash(["peacock-plan"]))
        #expect(before.entriesHash(["fangguanfu"]) == after.entriesHash(["fangguanfu"]))
        #expect(before.hash != after.hash)
    }

    @Test func headwordVariantAndNewEntriesChangeTheMatchHash() {
        let before = GlossaryFingerprint(entries: [peacock, reform])
        var variant = peacock
        variant.variants.append("“孔雀计划”")
        #expect(GlossaryFingerprint(entries: [variant, reform]).matchHash != before.matchHash)
        var headword = reform
        headword.zh = "放管服改革"
        #expect(GlossaryFingerprint(entries: [peacock, headword]).matchHash != before.matchHash)
        let added = GlossaryEntry(id: "double-creation", zh: "双创", en: "mass entrepreneurship and innovation")
        #expect(GlossaryFingerprint(entries: [peacock, reform, added]).matchHash != before.matchHash)
        #expect(GlossaryFingerprint(entries: [peacock]).matchHash != before.matchHash)
    }

    @Test func whereAnEntryWasLoadedFromDoesNotMatter() {
        var moved = peacock
        moved.origin = GlossaryEntry.Origin(file: "other.tsv", line: 99)
        #expect(GlossaryFingerprint(entries: [moved]) == GlossaryFingerprint(entries: [peacock]))
        #expect(GlossaryFingerprint(entries: [peacock, reform]) == GlossaryFingerprint(entries: [reform, peacock]))
    }
}
