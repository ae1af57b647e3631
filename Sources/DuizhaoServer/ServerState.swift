import DuizhaoKit
import Foundation

/// What every request shares, loaded once when the server starts: the glossary, its index,
/// the dictionary and its lexicon; pools of the ICU-backed objects that are not
/// thread-safe; and the recent results kept in memory.
package final class ServerState: Sendable {
    /// The configuration.
    package let configuration: ServerConfiguration
    /// The glossary, dictionary and lexicon.
    let resources: StandardResources
    /// The glossary's entries as pages and the API show them (origins cut to file names).
    let entries: [GlossaryEntry]
    /// Lookups, one per core.
    let lookups: ExclusivePool<GlossaryLookup>
    /// Annotation pipelines, one per core.
    let pipelines: ExclusivePool<AnnotationPipeline>
    /// Translation checkers, one per core.
    let checkers: ExclusivePool<TranslationChecker>
    /// Documents annotated in this session.
    let documents: RecentStore<AnnotatedDocument>
    /// Check reports made in this session.
    let reports: RecentStore<CheckReport>
    /// The batch folder, when one is served.
    let batch: BatchFolder?
    /// The page templates.
    let pages: PageRenderer

    /// Loads everything the server needs; throws when a resource cannot be read (a batch
    /// folder that is not a folder, a glossary whose index cannot be built).
    package init(configuration: ServerConfiguration, resources: StandardResources) throws {
        self.configuration = configuration
        self.resources = resources
        entries = resources.glossary.entries.map(PublicView.entry)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let glossary = resources.glossary
        lookups = try ExclusivePool(count: workers) {
            let lookup = try GlossaryLookup(glossary: glossary)
            _ = lookup.lookup("warm-up")  // builds the lazy indexes now, not on the first request
            return lookup
        }
        let maxSize = configuration.maxSize
        pipelines = try ExclusivePool(count: workers) {
            try AnnotationPipeline(resources: resources, reader: try DocumentReader(maxSize: maxSize))
        }
        checkers = try ExclusivePool(count: workers) { try TranslationChecker(glossary: glossary) }
        documents = RecentStore(capacity: configuration.keptResults)
        reports = RecentStore(capacity: configuration.keptResults)
        batch = try configuration.batchFolder.map { try BatchFolder(path: $0) }
        pages = try PageRenderer()
    }
}
