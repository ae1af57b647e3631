import DuizhaoCore

/// The parts of the OpenAI chat-completions API that duizhao uses.
public enum ChatCompletion {
    /// A message of the conversation.
    public struct Message: Codable, Hashable, Sendable {
        /// `system`, `user` or `assistant`.
        public var role: String
        /// The text.
        public var content: String
    }

    /// The response format: `json_object` asks the service for JSON only.
    public struct ResponseFormat: Codable, Hashable, Sendable {
        /// `json_object` or `text`.
        public var type: String
    }

    /// A request body.
    public struct Request: Codable, Hashable, Sendable {
        /// The model.
        public var model: String
        /// The conversation.
        public var messages: [Message]
        /// Sampling temperature; 0 for the most literal and repeatable output.
        public var temperature: Double
        /// Asks for JSON output, for batches.
        public var responseFormat: ResponseFormat?
        /// One answer, never streamed.
        public var stream = false
        /// The most tokens the answer may have.
        public var maxTokens: Int
        /// Texts at which generation stops; nil for none.
        public var stop: [String]?

        /// Creates a request bounded by `limit`.
        public init(
            model: String, messages: [Message], limit: GenerationLimit, temperature: Double = 0, json: Bool = false
        ) {
            self.model = model
            self.messages = messages
            self.temperature = temperature
            self.responseFormat = json ? ResponseFormat(type: "json_object") : nil
            self.maxTokens = limit.maxTokens
            self.stop = limit.stop.isEmpty ? nil : limit.stop
        }

        enum CodingKeys: String, CodingKey {
            case model, messages, temperature, stream, stop
            case responseFormat = "response_format"
            case maxTokens = "max_tokens"
        }
    }

    /// What the client hands back: the first choice's text and whether the service stopped
    /// it at its length limit.
    public struct Answer: Hashable, Sendable {
        /// The text.
        public var content: String
        /// True when generation stopped at the length limit (`finish_reason` `length`): the
        /// text is incomplete.
        public var truncated: Bool
    }

    /// A response body (only what duizhao reads).
    public struct Response: Decodable, Sendable {
        /// One choice of the answer.
        public struct Choice: Decodable, Sendable {
            /// The answer's message; its content may be null in some services' answers.
            public struct AnswerMessage: Decodable, Sendable {
                /// The text, nil when the service sent none.
                public var content: String?
            }

            /// The message.
            public var message: AnswerMessage
            /// Why generation stopped (`stop`, `length`), when given.
            public var finishReason: String?

            enum CodingKeys: String, CodingKey {
                case message
                case finishReason = "finish_reason"
            }
        }

        /// The choices; duizhao reads the first.
        public var choices: [Choice]
    }
}
