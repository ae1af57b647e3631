import DuizhaoText
import Foundation

/// Content-Security-Policy source expressions for inline code: a page allows exactly its own
/// inline style and script by their digests, so even injected markup could run nothing.
public enum ContentSecurityPolicy {
    /// A CSP source expression for `text`: `'sha256-` and the base64 digest of its UTF-8, quoted.
    public static func hashSource(_ text: String) -> String {
        let hex = Array(SHA256.hex(text).utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        func value(_ digit: UInt8) -> UInt8 { digit >= 0x61 ? digit - 0x61 + 10 : digit - 0x30 }
        var index = 0
        while index + 1 < hex.count {
            bytes.append(value(hex[index]) << 4 | value(hex[index + 1]))
            index += 2
        }
        return "'sha256-" + Data(bytes).base64EncodedString() + "'"
    }
}
