import Foundation

/// Reads the byline of a scraped article (`作者:乐正 来源:… 责任编辑:… 2023-03-01`) into
/// metadata, and normalizes dates to ISO 8601.
enum BylineParser {
    /// The byline labels duizhao recognizes, with the field each fills.
    static let labels: [(label: String, field: Metadata.Field)] = [
        ("责任编辑", .editor), ("编辑", .editor), ("作者", .author), ("撰文", .author), ("文", .author),
        ("来源", .source), ("出处", .source), ("发布机构", .source),
    ]
    static let dateLabels = ["发布时间", "发布日期", "发文日期", "成文日期", "时间", "日期"]

    /// True when `line` reads as a byline: at least one label with a colon and either
    /// another label or a date, and not too long.
    static func isByline(_ line: String) -> Bool {
        guard line.count <= 160 else { return false }
        let count = (labels.map(\.label) + dateLabels).filter { label in
            line.containsBytes(label + ":") || line.containsBytes(label + "：")
        }.count
        return count >= 2 || (count == 1 && (isoDate(in: line) != nil || line.count <= 40))
    }

    /// The metadata a byline gives; `line` is the input line it stands on.
    static func parse(_ text: String, line: Int) -> Metadata {
        var metadata = Metadata()
        let normalized = text.replacingOccurrences(of: "：", with: ":")
        let allLabels = labels.map(\.label) + dateLabels
        for (label, field) in labels {
            guard metadata[field] == nil, let range = normalized.range(of: label + ":") else { continue }
            if label == "编辑", let full = normalized.range(of: "责任编辑:"), full.upperBound == range.upperBound { continue }
            if label == "文", range.lowerBound > normalized.startIndex,
                !normalized[normalized.index(before: range.lowerBound)].isWhitespace
            {
                continue
            }
            var value = normalized[range.upperBound...].drop { $0 == " " }
            // A value runs to the next label, a wide space or tab, a date, or a counter.
            for other in allLabels where other != label {
                if let cut = value.range(of: other + ":") { value = value[..<cut.lowerBound] }
            }
            if let stop = value.firstIndex(where: { $0 == "\u{3000}" || $0 == "\t" }) { value = value[..<stop] }
            if let cut = value.range(of: "  ") { value = value[..<cut.lowerBound] }
            for counter in ["阅读", "浏览", "点击", "人已围观", "发布于"] {
                if let cut = value.range(of: counter) { value = value[..<cut.lowerBound] }
            }
            if let year = firstYear(in: value) { value = value[..<year] }
            let cleaned = value.trimmingCharacters(in: .whitespaces)
            if isoDate(in: cleaned) == nil { metadata.fill(field, cleaned, line: line) }
        }
        metadata.fill(.date, isoDate(in: normalized), line: line)
        return metadata
    }

    /// Where the first date-like year (`2023-`, `2023/`, `2023.`, `2023年`) starts in `text`.
    static func firstYear(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let digits = text[index...].prefix(4)
            if digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                digits.hasPrefix("19") || digits.hasPrefix("20")
            {
                let after = text.index(index, offsetBy: 4)
                if after < text.endIndex, "-/.年".contains(text[after]) { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The first date in `text` as ISO 8601 (`2023-03-01`): accepts `2023-03-01`, `2023/3/1`,
    /// `2023.03.01` and `2023年3月1日`, with an optional time that is dropped.
    static func isoDate(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ maxDigits: Int) -> Int? {
            var value = 0, digits = 0
            while index < scalars.count, digits < maxDigits,
                let digit = scalars[index].properties.numericType == .decimal
                    ? Int(scalars[index].properties.numericValue ?? -1) : nil, digit >= 0
            {
                value = value * 10 + digit
                digits += 1
                index += 1
            }
            return digits > 0 ? value : nil
        }
        while index < scalars.count {
            let start = index
            if let year = number(4), index - start == 4, (1900...2100).contains(year), index < scalars.count {
                let separator = scalars[index]
                guard "-/.年".unicodeScalars.contains(separator) else { index = start + 1; continue }
                index += 1
                guard let month = number(2), (1...12).contains(month), index < scalars.count else {
                    index = start + 1; continue
                }
                let second = scalars[index]
                let expected: Unicode.Scalar = separator == "年" ? "月" : separator
                guard second == expected else { index = start + 1; continue }
                index += 1
                guard let day = number(2), (1...31).contains(day) else { index = start + 1; continue }
                return String(format: "%04d-%02d-%02d", year, month, day)
            }
            index = start + 1
        }
        return nil
    }
}
