import DuizhaoKit
import DuizhaoServer

/// The command line's advice for library errors. The libraries' messages state the problem and
/// name no command-line option (they are also read by the web server and by code that calls
/// them); this is the one place that says which option or command to use about it.
enum ErrorAdvice {
    /// The message to print for `error`: its own, with the command line's advice when there is any.
    static func message(for error: any Error) -> String {
        switch error {
        case let error as IngestionError: return message(for: error)
        case let error as GlossaryLoadError:
            return "\(error): fix them, or pass --lenient to run with the valid entries only"
        case let error as GlossaryError: return message(for: error)
        case let error as DictionaryError:
            if case .notFound(let path, DictionaryLocator.Origin.option.rawValue) = error {
                return
                    "\(path): no such dictionary file (named by --dictionary); run `make dictionary` to fetch CC-CEDICT, or omit it to run without a dictionary"
            }
            return "\(error)"
        case let error as GlossaryExchangeError:
            if case .unknownFormat(let file) = error {
                return "\(file): cannot tell the glossary format; give --format tbx, tsv, omegat, deepl or csv"
            }
            return "\(error)"
        case let error as BatchError: return message(for: error)
        case let error as Shard.ParseError: return "--\(error)"
        case let error as InputScanner.ScanError:
            if case .insideOutput = error { return "\(error); choose another --out" }
            return "\(error)"
        case let error as OutputOwnership.RefusalError:
            switch error {
            case .notWritten: return "\(error); move it away, or pass --force to replace it"
            case .linkedFolder(let path):
                return
                    "\(path): the output folder is a symbolic link; writing through it could leave --out (pass --force to write anyway)"
            }
        case let error as TranslationMemoryError:
            switch error {
            case .missingStore(let path): return "\(error); create one with `duizhao tm import FILE --tm \(path)`"
            case .notAStore(let path):
                return "\(error); import it with `duizhao tm import \(path)` and name the store with --tm"
            default: return "\(error)"
            }
        case let error as MachineTranslationError: return message(for: error)
        case let error as BatchFolderError:
            if case .notAFolder(let path) = error {
                return "\(path): not a folder (give --batch the --out folder of a duizhao batch run)"
            }
            return "\(error)"
        default: return "\(error)"
        }
    }

    private static func message(for error: IngestionError) -> String {
        switch error {
        case .isDirectory: return "\(error) (use `duizhao batch` for folders)"
        case .tooLarge, .streamTooLarge: return "\(error) (raise it with --max-size)"
        case .noEncodingFits: return "\(error); name the encoding with --encoding"
        default: return "\(error)"
        }
    }

    private static func message(for error: GlossaryError) -> String {
        switch error {
        case .noGlossaryFiles: return "no glossary files: give --glossary PATH or drop --no-default-glossary"
        case .noGlossary:
            return
                "no glossary found: give --glossary PATH, set $\(GlossaryLocator.environmentVariable), or run from a folder that has glossaries/"
        default: return "\(error)"
        }
    }

    private static func message(for error: BatchError) -> String {
        switch error {
        case .invalidJobs(let jobs): return "--jobs \(jobs): must be at least 1"
        case .outputNotAFolder(let path): return "\(path): --out must be a folder"
        case .locked(let path):
            return
                "\(path): another duizhao batch is writing to this output folder (for the same shard); wait for it or choose another --out"
        case .foreignOutputFolder: return "\(error), or pass --force to write into it anyway"
        default: return "\(error)"
        }
    }

    private static func message(for error: MachineTranslationError) -> String {
        let hint: String
        switch error {
        case .invalidConfiguration: return "\(error)"
        case .unreachable: hint = "check that the server is running and that --mt-endpoint is right"
        case .timedOut: hint = "raise --mt-timeout or lower --mt-batch-size"
        case .httpStatus(_, let status, _):
            switch status {
            case 401, 403: hint = "check the API key (its environment variable, see --mt-key-env)"
            case 404: hint = "check --mt-endpoint (the chat-completions path) and --mt-model"
            case 429: hint = "the service is rate limiting; lower --mt-concurrency or try later"
            case 500...599: hint = "the service failed; try later"
            default: hint = "check --mt-endpoint and --mt-model"
            }
        case .transport: hint = "try again, or lower --mt-concurrency"
        case .malformedResponse: hint = "check that --mt-endpoint speaks the OpenAI chat-completions API"
        case .unusableAnswer: hint = "use a larger instruction-tuned model with Chinese (--mt-model), such as a 7B one"
        }
        return "\(error); \(hint)"
    }
}
