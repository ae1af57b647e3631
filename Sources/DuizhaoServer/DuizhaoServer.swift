import DuizhaoKit
import Hummingbird
import NIOCore

/// `duizhao serve`: the local web application over DuizhaoKit (Annotate, Lookup, Glossary,
/// Batch, Check and the JSON API), on Hummingbird.
package enum DuizhaoServer {
    /// The router with every page and API route behind the ``RequestGuard``.
    package static func router(state: ServerState) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(
            middleware: RequestGuard(
                maxSize: state.configuration.maxSize, sizeHint: state.configuration.hints.sizeLimit, pages: state.pages)
        )
        AssetRoutes.add(to: router)
        AnnotateRoutes.add(to: router, state: state)
        LookupRoutes.add(to: router, state: state)
        GlossaryRoutes.add(to: router, state: state)
        CheckRoutes.add(to: router, state: state)
        BatchRoutes.add(to: router, state: state)
        return router
    }

    /// Serves until the process is interrupted; `onRunning` gets the URL once the server
    /// listens (with the port the system chose when the configuration says 0).
    package static func run(state: ServerState, onRunning: @escaping @Sendable (String) -> Void) async throws {
        let configuration = state.configuration
        let app = Application(
            router: router(state: state),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port), serverName: "duizhao"),
            onServerRunning: { channel in onRunning(configuration.url(port: channel.localAddress?.port)) })
        try await app.runService()
    }
}
