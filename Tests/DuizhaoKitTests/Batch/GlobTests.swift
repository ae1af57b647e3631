import Testing

@testable import DuizhaoKit

@Suite struct GlobTests {
    @Test func starStaysInsideOneComponent() throws {
        let glob = try Glob("docs/*.html")
        #expect(glob.matches("docs/index.html"))
        #expect(!glob.matches("docs/a/index.html"))
        #expect(!glob.matches("docs/index.htm"))
    }

    @Test func patternWithoutSlashMatchesTheFileName() throws {
        let glob = try Glob("*.md")
        #expect(glob.matchesNameOnly)
        #expect(glob.matches("a/b/c/readme.md"))
        #expect(!glob.matches("a/b.md/c.txt"))
    }

    @Test func globstarCrossesFolders() throws {
        let glob = try Glob("drafts/**")
        #expect(glob.matches("drafts/a.txt"))
        #expect(glob.matches("drafts/x/y/z.txt"))
        #expect(!glob.matches("final/drafts.txt"))
        let anywhere = try Glob("**/index.html")
        #expect(anywhere.matches("index.html"))
        #expect(anywhere.matches("a/b/index.html"))
        #expect(!anywhere.matches("a/b/xindex.html"))
        let middle = try Glob("a/**/z.txt")
        #expect(middle.matches("a/z.txt"))
        #expect(middle.matches("a/b/c/z.txt"))
        #expect(!middle.matches("b/a/z.txt"))
    }

    @Test func questionMarkAndClasses() throws {
        #expect(try Glob("file?.txt").matches("file1.txt"))
        #expect(!(try Glob("file?.txt").matches("file10.txt")))
        #expect(!(try Glob("a?b").matches("a/b")))
        let digits = try Glob("report-[0-9][0-9].md")
        #expect(digits.matches("report-07.md"))
        #expect(!digits.matches("report-7a.md"))
        let negated = try Glob("[!_]*.txt")
        #expect(negated.matches("notes.txt"))
        #expect(!negated.matches("_draft.txt"))
        #expect(try Glob("[^_]*.txt").matches("a.txt"))
        #expect(try Glob("[]x].txt").matches("].txt"))
        #expect(try Glob("通知[一二三].txt").matches("通知二.txt"))
    }

    @Test func escapesMakeCharactersLiteral() throws {
        let glob = try Glob("a\\*b.txt")
        #expect(glob.matches("a*b.txt"))
        #expect(!glob.matches("axb.txt"))
    }

    @Test func invalidPatternsAreRejected() {
        #expect(throws: Glob.PatternError.unterminatedClass(pattern: "a[bc")) { try Glob("a[bc") }
        #expect(throws: Glob.PatternError.danglingEscape(pattern: "a\\")) { try Glob("a\\") }
        #expect(throws: Glob.PatternError.empty) { try Glob("") }
    }

    @Test func manyStarsDoNotBlowUp() throws {
        let glob = try Glob("*a*a*a*a*a*a*b")
        #expect(!glob.matches(String(repeating: "a", count: 200)))
    }
}
