import Foundation

/// RFC 4180 comma-separated values: fields containing a comma, a double quote or a line
/// break are quoted, quotes doubled; records end with CRLF. The parser also accepts LF and
/// lone CR record ends and a leading byte-order mark.
enum CSVCodec {
    /// One parsed record and the line it starts on.
    struct Record {
        var line: Int
        var fields: [String]
    }

    /// A field as written: quoted when it must be (or when it has leading or trailing
    /// spaces, which some readers would trim).
    static func field(_ text: String) -> String {
        let needsQuotes =
            text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record as written, with its CRLF.
    static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Parses `text` into records. A quote inside an unquoted field is kept as text and
    /// reported through `stray` (with its line); an unclosed quoted field throws.
    static func parse(_ text: String, file: String, stray: (Int) -> Void) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false  // the current field has content or was quoted
        var recordHasContent = false

        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var index = 0

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if recordHasContent || fields.count > 1 || !(fields.first ?? "").isEmpty {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            recordHasContent = false
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if scalar == "\n" || (scalar == "\r" && !(index + 1 < scalars.count && scalars[index + 1] == "\n"))
                    {
                        line += 1
                    }
                    field.append(scalar)
                }
                index += 1
                continue
            }
            switch scalar {
            case "\"":
                if !fieldStarted && field.isEmpty {
                    inQuotes = true
                    quoteLine = line
                    fieldStarted = true
                    recordHasContent = true
                } else {
                    stray(line)
                    field.append(scalar)
                }
            case ",":
                recordHasContent = true
                endField()
            case "\r", "\n":
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(scalar)
                fieldStarted = true
                recordHasContent = true
            }
            index += 1
        }
        if inQuotes { throw GlossaryExchangeError.unterminatedQuote(path: file, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { endRecord() }
        return records
    }
}
