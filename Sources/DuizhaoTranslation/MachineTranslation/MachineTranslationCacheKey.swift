import DuizhaoText
import Foundation

/// The cache key of a sentence's translation: the SHA-256 (hex) of the endpoint, the model,
/// the prompt version, the sentence and its required renderings.
public enum MachineTranslationCacheKey {
    /// The key.
    static func make(
        endpoint: URL, model: String, promptVersion: String = TranslationPrompt.version, sentence: String,
        renderings: [TranslationPrompt.Rendering]
    ) -> String {
        var text = "\(promptVersion)\n\(endpoint.absoluteString)\n\(model)\n\(sentence)"
        for rendering in renderings { text += "\n\(rendering.zh)\t\(rendering.en)" }
        return SHA256.hex(text)
    }
}
