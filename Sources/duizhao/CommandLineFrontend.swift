import ArgumentParser
import DuizhaoKit

import Foundation

/// Turns library errors into one-line messages on standard error and exit codes.
enum CommandLineFrontend {
    /// Runs `body`; an error becomes `duizhao: error: <message>` and exit code 1.
    static func run<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
    }

    /// Writes a line to standard error.
    static func printError(_ message: String) {
        var standardError = StandardError()
        print("duizhao: error: \(message)", to: &standardError)
    }
}

/// Standard error as a text stream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
