import CICU

/// An error reported by the ICU layer.
public enum ICUError: Error, Equatable, CustomStringConvertible {
    /// ICU could not open a service (break iterator, transliterator, collator, converter).
    case openFailed(service: String, code: Int32)
    /// An ICU call failed.
    case callFailed(function: String, code: Int32)

    public var description: String {
        switch self {
        case .openFailed(let service, let code):
            return "ICU could not open \(service) (error \(code)); is libicu-dev installed with its data?"
        case .callFailed(let function, let code):
            return "ICU call \(function) failed (error \(code))"
        }
    }
}

/// The version of the ICU library duizhao is linked against, such as "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    cicu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
