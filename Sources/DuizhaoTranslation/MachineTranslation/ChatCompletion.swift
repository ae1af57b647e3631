import DuizhaoCore

/// The parts of the OpenAI chat-completions API that duizhao uses.
enum ChatCompletion {
    /// A message of the conversation.
    struct Message: Codable, Hashable, Sendable {
        /// `system`, `user` or `assistant`.
        var role: String
        /// The text.
        var content: String
    }

    /// The response format: `json_object` asks the service for JSON only.
    struct ResponseFormat: Codable, Hashable, Sendable {
        /// `json_object` or `text`.
        var type: String
    }

    /// A request body.
    struct Request: Codable, Hashable, Sendable {
        /// The model.
        var model: String
        /// The conversation.
        var messages: [Message]
        /// Sampling temperature; 0 for the most literal and repeatable output.
        var temperature: Double
        /// Asks for JSON output, for batches.
        var responseFormat: ResponseFormat?
        /// One answer, never streamed.
        var stream = false
        /// The most tokens the answer may have.
        var maxTokens: Int
        /// Texts at which generation stops; nil for none.
        var stop: [String]?

        /// Creates a request bounded by `limit`.
        init(
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
    struct Answer: Hashable, Sendable {
        /// The text.
        var content: String
        /// True when generation stopped at the length limit (`finish_reason` `length`): the
        /// text is incomplete.
        var truncated: Bool
    }

    /// A response body (only what duizhao reads).
    struct Response: Decodable, Sendable {
        /// One choice of the answer.
        struct Choice: Decodable, Sendable {
            /// The answer's message; its content may be null in some services' answers.
            struct AnswerMessage: Decodable, Sendable {
                /// The text, nil when the service sent none.
                var content: String?
            }

            /// The message.
            var message: AnswerMessage
            /// Why generation stopped (`stop`, `length`), when given.
            var finishReason: String?

            enum CodingKeys: String, CodingKey {
                case message
                case finishReason = "finish_reason"
            }
        }

        /// The choices; duizhao reads the first.
        var choices: [Choice]
    }
}
