import ArgumentParser
import DuizhaoKit

extension InputKind: ExpressibleByArgument {}

/// Options for reading input documents.
struct InputOptions: ParsableArguments {
    @Option(help: "The input encoding (UTF-8, UTF-16LE, UTF-16BE, GB18030, Big5); detected when omitted.")
    var encoding: String?

    @Option(help: ArgumentHelp("The input kind, when the file name does not tell.", valueName: "text|markdown|html"))
    var kind: InputKind?

    @Option(help: "The largest input accepted, in bytes.")
    var maxSize: Int = InputFile.defaultMaxSize

    func validate() throws {
        if maxSize < 1 { throw ValidationError("--max-size \(maxSize): must be at least 1") }
    }

    func reader() throws -> DocumentReader {
        try DocumentReader(encoding: encoding, maxSize: maxSize)
    }
}
