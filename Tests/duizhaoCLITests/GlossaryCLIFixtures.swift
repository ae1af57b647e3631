import Foundation

/// Fixture glossaries written into temporary folders for the CLI tests.
enum GlossaryCLIFixtures {
    static let header = "id\tzh\ten\ten_alt\tvariants\tfull_form\tcategory\tstatus\tsource\tnote\n"

    static let good =
        header + """
            fangguanfu\t放管服\tstreamline administration, delegate power and improve services\t\t\t简政放权、放管结合、优化服务\treform\tofficial\tGovernment Work Report 2016\tReform of administrative approvals.
            jianzheng\t简政放权、放管结合、优化服务\tstreamline administration, delegate power, combine delegation with regulation, optimize services\t\t\t\treform\testablished\tXinhua\t
            peacock-plan\t孔雀计划\tPeacock Plan\tPeacock Program|Peacock Scheme [deprecated]\t孔雀計劃\t\tprogram\testablished\tShenzhen Daily\tShenzhen's overseas talent program.
            greater-bay-area\t粤港澳大湾区\tGuangdong-Hong Kong-Macao Greater Bay Area\tGBA\t\t\tzone\tofficial\tOutline Development Plan\t

            """

    /// A folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "duizhao-glossary-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, contents) in files {
            try contents.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
