/// The glossary's matcher and lookup are the annotator's term sources.
extension TermMatcher: TermMatching {}

extension Glossary: TermLookup {}
