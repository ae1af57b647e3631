import DuizhaoKit

/// What the server shows of local files: a file's name, never its folder (`/` and `\\` both
/// separate folders, through ``ExchangeFileName``). Glossary origins,
/// resource names and the dictionary path are cut to their last component, so no page or
/// API answer reveals where things live on this machine.
enum PublicView {
    /// `entry` with its origin reduced to the file's name.
    static func entry(_ entry: GlossaryEntry) -> GlossaryEntry {
        var entry = entry
        if let origin = entry.origin {
            entry.origin = GlossaryEntry.Origin(file: ExchangeFileName.name(origin.file), line: origin.line)
        }
        return entry
    }

    /// `answer` with every entry's origin reduced.
    static func answer(_ answer: LookupAnswer) -> LookupAnswer {
        var answer = answer
        for index in answer.results.indices { answer.results[index].entry = entry(answer.results[index].entry) }
        return answer
    }

    /// `answer` with the dictionary's file name only.
    static func answer(_ answer: DictionaryAnswer) -> DictionaryAnswer {
        var answer = answer
        answer.source = ExchangeFileName.name(answer.source)
        return answer
    }

    /// `document` with its source, resources and term origins reduced to file names.
    static func document(_ document: AnnotatedDocument) -> AnnotatedDocument {
        var document = document
        document.source.path = ExchangeFileName.name(document.source.path)
        for index in document.resources.indices {
            document.resources[index].name = ExchangeFileName.name(document.resources[index].name)
        }
        for index in document.terms.indices { document.terms[index].entry = entry(document.terms[index].entry) }
        return document
    }
}
