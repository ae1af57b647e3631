import DuizhaoCore

/// The translation memory store keeps machine translations between runs (its `mt_cache`
/// table), so a rerun sends no request for a sentence already translated. A store that
/// cannot be read or written counts as a cache miss: the sentence is translated again.
extension TranslationMemory: MachineTranslationCache {
    public func cachedTranslation(forKey key: String) -> String? {
        (try? cachedMachineTranslation(key: key)) ?? nil
    }

    public func storeTranslation(_ translation: String, forKey key: String, model: String, endpoint: String) {
        try? storeMachineTranslation(key: key, model: model, endpoint: endpoint, response: translation)
    }
}
