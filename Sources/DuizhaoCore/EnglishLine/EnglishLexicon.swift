import DuizhaoText
import Foundation

/// What the gloss line knows besides the glossary and the dictionary: the team's sense table
/// and the formula table of official English. Loaded once from the `lexicon` folder and
/// shared by every document and thread.
public struct EnglishLexicon: Sendable, Equatable {
    /// The policy senses of common words.
    var senses: SenseTable
    /// The fixed phrases of official documents.
    var formulas: FormulaTable

    /// No tables: the gloss falls back to the dictionary.
    public static let empty = EnglishLexicon(senses: .empty, formulas: .empty)

    /// Creates a lexicon from its tables.
    init(senses: SenseTable, formulas: FormulaTable) {
        self.senses = senses
        self.formulas = formulas
    }

    /// The environment variable naming the lexicon folder.
    public static let environmentVariable = "DUIZHAO_LEXICON_DIR"
    /// The sense table's file name in the folder.
    static let sensesFile = "senses.tsv"
    /// The formula table's file name in the folder.
    static let formulasFile = "formulas.tsv"

    /// Reads `senses.tsv` and `formulas.tsv` from `folder`; the problems of both files are
    /// reported together.
    public static func load(folder: String) throws -> EnglishLexicon {
        var problems: [Diagnostic] = []
        var senses = SenseTable.empty, formulas = FormulaTable.empty
        do {
            senses = try SenseTable.load(path: URL(fileURLWithPath: folder).appendingPathComponent(sensesFile).path)
        } catch let error as EnglishLexiconError { problems += error.problems }
        do {
            formulas = try FormulaTable.load(
                path: URL(fileURLWithPath: folder).appendingPathComponent(formulasFile).path)
        } catch let error as EnglishLexiconError { problems += error.problems }
        if !problems.isEmpty { throw EnglishLexiconError(problems: problems) }
        return EnglishLexicon(senses: senses, formulas: formulas)
    }

    /// The default lexicon folder, found like the glossary folder: `$DUIZHAO_LEXICON_DIR`,
    /// else `lexicon` in the current directory, else the first `lexicon` folder holding a
    /// `README.md` beside the executable or above it. Nil when there is none.
    public static func defaultFolder(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executablePath: String? = Bundle.main.executablePath
    ) throws -> String? {
        try GlossaryLocator.defaultFolder(
            named: "lexicon", variable: environmentVariable, environment: environment,
            currentDirectory: currentDirectory, executablePath: executablePath)
    }

    /// The tables of the default folder (``defaultFolder(environment:currentDirectory:executablePath:)``),
    /// or no tables when there is no such folder.
    public static func loadDefault() throws -> EnglishLexicon {
        guard let folder = try defaultFolder() else { return .empty }
        return try load(folder: folder)
    }

    /// A digest of the tables' content, so that batch runs redo documents when a table changes.
    public var fingerprint: String {
        SHA256.hex(
            senses.digestText + "\n--\n"
                + formulas.formulas.values.sorted { $0.chinese < $1.chinese }.map { "\($0.chinese)\t\($0.english)" }
                .joined(separator: "\n"))
    }

    /// The provenance of the tables, for the output's resource list.
    public var resources: [ResourceInfo] {
        var result: [ResourceInfo] = []
        if senses.count > 0 {
            result.append(ResourceInfo(kind: .lexicon, name: ExchangeFileName.name(senses.path), entries: senses.count))
        }
        if !formulas.formulas.isEmpty {
            result.append(
                ResourceInfo(
                    kind: .lexicon, name: ExchangeFileName.name(formulas.path), entries: formulas.formulas.count))
        }
        return result
    }
}
