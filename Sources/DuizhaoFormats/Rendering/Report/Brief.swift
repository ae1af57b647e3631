import DuizhaoCore

/// The content of the English briefing, assembled once from an annotated document for
/// both the Markdown and the HTML brief.
package struct Brief {
    /// A metadata row: label, Chinese value, English line.
    struct Field {
        var label: String
        var chinese: String
        var english: EnglishLine?
    }

    /// An outline entry.
    struct OutlineItem {
        var section: AnnotatedSection
        var keyTerms: [TermSummary]
        /// The heading's English when it is formula English or a translation; a gloss is not
        /// shown as a heading (the key terms stand for it).
        var english: EnglishLine? {
            section.english.origin == .gloss || section.english.text.isEmpty ? nil : section.english
        }
    }

    /// A quantity with where it comes from and whether it is a target or a result.
    struct QuantityItem {
        var quantity: Quantity
        var sentence: AnnotatedSentence
        var context: String
        var role: QuantityRole
    }

    /// A key term with its first context.
    struct KeyTerm {
        var term: TermSummary
        var context: String
    }

    /// A program, plan, reform or slogan with the quantities stated in the sentences that
    /// name it (孔雀计划 → RMB 1 billion a year).
    struct Program {
        var term: TermSummary
        var commitments: [QuantityItem]
    }

    /// A candidate term with its first context.
    struct Candidate {
        var candidate: CandidateTerm
        var context: String
    }

    /// The most key terms listed; the rest are in the term files.
    static let keyTermLimit = 40
    /// The most terms named per outline entry.
    static let outlineTermLimit = 8
    /// Categories listed as institutions and as places.
    static let institutionCategories: Set<String> = ["institution", "organization"]
    static let placeCategories: Set<String> = ["place", "zone"]
    /// Categories of named policies: listed first among key terms and with their commitments.
    static let programCategories: Set<String> = ["program", "plan", "reform", "slogan", "law"]

    var title: String
    var titleEnglish: EnglishLine?
    var fields: [Field]
    var outline: [OutlineItem]
    var keyTerms: [KeyTerm]
    var programs: [Program]
    var moreTerms: Int
    var abbreviations: [TermSummary]
    var quantities: [QuantityItem]
    var institutions: [TermSummary]
    var places: [TermSummary]
    var candidates: [Candidate]
    var allGloss: Bool

    init(_ document: AnnotatedDocument) {
        title = document.displayTitle
        titleEnglish = document.metadataEnglish.title
        fields = document.metadataFields.map { Field(label: $0.label, chinese: $0.value, english: $0.english) }

        let byID = Dictionary(document.terms.map { ($0.entryID, $0) }, uniquingKeysWith: { first, _ in first })
        outline = document.sections.map { section in
            OutlineItem(section: section, keyTerms: section.terms.prefix(Self.outlineTermLimit).compactMap { byID[$0] })
        }

        let sentences = document.sentences
        func firstContext(_ entryID: String, in index: Int) -> String {
            guard sentences.indices.contains(index) else { return "" }
            let sentence = sentences[index]
            guard let term = sentence.terms.first(where: { $0.entryID == entryID }) else { return sentence.text }
            return document.context(of: term.span, in: sentence)
        }
        // Named policies first (a program mentioned once matters more than a common concept),
        // then by count, then in document order.
        let ranked = document.terms.enumerated().sorted { a, b in
            let aProgram = Self.programCategories.contains(a.element.entry.category)
            let bProgram = Self.programCategories.contains(b.element.entry.category)
            if aProgram != bProgram { return aProgram }
            return a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
        keyTerms = ranked.prefix(Self.keyTermLimit).map {
            KeyTerm(term: $0, context: firstContext($0.entryID, in: $0.firstSentence))
        }
        moreTerms = max(0, ranked.count - Self.keyTermLimit)
        abbreviations = document.terms.filter { $0.entry.fullForm != nil }
        // Targets first, then results, then the rest, each in text order.
        let order: [QuantityRole.Kind] = [.target, .result, .other]
        quantities = document.quantities.map { sentence, quantity in
            QuantityItem(
                quantity: quantity, sentence: sentence,
                context: document.context(of: quantity.span, in: sentence, radius: 16),
                role: QuantityRole(quantity, in: sentence))
        }.enumerated().sorted { a, b in
            let (ra, rb) = (order.firstIndex(of: a.element.role.kind)!, order.firstIndex(of: b.element.role.kind)!)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        let quantityItems = quantities
        programs = document.terms.filter { Self.programCategories.contains($0.entry.category) }.map { term in
            let sentencesNaming = Set(
                sentences.filter { $0.terms.contains { $0.entryID == term.entryID } }.map(\.index))
            return Program(
                term: term, commitments: quantityItems.filter { sentencesNaming.contains($0.sentence.index) })
        }
        institutions = document.terms.filter { Self.institutionCategories.contains($0.entry.category) }
        places = document.terms.filter { Self.placeCategories.contains($0.entry.category) }
        candidates = document.candidateTerms.map { candidate in
            let context =
                sentences.indices.contains(candidate.firstSentence)
                ? document.context(of: candidate.span, in: sentences[candidate.firstSentence]) : candidate.text
            return Candidate(candidate: candidate, context: context)
        }
        allGloss = document.allGloss
    }

    /// The note on what the English lines are.
    var glossNotice: String {
        allGloss
            ? "English lines labelled gloss are word-by-word glosses (glossary renderings, dictionary senses, pinyin in Chinese word order), not translations. Names labelled transliteration are machine pinyin. Term renderings show their status; proposed renderings are the team's own. The source of each rendering is in the key-term table and the terms file."
            : "Each English line is labelled with its origin; lines labelled gloss are word-by-word glosses, not translations. Term renderings show their status; proposed renderings are the team's own. The source of each rendering is in the key-term table and the terms file."
    }
}
