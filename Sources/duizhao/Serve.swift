import ArgumentParser
import Dispatch
import DuizhaoKit
import DuizhaoServer
import Foundation
import Synchronization

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the local web application: annotate, look up, browse the glossary, check, browse a batch.",
        discussion: """
            Opens in any browser and works offline: every page and asset is served by duizhao \
            itself. Listens on 127.0.0.1 (this machine only) unless --host names another address. \
            The glossary, dictionary and lexicon are loaded once. Documents sent to the server are \
            kept in memory only, never written to disk. Stop it with Ctrl-C.
            """
    )

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "The address to listen on. Anything but a loopback address exposes the server to the network.")
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("A batch output folder (duizhao batch --out) to browse.", valueName: "dir"))
    var batch: String?

    @Option(help: "The largest request body accepted, in bytes (documents and files sent to the server).")
    var maxSize = 16 << 20

    @Flag(help: "Keep ICU's word boundaries: do not re-segment with the dictionary as a lexicon.")
    var noLexicon = false

    @OptionGroup var glossary: GlossaryOptions

    @OptionGroup var dictionary: DictionaryOptions

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port): must be 0 to 65535") }
        if maxSize < 1 { throw ValidationError("--max-size \(maxSize): must be at least 1") }
    }

    func run() throws {
        var configuration = ServerConfiguration(host: host, port: port, maxSize: maxSize, batchFolder: batch)
        configuration.hints = ServerConfiguration.Hints(sizeLimit: "--max-size", batchFolder: "start with --batch DIR")
        let state = try CommandLineFrontend.run { () -> ServerState in
            let loaded = try glossary.load()
            if loaded.isEmpty { throw GlossaryError.noGlossary }
            let resources = try StandardResources(
                glossary: loaded, glossaryFiles: try glossary.files(), dictionary: try dictionary.load(),
                buildLexicon: !noLexicon)
            return try ServerState(configuration: configuration, resources: resources)
        }
        var standardError = StandardError()
        if !configuration.isLoopback {
            print(
                "duizhao: warning: listening on \(host): other machines on the network can reach this server and everything it serves",
                to: &standardError)
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await DuizhaoServer.run(state: state) { url in
                    CommandLineFrontend.writeStandardOutput(Array("duizhao: serving on \(url) (Ctrl-C to stop)\n".utf8))
                }
            } catch {
                failure.message.withLock {
                    $0 = "cannot serve on \(configuration.url()): \(ErrorAdvice.message(for: error))"
                }
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message.withLock({ $0 }) {
            CommandLineFrontend.printError(message)
            throw ExitCode.failure
        }
    }
}

/// Why the server stopped, handed from the server's task to the command.
private final class ServeFailure: Sendable {
    let message = Mutex<String?>(nil)
}
