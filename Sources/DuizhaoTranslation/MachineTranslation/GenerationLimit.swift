/// How long an answer may be: every request carries a `max_tokens` worked out from the
/// source text it asks about, and stop sequences where they help, so that a model that runs
/// away (repeats itself, explains, never ends) is stopped in seconds instead of running into
/// the timeout. An answer stopped at the limit is incomplete and is not used (the sentence
/// keeps its gloss, flagged).
///
/// English of Chinese policy text runs to about one token per Chinese character (a character
/// is 1.5 to 2 letters of English, an English token about 4); the limit allows three tokens per
/// character, a floor for short sentences, and per sentence of a batch the JSON around each
/// translation; it is capped so that a batch of long sentences still ends.
struct GenerationLimit: Hashable, Sendable {
    /// The most tokens the answer may have (`max_tokens`).
    var maxTokens: Int
    /// Texts at which the service stops generating (`stop`); empty for none.
    var stop: [String]

    /// Tokens allowed per character of source text.
    static let tokensPerCharacter = 3
    /// Tokens allowed for any sentence on top of its characters.
    static let tokensPerSentence = 32
    /// Tokens allowed per batch item for its JSON (`{"id": 12, "en": "…"},`).
    static let jsonTokensPerSentence = 16
    /// Tokens for the answer's frame (an opening, the batch object's braces).
    static let frameTokens = 32
    /// The most tokens any answer may have.
    static let cap = 4096

    /// Creates a limit.
    init(maxTokens: Int, stop: [String] = []) {
        self.maxTokens = maxTokens
        self.stop = stop
    }

    /// The limit for translating `sources`: a batch (JSON) or one sentence (plain text).
    ///
    /// A single sentence is answered on one line, so a blank line ends it (what a model adds
    /// after one is commentary or another attempt); a batch is JSON whose layout may use
    /// blank lines, so it has no stop sequence and relies on the token limit.
    static func forTranslating(_ sources: [String], json: Bool) -> GenerationLimit {
        let characters = sources.reduce(0) { $0 + $1.unicodeScalars.count }
        var tokens = frameTokens + characters * tokensPerCharacter + sources.count * tokensPerSentence
        if json { tokens += sources.count * jsonTokensPerSentence }
        return GenerationLimit(maxTokens: min(cap, tokens), stop: json ? [] : ["\n\n"])
    }
}
