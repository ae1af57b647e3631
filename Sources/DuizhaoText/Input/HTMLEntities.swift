/// Decoding of HTML character references (`&amp;`, `&#8220;`, `&#x4E2D;`).
package enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "middot": "\u{00B7}",
        "times": "\u{00D7}", "divide": "\u{00F7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "bull": "\u{2022}", "deg": "\u{00B0}", "yen": "\u{00A5}",
        "permil": "\u{2030}", "plusmn": "\u{00B1}", "sect": "\u{00A7}", "para": "\u{00B6}",
    ]

    /// Decodes the reference starting at `index` (an `&`); returns the text and the index after it.
    package static func decode(_ scalars: [Unicode.Scalar], at index: Int) -> (String, Int) {
        var end = index + 1
        while end < scalars.count, end - index <= 12, scalars[end] != ";", scalars[end] != "&",
            !scalars[end].properties.isWhitespace
        {
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";" else { return ("&", index + 1) }
        let name = String(scalars: scalars[(index + 1)..<end])
        if let value = resolve(name) { return (value, end + 1) }
        return ("&", index + 1)
    }

    /// Decodes every reference in `text`.
    package static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = ""
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&" {
                let (decoded, next) = decode(scalars, at: index)
                result += decoded
                index = next
            } else {
                result.unicodeScalars.append(scalars[index])
                index += 1
            }
        }
        return result
    }

    static func resolve(_ name: String) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return "\u{FFFD}" }
            return String(scalar)
        }
        return named[name]
    }
}
