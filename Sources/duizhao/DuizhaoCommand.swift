import ArgumentParser
import DuizhaoKit

@main
struct DuizhaoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duizhao",
        abstract: "Turn Chinese policy documents into parallel Chinese–English annotated documents.",
        version: "duizhao \(DuizhaoVersion.current) (ICU \(icuVersion))",
        subcommands: [
            Annotate.self, Segment.self, Lookup.self, Check.self, Batch.self, Serve.self, Terms.self,
            GlossaryCommand.self, TMCommand.self, EvalSegmentation.self, EvalDictionary.self,
        ]
    )
}
