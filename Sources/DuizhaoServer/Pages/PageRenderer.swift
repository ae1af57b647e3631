import Mustache

/// Renders the app's pages from ``PageTemplates`` with swift-mustache (HTML escaping by
/// default), inside the layout with the navigation bar.
struct PageRenderer: Sendable {
    /// The sections of the navigation bar.
    enum Section: String, CaseIterable {
        case annotate = "Annotate", lookup = "Lookup", glossary = "Glossary", batch = "Batch", check = "Check"

        var path: String {
            switch self {
            case .annotate: return "/"
            case .lookup: return "/lookup"
            case .glossary: return "/glossary"
            case .batch: return "/batch"
            case .check: return "/check"
            }
        }
    }

    private let library: MustacheLibrary

    /// Parses the templates; throws on a template error (a programming error caught by tests).
    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all { try library.register(text, named: name) }
        self.library = library
    }

    /// The page `template` with `values`, titled `title`, `section` marked in the navigation.
    func render(
        _ template: String, title: String, section: Section?, values: [String: Any] = [:], wide: Bool = false
    ) -> String {
        var context = values
        context["title"] = title
        context["wide"] = wide
        context["nav"] = Section.allCases.map { item -> [String: Any] in
            ["href": item.path, "label": item.rawValue, "current": item == section]
        }
        return library.render(context, withTemplate: template) ?? ""
    }

    /// The error page.
    func error(status: Int, reason: String, message: String) -> String {
        render(
            "error", title: "\(status) \(reason)", section: nil,
            values: ["status": status, "reason": reason, "message": message])
    }
}
