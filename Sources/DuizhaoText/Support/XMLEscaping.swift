/// Escapes text for XML 1.0 so that source text is always data, never markup: `&`, `<`,
/// `>` in content; also `"`, `'`, tab and line breaks in attribute values. Characters XML
/// 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF) become U+FFFD and are counted.
package enum XMLEscaping {
    /// True for the characters XML 1.0 allows in a document.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Escaped element content; `replaced` counts characters XML cannot hold.
    package static func text(_ value: String, replaced: inout Int) -> String {
        escape(value, attribute: false, replaced: &replaced)
    }

    /// An escaped attribute value (without the surrounding quotes).
    package static func attribute(_ value: String, replaced: inout Int) -> String {
        escape(value, attribute: true, replaced: &replaced)
    }

    private static func escape(_ value: String, attribute: Bool, replaced: inout Int) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&apos;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    replaced += 1
                    result.unicodeScalars.append("\u{FFFD}")
                }
            }
        }
        return result
    }
}
