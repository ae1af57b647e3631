import Foundation
import Testing

@Suite struct TMCommandTests {
    static let plan = "深入实施人才强市战略，加快建设粤港澳大湾区国际人才高地。"
    static let fund = "每年安排10亿元人才发展专项资金。"
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4">
          <header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="test" creationtool="test" creationtoolversion="1"/>
          <body>
            <tu creationdate="20230301T090000Z" creationid="reviewer-a">
              <tuv xml:lang="zh-CN"><seg>\(plan)</seg></tuv>
              <tuv xml:lang="en-US"><seg>We will fully implement the strategy of building a strong city through talent.</seg></tuv>
            </tu>
            <tu creationdate="20240115T080000Z">
              <tuv xml:lang="zh-Hans"><seg>\(fund)</seg></tuv>
              <tuv xml:lang="en"><seg>A special talent development fund of 1 billion yuan is allocated every year.</seg></tuv>
            </tu>
          </body>
        </tmx>
        """

    /// A folder with memory.tmx imported into store.sqlite.
    func prepared() throws -> (folder: URL, store: String) {
        let folder = try CLI.temporaryFolder()
        try Data(Self.tmx.utf8).write(to: folder.appendingPathComponent("memory.tmx"))
        let store = folder.appendingPathComponent("store.sqlite").path
        let result = try CLI.run([
            "tm", "import", folder.appendingPathComponent("memory.tmx").path, "--tm", store, "--no-default-glossary",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 2 pair(s)"))
        return (folder, store)
    }

    @Test func importStatsAndExport() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tsv = folder.appendingPathComponent("more.tsv")
        try Data(
            "source\ttarget\torigin\n附则\tSupplementary Provisions\t2024 report\n\(Self.fund)\tduplicate target differs\n"
                .utf8
        ).write(to: tsv)
        let again = try CLI.run([
            "tm", "import", tsv.path, folder.appendingPathComponent("memory.tmx").path, "--tm", store,
            "--no-default-glossary",
        ])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("imported 2 pair(s)") && again.stdout.contains("2 already stored"))

        let stats = try CLI.run(["tm", "stats", "--tm", store])
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout.contains("store: \(store)"))
        #expect(stats.stdout.contains("units: 4"))
        #expect(stats.stdout.contains("zh-CN → en-US: 1"))
        #expect(stats.stdout.contains("2024 report: 1"))
        #expect(stats.stdout.contains("created: 2023-03-01 to "))

        let exported = try CLI.run(["tm", "export", "--format", "tmx", "--tm", store])
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("<seg>附则</seg>"))
        #expect(exported.stdout.contains("creationdate=\"20230301T090000Z\""))
        // The export imports into a new store as the same four pairs.
        let file = folder.appendingPathComponent("export.tmx").path
        #expect(try CLI.run(["tm", "export", "--tm", store, "--out", file]).status == 0)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let reimport = try CLI.run(["tm", "import", file, "--tm", copy, "--no-default-glossary"])
        #expect(reimport.stdout.contains("imported 4 pair(s)"), "\(reimport.stderr)")
        let tsvOut = try CLI.run(["tm", "export", "--format", "tsv", "--tm", copy])
        #expect(tsvOut.stdout.split(separator: "\n").count == 5)
        #expect(tsvOut.stdout.contains("附则\tSupplementary Provisions\t2024 report"))
    }

    @Test func aMalformedFileIsRejectedWithItsLineAndNothingImported() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.tmx")
        try Data(
            "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"zh\"><seg>总则</seg></tuv><tuv xml:lang=\"en\"><seg>General</seg></tuv></tu>\n<tu><tuv xml:lang=\"fr\"><seg>Annexe</seg></tuv><tuv xml:lang=\"en\"><seg>Annex</seg></tuv></tu>\n</body></tmx>\n"
                .utf8
        ).write(to: bad)
        let result = try CLI.run(["tm", "import", bad.path, "--tm", store, "--no-default-glossary"])
        #expect(result.status == 1)
        let message = "bad.tmx:3: translation unit: no Chinese variant (tuv xml:lang zh…); found fr, en"
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try CLI.run(["tm", "stats", "--tm", store]).stdout.contains("units: 2"))
        // Regression (issue 16): check read TMX with its own reader and named this problem differently.
        let check = try CLI.run([
            "check", bad.path, "--no-default-glossary", "--glossary", try Self.glossary(in: folder),
        ])
        #expect(check.status == 1)
        #expect(check.stderr.contains(message), "\(check.stderr)")
    }

    /// A one-entry glossary for `check`.
    static func glossary(in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("check-glossary.tsv")
        try Data(
            "id\tzh\ten\tsource\nsupplementary-provisions\t附则\tSupplementary Provisions\tduizhao team (proposed)\n".utf8
        ).write(to: url)
        return url.path
    }

    /// Regression (issue 16): tm import read its files without the size limit every other
    /// input has.
    @Test func importHoldsTheSizeLimitLikeEveryCommand() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.tsv")
        try Data(String(repeating: "附则\tSupplementary Provisions\n", count: 100).utf8).write(to: big)
        let imported = try CLI.run([
            "tm", "import", big.path, "--tm", store, "--no-default-glossary", "--max-size", "2000",
        ])
        let checked = try CLI.run([
            "check", big.path, "--no-default-glossary", "--glossary", try Self.glossary(in: folder), "--max-size",
            "2000",
        ])
        let message = "big.tsv: 3200 bytes is over the size limit of 2000 bytes (raise it with --max-size)"
        #expect(imported.status == 1 && checked.status == 1)
        #expect(imported.stderr.contains(message), "\(imported.stderr)")
        #expect(checked.stderr.contains(message), "\(checked.stderr)")
        #expect(try CLI.run(["tm", "stats", "--tm", store]).stdout.contains("units: 2"))
        let zero = try CLI.run(["tm", "import", big.path, "--tm", store, "--max-size", "0"])
        #expect(zero.status == 64)
        #expect(zero.stderr.contains("--max-size 0: must be at least 1"))
    }

    @Test func importRecordsTheGlossaryVersion() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.tmx.utf8).write(to: folder.appendingPathComponent("memory.tmx"))
        let glossary = folder.appendingPathComponent("g.tsv")
        try Data(
            "id\tzh\ten\tcategory\tstatus\tsource\ntalent-hub\t人才高地\ttalent hub\tconcept\testablished\ttest\n".utf8
        ).write(to: glossary)
        let store = folder.appendingPathComponent("s.sqlite").path
        let result = try CLI.run([
            "tm", "import", folder.appendingPathComponent("memory.tmx").path, "--tm", store, "--no-default-glossary",
            "--glossary", glossary.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try CLI.run(["tm", "stats", "--tm", store])
        #expect(!stats.stdout.contains("glossary versions: none recorded"), "\(stats.stdout)")
    }

    @Test func annotateWritesMemoryLines() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The plan sentence in Traditional characters, a restatement without 粤港澳, a new sentence.
        let text = "深入實施人才強市戰略，加快建設粵港澳大灣區國際人才高地。\n\n深入实施人才强市战略，加快建设大湾区国际人才高地。\n\n本办法自发布之日起施行。\n"
        let result = try CLI.run(
            [
                "annotate", "-", "--stdout", "--format", "json", "--tm", store, "--no-dictionary",
                "--no-default-glossary",
            ], input: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let english = try #require(
            (json["sentences"] as? [[String: Any]])?.map { $0["english"] as? [String: Any] ?? [:] })
        #expect(english.map { $0["origin"] as? String } == ["tm-exact", "tm-fuzzy", "gloss"])
        #expect(english[0]["score"] as? Double == 1)
        #expect((english[1]["score"] as? Double ?? 0) > 0.75)
        let differences = (english[1]["memoryMatch"] as? [String: Any])?["differences"] as? [[String: String]]
        #expect(differences?.contains(["kind": "memory-only", "text": "粤港澳"]) == true)
        let resources = json["resources"] as? [[String: Any]]
        #expect(
            resources?.contains { $0["kind"] as? String == "translation-memory" && $0["entries"] as? Int == 2 } == true)

        // --no-tm and a gloss-first order give glosses; a high threshold drops the fuzzy match.
        let none = try CLI.run(
            ["annotate", "-", "--stdout", "--format", "json", "--no-tm", "--no-dictionary", "--no-default-glossary"],
            input: Data(text.utf8))
        #expect(!none.stdout.contains("tm-exact"))
        let strict = try CLI.run(
            [
                "annotate", "-", "--stdout", "--format", "json", "--tm", store, "--tm-threshold", "0.95",
                "--no-dictionary", "--no-default-glossary",
            ],
            input: Data(text.utf8))
        #expect(strict.stdout.contains("tm-exact") && !strict.stdout.contains("tm-fuzzy"))
        let exactOnly = try CLI.run(
            [
                "annotate", "-", "--stdout", "--format", "json", "--tm", store, "--translation-order", "tm-exact,gloss",
                "--no-dictionary", "--no-default-glossary",
            ],
            input: Data(text.utf8))
        #expect(exactOnly.stdout.contains("tm-exact") && !exactOnly.stdout.contains("tm-fuzzy"))
    }

    @Test func theDefaultStoreIsUsedWhenPresent() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.moveItem(
            atPath: store, toPath: folder.appendingPathComponent("duizhao-memory.sqlite").path)
        let result = try CLI.run(
            ["annotate", "-", "--stdout", "--format", "json", "--no-dictionary", "--no-default-glossary"],
            input: Data((Self.fund + "\n").utf8), directory: folder)
        #expect(result.stdout.contains("\"tm-exact\""), "\(result.stderr)")
    }

    @Test func batchUsesTheMemoryAndRedoesDocumentsWhenItChanges() throws {
        let (folder, store) = try prepared()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for number in 1...4 {
            try Data("\(Self.plan)\n\n第\(number)号通知。\n".utf8).write(to: input.appendingPathComponent("n\(number).txt"))
        }
        let out = folder.appendingPathComponent("out")
        let arguments = [
            "batch", input.path, "--out", out.path, "--format", "json", "--jobs", "2", "--tm", store, "--no-dictionary",
            "--no-default-glossary",
        ]
        let first = try CLI.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        for number in 1...4 {
            let url = out.appendingPathComponent("documents/in/n\(number).txt/n\(number).json")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            let origins = (json?["sentences"] as? [[String: Any]])?.map {
                ($0["english"] as? [String: Any])?["origin"] as? String
            }
            #expect(origins == ["tm-exact", "gloss"], "\(url.path)")
        }
        #expect(try CLI.run(arguments).stderr.contains("0 processed, 4 unchanged"))
        let tsv = folder.appendingPathComponent("more.tsv")
        try Data("第1号通知。\tNotice No. 1.\n".utf8).write(to: tsv)
        #expect(try CLI.run(["tm", "import", tsv.path, "--tm", store, "--no-default-glossary"]).status == 0)
        #expect(
            try CLI.run(arguments).stderr.contains("4 processed, 0 unchanged"), "a memory change redoes the documents")
    }

    @Test func usageErrors() throws {
        #expect(try CLI.run(["annotate", "-", "--translation-order", "tm-exact,deepl"], input: Data()).status == 64)
        #expect(try CLI.run(["annotate", "-", "--tm-threshold", "1.5"], input: Data()).status == 64)
        #expect(try CLI.run(["annotate", "-", "--tm", "x.sqlite", "--no-tm"], input: Data()).status == 64)
        let missing = try CLI.run(
            ["annotate", "-", "--stdout", "--format", "json", "--tm", "/nonexistent/m.sqlite"], input: Data("附则\n".utf8)
        )
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/m.sqlite: no translation memory here"))
        let stats = try CLI.run(["tm", "stats", "--tm", "/nonexistent/m.sqlite"])
        #expect(stats.status == 1)
        let unknown = try CLI.run(["tm", "import", "/tmp/x.xlsx", "--tm", "/tmp/unused.sqlite"])
        #expect(unknown.status == 1 && unknown.stderr.contains("name a .tmx, .tsv or finished .xlf file"))
    }

    @Test func importSkipsNonTranslationsAndSaysWhy() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // What OmegaT writes for a half-done file: untranslated segments keep a copy of the source.
        let xliff = folder.appendingPathComponent("plan.target.xlf")
        try Data(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file original="plan.txt" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
                <trans-unit id="s1"><source>\(Self.fund)</source><target>A special fund of 1 billion yuan a year.</target></trans-unit>
                <trans-unit id="s2"><source>\(Self.plan)</source><target>\(Self.plan)</target></trans-unit>
                <trans-unit id="s3"><source>附则</source><target state="needs-translation">appendix rule</target></trans-unit>
              </body></file>
            </xliff>
            """.utf8
        ).write(to: xliff)
        let store = folder.appendingPathComponent("store.sqlite").path
        let result = try CLI.run(["tm", "import", xliff.path, "--tm", store, "--no-default-glossary"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("imported 1 pair(s)"))
        #expect(
            result.stdout.contains(
                "skipped 2 unit(s) that are no translations: 1 marked draft, 1 target repeats the source"))
        // Nothing Chinese-to-Chinese in the store, and exports name files by name.
        let export = try CLI.run(["tm", "export", "--format", "tmx", "--tm", store])
        #expect(export.stdout.contains("<prop type=\"x-origin-file\">plan.target.xlf</prop>"))
        #expect(!export.stdout.contains(folder.path))
        #expect(export.stdout.components(separatedBy: "</tu>").count == 2)
    }
}
