/// The glossary's matcher and lookup are the annotator's term sources.
extension TermMatcher: TermMatching {
    public func matches(in document: Document) -> [TermMatch] { matches(in: document, words: nil) }
}

extension Glossary: TermLookup {}
