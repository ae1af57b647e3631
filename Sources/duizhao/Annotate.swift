import ArgumentParser
import DuizhaoKit
import Foundation

extension RenderOptions.XLIFFVersion: ExpressibleByArgument {}
extension XLIFFTarget: ExpressibleByArgument {}

struct Annotate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Annotate documents: glossary terms, pinyin, glosses and English lines, in every output format.",
        discussion: """
            Writes <out>/<slug>/<slug>.<ext> for each document (slug from the file name, ASCII): json (the annotated \
            document, schema duizhao.annotated/1), md (parallel Markdown), html (a self-contained parallel page), \
            xliff (.xlf), tmx, terms (.terms.tsv), brief (.brief.md and .brief.html). English lines without a \
            translation source are interlinear glosses and are labelled gloss; TMX holds translations only unless \
            --tmx-include-gloss (which writes them to a separate .gloss.tmx). Prints the paths written.

            XLIFF for CAT tools: OmegaT translates what is in <target>: use --xliff-version 1.2 --xliff-target source \
            (term marks are off by default in 1.2, since OmegaT turns them into tags that cost memory matches), and load \
            the glossary from `duizhao glossary export --format tbx` (TBX v2) into the project's glossary folder. Tools \
            with full XLIFF 2 support (translate the source, honour states): the default 2.1, --xliff-target empty, or \
            draft to offer each English line as a proposal marked initial with its origin (never for OmegaT, which \
            would take the draft as the text to translate).
            """
    )

    @Argument(help: "Documents to annotate (.txt, .md, .html), or - for standard input.")
    var files: [String] = []

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp("The output folder; each document gets a folder <out>/<slug>/ in it.", valueName: "dir"))
    var out = "output"

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp(
            "Formats to write, comma-separated: json, md, html, xliff, tmx, terms, brief, or all.", valueName: "list"))
    var format = "all"

    @Flag(
        name: .customLong("stdout"),
        help:
            "Print the one chosen format on standard output instead of writing files (one document; brief prints the Markdown brief)."
    )
    var toStandardOutput = false

    @Option(name: .customLong("xliff-version"), help: ArgumentHelp("The XLIFF version.", valueName: "2.1|1.2"))
    var xliffVersion: RenderOptions.XLIFFVersion = .v2_1

    @Option(
        name: .customLong("xliff-target"),
        help: ArgumentHelp(
            "What XLIFF targets hold: empty; source (a copy of the source, what OmegaT translates); draft (the English line, "
                + "state needs-review-translation / initial, with its origin; not for OmegaT).",
            valueName: "empty|source|draft"))
    var xliffTarget: XLIFFTarget?

    @Flag(name: .customLong("xliff-draft"), help: "The same as --xliff-target draft.")
    var xliffDraft = false

    @Flag(
        inversion: .prefixedNo,
        help:
            "Mark terms inline in XLIFF sources (default: on for 2.1, off for 1.2; the glossary renderings stay in the notes either way)."
    )
    var inlineTerms: Bool?

    @Flag(
        name: .customLong("tmx-include-gloss"),
        help:
            "Also write the gloss lines as a separate <slug>.gloss.tmx, flagged x-origin gloss (never in the translation TMX)."
    )
    var tmxIncludeGloss = false

    @Flag(help: "Replace existing files in the output folder that duizhao did not write (see docs/robustness.md).")
    var force = false

    @OptionGroup var input: InputOptions

    @OptionGroup var glossary: GlossaryOptions

    @OptionGroup var dictionary: DictionaryOptions

    @OptionGroup(title: "Translation memory") var translation: TranslationOptions

    @OptionGroup(title: "Machine translation") var machineTranslation: MachineTranslationOptions

    @Flag(help: "Keep ICU's word boundaries: do not re-segment with the dictionary as a lexicon.")
    var noLexicon = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one document, or - for standard input") }
        if xliffDraft, let xliffTarget, xliffTarget != .draft {
            throw ValidationError(
                "--xliff-draft means --xliff-target draft; it cannot go with --xliff-target \(xliffTarget.rawValue)")
        }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
        let formats: [OutputFormat]
        do { formats = try OutputFormat.parse(list: format) } catch { throw ValidationError("\(error)") }
        if toStandardOutput {
            if formats.count != 1 { throw ValidationError("--stdout prints one format: choose it with --format") }
            if files.count != 1 { throw ValidationError("--stdout prints one document: name one file") }
        }
    }

    func run() throws {
        let formats = try OutputFormat.parse(list: format)
        let target = xliffTarget ?? (xliffDraft ? .draft : .empty)
        let options = RenderOptions(
            xliffVersion: xliffVersion, xliffTarget: target, inlineTerms: inlineTerms, tmxIncludeGloss: tmxIncludeGloss)
        let writer = AnnotationWriter(options: options)
        // The memory also keeps machine translations between runs.
        // On a terminal, machine translation shows its progress on standard error.
        let progress =
            isatty(STDERR_FILENO) == 1
            ? ProgressMeter(style: .bar, unit: "sentences", label: "mt") {
                try? FileHandle.standardError.write(contentsOf: Data($0.utf8))
            } : nil
        let (plan, machines) = try CommandLineFrontend.run {
            try translation.plan(machineTranslation, progress: progress)
        }
        defer { machines.finish() }
        // The glossary, the English tables and the dictionary load while the first document is
        // read (its serial stretches leave a core free), the dictionary beside the other two. A
        // glossary error is reported first, as when they loaded before the document was read.
        let loading = Parallel.Pending { [glossary, dictionary, noLexicon] () throws -> StandardResources in
            let ((loadedGlossary, english), loadedDictionary) = try Parallel.both(
                { (try glossary.load(), try EnglishLexicon.loadDefault()) },
                { try dictionary.load() })
            return try StandardResources(
                glossary: loadedGlossary, glossaryFiles: try glossary.files(),
                glossaryFolder: try glossary.defaultFolder(), dictionary: loadedDictionary,
                buildLexicon: !noLexicon, english: english)
        }
        let first = Result { try input.reader().read(path: files[0], kind: input.kind) }
        let pipeline = try CommandLineFrontend.run { () throws -> AnnotationPipeline in
            try AnnotationPipeline(
                resources: try loading.value(), reader: try input.reader(), useLexicon: !noLexicon, translation: plan)
        }
        /// A document annotated: the first one as read above.
        func annotate(_ index: Int, _ file: String) throws -> AnnotatedDocument {
            index == 0 ? try pipeline.annotate(try first.get()) : try pipeline.annotate(path: file, kind: input.kind)
        }
        if toStandardOutput {
            try CommandLineFrontend.run {
                let annotated = try annotate(0, files[0])
                CommandLineFrontend.warnIfNotChinese(annotated.source)
                try CommandLineFrontend.streamingStandardOutput { write in
                    try writer.standardOutput(annotated, format: formats[0]) { write($0) }
                }
            }
            return
        }
        let slugs = DocumentSlug.unique(files, transcriber: try? PinyinTranscriber())
        var failed = false
        for (index, (file, slug)) in zip(files, slugs).enumerated() {
            do {
                let annotated = try annotate(index, file)
                CommandLineFrontend.warnIfNotChinese(annotated.source)
                let folder = (out.hasSuffix("/") ? out : out + "/") + slug
                let names = writer.fileNames(formats: formats, slug: slug)
                try OutputOwnership.check(folder: folder, names: names, force: force)
                // Recorded before writing: a run that stops half-way has recorded what it may have written.
                try OutputOwnership.record(folder: folder, names: names)
                let written = try writer.write(annotated, formats: formats, folder: folder, slug: slug)
                for path in written { print(path) }
            } catch {
                CommandLineFrontend.printError(ErrorAdvice.message(for: error))
                failed = true
            }
        }
        if failed { throw ExitCode.failure }
    }
}
