import Foundation
import Testing

@Suite struct LookupDictionaryFallbackTests {
    @Test func unknownTermsFallBackToTheDictionaryLayer() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = folder.appendingPathComponent("mini.u8")
        try Data("貓 猫 [mao1] /cat/\n".utf8).write(to: dictionary)
        let glossary = folder.appendingPathComponent("g.tsv")
        try Data("id\tzh\ten\tstatus\tsource\npeacock-plan\t孔雀计划\tPeacock Plan\testablished\tusage\n".utf8).write(
            to: glossary)
        let base = ["--no-default-glossary", "--glossary", glossary.path, "--dictionary", dictionary.path]

        let cat = try CLI.run(["lookup", "猫"] + base)
        #expect(cat.status == 0)
        #expect(cat.stdout.contains("cat"))
        #expect(cat.stdout.contains("layer       dictionary"))

        let json = try CLI.run(["lookup", "貓", "--json"] + base)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["layer"] as? String == "dictionary")

        let glossaryFirst = try CLI.run(["lookup", "孔雀计划"] + base)
        #expect(glossaryFirst.stdout.contains("Peacock Plan"))
        #expect(!glossaryFirst.stdout.contains("layer       dictionary"))

        // Only the first character is a dictionary word: partial, exit 1 (not “cat” as an answer).
        let prefix = try CLI.run(["lookup", "猫耳朵"] + base)
        #expect(prefix.status == 1)
        #expect(prefix.stdout.hasPrefix("partial: no entry for “猫耳朵”; found only its longest leading word: 猫"))
        let prefixJSON = try CLI.run(["lookup", "猫耳朵", "--json"] + base)
        #expect(prefixJSON.status == 1)
        let partial = try JSONSerialization.jsonObject(with: Data(prefixJSON.stdout.utf8)) as? [String: Any]
        #expect(partial?["partial"] as? Bool == true)
        #expect(partial?["word"] as? String == "猫")

        let neither = try CLI.run(["lookup", "狗"] + base)
        #expect(neither.status == 1)
        #expect(neither.stderr.contains("no entry"))
    }
}
