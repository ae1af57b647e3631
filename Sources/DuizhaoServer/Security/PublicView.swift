import DuizhaoKit

/// What the server shows of local files: a file's name, never its folder. Glossary origins,
/// resource names and the dictionary path are cut to their last component, so no page or
/// API answer reveals where things live on this machine.
enum PublicView {
    /// The last path component of `path`.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `entry` with its origin reduced to the file's name.
    static func entry(_ entry: GlossaryEntry) -> GlossaryEntry {
        var entry = entry
        if let origin = entry.origin {
            entry.origin = GlossaryEntry.Origin(file: fileName(origin.file), line: origin.line)
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
        answer.source = fileName(answer.source)
        return answer
    }

    /// `document` with its source, resources and term origins reduced to file names.
    static func document(_ document: AnnotatedDocument) -> AnnotatedDocument {
        var document = document
        document.source.path = fileName(document.source.path)
        for index in document.resources.indices {
            document.resources[index].name = fileName(document.resources[index].name)
        }
        for index in document.terms.indices { document.terms[index].entry = entry(document.terms[index].entry) }
        return document
    }
}
