import ArgumentParser
import DuizhaoKit

struct GlossaryValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check glossary files and report errors and warnings with file:line:column.",
        discussion: "Exits 1 when there is an error. Without paths, checks the default glossary folder."
    )

    @Argument(help: "Glossary files or folders, in load order (default: the glossary folder).")
    var paths: [String] = []

    func run() throws {
        let report = try CommandLineFrontend.run { () -> GlossaryValidator.Report in
            var files = try GlossaryLocator.files(folder: nil, extra: paths)
            if paths.isEmpty {
                guard let folder = try GlossaryLocator.defaultFolder() else { throw GlossaryError.noGlossary }
                files = try GlossaryLocator.files(in: folder)
            }
            return try GlossaryValidator().validate(paths: files)
        }
        print(report.render(), terminator: "")
        if !report.isValid { throw ExitCode.failure }
    }
}
