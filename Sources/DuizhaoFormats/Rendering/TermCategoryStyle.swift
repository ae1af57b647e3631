/// Colours for glossary term categories: a fixed colour for each category of the shipped
/// glossaries and a stable one from a palette for others. Class names are ASCII slugs, so a
/// category from a user glossary can never break out of the style sheet.
enum TermCategoryStyle {
    /// (background, border) for the shipped categories.
    static let known: [String: (String, String)] = [
        "program": ("#fef3c7", "#d97706"), "plan": ("#fef9c3", "#ca8a04"), "reform": ("#dcfce7", "#16a34a"),
        "slogan": ("#fce7f3", "#db2777"), "concept": ("#e0e7ff", "#4f46e5"), "institution": ("#e0f2fe", "#0284c7"),
        "organization": ("#cffafe", "#0891b2"), "place": ("#ffedd5", "#ea580c"), "zone": ("#fee2e2", "#dc2626"),
        "law": ("#ede9fe", "#7c3aed"), "field": ("#ecfccb", "#65a30d"), "event": ("#fae8ff", "#c026d3"),
        "title": ("#f5f5f4", "#78716c"), "general": ("#f3f4f6", "#6b7280"),
    ]
    static let palette: [(String, String)] = [
        ("#e0f2f1", "#00897b"), ("#fff3e0", "#fb8c00"), ("#f3e5f5", "#8e24aa"), ("#e8eaf6", "#3949ab"),
        ("#fbe9e7", "#f4511e"),
        ("#f1f8e9", "#7cb342"),
    ]

    /// The CSS class for `category` (`cat-program`).
    static func className(_ category: String) -> String {
        var slug = ""
        for scalar in category.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.isEmpty || slug != category.lowercased() {
            // Non-ASCII or unusual names: keep them apart with a hash of the original.
            let hash = category.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value }
            slug = (slug.isEmpty ? "x" : slug) + "-" + String(hash % 100_000)
        }
        return "cat-" + slug
    }

    static func colours(_ category: String) -> (String, String) {
        if let colours = known[category] { return colours }
        let hash = category.unicodeScalars.reduce(UInt32(5381)) { ($0 &* 33) &+ $1.value }
        return palette[Int(hash % UInt32(palette.count))]
    }

    /// CSS rules for `categories`, in sorted order.
    static func css(for categories: Set<String>) -> String {
        categories.sorted().map { category in
            let (background, border) = colours(category)
            return ".\(className(category)){background:\(background);border-color:\(border)}"
        }.joined(separator: "\n")
    }
}
