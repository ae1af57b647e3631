/// A record that a later glossary file replaced an entry of an earlier one.
public struct GlossaryOverride: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Why the later entry replaced the earlier one.
    public enum Reason: String, Codable, Sendable {
        /// Both have the same id.
        case sameID
        /// Different ids, the same headword.
        case sameHeadword
    }

    /// The replaced entry's id.
    var replacedID: String
    /// Where the replaced entry came from.
    var replacedOrigin: GlossaryEntry.Origin?
    /// The winning entry's id.
    var winnerID: String
    /// Where the winning entry came from.
    var winnerOrigin: GlossaryEntry.Origin?
    /// Why.
    public var reason: Reason

    /// Creates an override record.
    public init(
        replacedID: String, replacedOrigin: GlossaryEntry.Origin?, winnerID: String,
        winnerOrigin: GlossaryEntry.Origin?, reason: Reason
    ) {
        self.replacedID = replacedID
        self.replacedOrigin = replacedOrigin
        self.winnerID = winnerID
        self.winnerOrigin = winnerOrigin
        self.reason = reason
    }

    /// `file:line: 孔雀计划 (peacock-plan) overrides file:line (same id)`.
    public var description: String {
        func place(_ origin: GlossaryEntry.Origin?) -> String {
            origin.map { "\($0.file):\($0.line)" } ?? "(in memory)"
        }
        let why = reason == .sameID ? "same id" : "same headword as \(replacedID)"
        return "\(place(winnerOrigin)): \(winnerID) overrides \(place(replacedOrigin)) (\(why))"
    }
}
