import DuizhaoText
import Foundation

/// The numbers of a Chinese sentence, for comparison with its translation: the quantities
/// ``QuantityExtractor`` finds (`10亿元`, `1,000万`, `百分之五`, `2025年`, `两千家`, ranges give
/// both ends), Chinese numerals before a measure word that the extractor leaves (`三项`, `十五年`, `百强`; 一 is left out,
/// as 一批 or 一项 are rarely translated as numbers), and the Arabic numbers left over that
/// are not part of a code (`3月5日` gives 3 and 5; `G20`, `5G`, ordinals after 第 and list markers such as `1.` or `（2）` opening the
/// sentence give none).
public struct ChineseNumberReader: Sendable {
    private let extractor = QuantityExtractor()

    /// Measure words after which a small Chinese numeral is a count or a duration.
    static let measureWords = [
        "个月", "个", "项", "家", "名", "条", "类", "种", "批", "次", "年", "天", "倍", "大", "方面", "位", "所", "座", "支", "件", "人", "岁",
        "强",
    ]

    static let traditional: [Unicode.Scalar: Unicode.Scalar] = [
        "億": "亿", "萬": "万", "兩": "两", "個": "个", "餘": "余", "歲": "岁", "項": "项", "條": "条", "種": "种", "類": "类",
    ]

    /// Creates a reader.
    public init() {}

    /// True for a list marker of one or two digits opening the sentence (`1.`, `2、`, `（3）`):
    /// structure, not a number.
    static func isListMarker(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let opening = start == 0 || (start == 1 && "(（".unicodeScalars.contains(scalars[0]))
        guard opening, end < scalars.count, end - start <= 2 else { return false }
        return start == 1 ? ")）".unicodeScalars.contains(scalars[end]) : ".．、".unicodeScalars.contains(scalars[end])
    }

    /// The numbers of `text`, in order.
    public func numbers(in original: String) -> [StatedNumber] {
        // Traditional numerals and multipliers read as their Simplified forms (one for one).
        var simplified = String.UnicodeScalarView()
        for scalar in original.unicodeScalars { simplified.append(Self.traditional[scalar] ?? scalar) }
        let text = String(simplified)
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var found: [(start: Int, number: StatedNumber)] = []
        for quantity in extractor.quantities(in: text) {
            for index in quantity.span.start..<min(quantity.span.end, scalars.count) { covered[index] = true }
            found.append((quantity.span.start, StatedNumber(text: quantity.surface, value: quantity.value)))
            if let upper = quantity.upperValue {
                found.append((quantity.span.start, StatedNumber(text: quantity.surface, value: upper)))
            }
        }
        let scanner = QuantityScanner(scalars)
        var index = 0
        while index < scalars.count {
            guard !covered[index] else { index += 1; continue }
            if index > 0, scalars[index - 1] == "第" { index = scanner.endOfNumberRun(from: index); continue }
            if scanner.arabicDigit(index) != nil, scanner.arabicDigit(index - 1) == nil {
                var end = index
                var digits = ""
                while end < scalars.count, let digit = scanner.arabicDigit(end) { digits += String(digit); end += 1 }
                if end < scalars.count, scalars[end] == ".", scanner.arabicDigit(end + 1) != nil {
                    digits += "."
                    end += 1
                    while end < scalars.count, let digit = scanner.arabicDigit(end) {
                        digits += String(digit); end += 1
                    }
                }
                let code =
                    scanner.isLetter(index - 1) || scanner.isLetter(end) || Self.isListMarker(scalars, index, end)
                if !code, let value = Double(digits) {
                    found.append(
                        (
                            index,
                            StatedNumber(text: String(scalars: scalars[index..<end]), value: value)
                        ))
                }
                index = end
                continue
            }
            if scanner.isChineseNumeral(index), !scanner.isChineseNumeral(index - 1),
                let number = scanner.number(at: index), number.value > 1,
                number.end < scalars.count, !covered[number.end],
                let word = scanner.first(of: Self.measureWords, at: number.end)
            {
                // The name of a plan (五年规划, 三年行动计划) states no count, as its English
                // (Five-Year Plan) states none.
                if word == "年", scanner.first(of: ["规划", "计划", "行动"], at: number.end + 1) != nil {
                    index = number.end + 1
                    continue
                }
                let value = NSDecimalNumber(decimal: number.value).doubleValue
                found.append(
                    (
                        index,
                        StatedNumber(
                            text: String(scalars: scalars[index..<number.end]) + word, value: value)
                    ))
                index = number.end
                continue
            }
            index += 1
        }
        return found.sorted { $0.start < $1.start }.map(\.number)
    }
}
