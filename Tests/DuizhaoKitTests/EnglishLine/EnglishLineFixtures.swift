@testable import DuizhaoCore
@testable import DuizhaoKit

/// Small sense and formula tables written for the tests, and a helper that glosses a sentence
/// through the annotator with them.
enum EnglishLineFixtures {
    static let sensesText = """
        # source: duizhao team's own sense choices (proposed)
        重点\t-\tkey
        省\t-\tprovince
        年\t-\tyear
        项\tcl\t-
        项\t-\titem
        完成\t-\tcomplete
        任务\t-\ttask
        在\t-\tat
        会上\t-\tat the meeting
        作\t-\tmake
        报告\t-\treport
        作报告\t-\tgive a report
        省长\t-\tgovernor
        记者\t-\treporter
        同志\t-\tcomrade
        推进\t-\tadvance
        工作\t-\twork
        """
    static let formulasText = """
        # source: official English versions of State Council documents (fixture)
        总体要求\tGeneral Requirements\theading\treal-documents.md §4
        指导思想\tGuiding Thought\theading\treal-documents.md §4
        保障措施\tSupporting Measures\theading\treal-documents.md §4
        组织实施\tOrganization and Implementation\theading\treal-documents.md §4
        此件公开发布\tThis document is released to the public\tclosing\tState Council English site
        意见\tOpinions\tdoctype\treal-documents.md §4
        通知\tCircular\tdoctype\treal-documents.md §4
        实施方案\tImplementation Plan\tdoctype\treal-documents.md §4
        政府工作报告\tReport on the Work of the Government\tdoctype\tReport on the Work of the Government (official English title)
        国务院\tthe State Council\tissuer\treal-documents.md §4
        国务院办公厅\tthe General Office of the State Council\tissuer\treal-documents.md §4
        """

    static func lexicon() throws -> EnglishLexicon {
        EnglishLexicon(
            senses: try SenseTable(text: sensesText, path: "senses.tsv"),
            formulas: try FormulaTable(text: formulasText, path: "formulas.tsv"))
    }

    /// The sentences of `text` annotated with the fixture tables, the fixture dictionary and
    /// glossary.
    static func sentences(
        _ text: String, glossary: [GlossaryEntry] = AnnotationFixtures.entries
    ) throws -> [AnnotatedSentence] {
        let context = AnnotationContext(
            glossary: Dictionary(uniqueKeysWithValues: glossary.map { ($0.id, $0) }),
            matcher: FixtureMatcher(entries: glossary), glosser: AnnotationFixtures.dictionary, english: try lexicon())
        return try Annotator(context: context).annotate(try Fixtures.document(text: text)).sentences
    }
}
