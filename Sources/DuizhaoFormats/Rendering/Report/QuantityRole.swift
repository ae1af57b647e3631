import DuizhaoCore
import DuizhaoText

/// Whether a stated quantity is a target (what is to be reached: 到2027年, 力争, 预期目标,
/// 左右, 以上) or a result (what was reached: 过去一年, 完成, 增长…了, 比上年), with the year it
/// refers to, so that a brief lists the targets apart and first.
struct QuantityRole: Equatable {
    enum Kind: String { case target, result, other }

    var kind: Kind
    /// The year the quantity refers to (`2027`, `this year`, `last year`), when the text says.
    var year: String?

    static let targetWords = ["力争", "预期目标", "目标", "计划", "拟", "争取", "确保", "将", "要", "今年"]
    static let resultWords = [
        "过去一年", "过去五年", "一年来", "五年来", "去年", "上年", "完成", "实现了", "达到了", "增长了", "提高了", "下降了", "累计", "同比", "已",
    ]

    /// The role of `quantity` in `sentence`, judged on the clause that holds it (the text
    /// between 。；; and the quantity's neighbours).
    init(_ quantity: Quantity, in sentence: AnnotatedSentence) {
        // Words are found as UTF-8 bytes: Foundation's `contains` took 8% of a brief of 1 MB.
        let clause = Self.clause(of: quantity, in: sentence)
        let years = sentence.quantities.filter { $0.kind == .year && clause.range.contains($0.span.start) }
        let deadline =
            years.first { $0.bound == .by || $0.bound == .byEnd }
            ?? (quantity.kind == .year && (quantity.bound == .by || quantity.bound == .byEnd) ? quantity : nil)
        if deadline != nil || clause.text.containsBytes("力争") || clause.text.containsBytes("预期目标") {
            kind = .target
        } else if Self.resultWords.contains(where: clause.text.containsBytes) || clause.text.containsBytes("了") {
            kind = .result
        } else if quantity.bound == .about || quantity.bound == .over || quantity.bound == .orMore
            || Self.targetWords.contains(where: clause.text.containsBytes)
        {
            kind = .target
        } else {
            kind = .other
        }
        let text = sentence.text
        if let deadline {
            year = String(Int(deadline.value))
        } else if let stated = years.first(where: { $0.span != quantity.span }) {
            year = String(Int(stated.value))
        } else if text.containsBytes("今年") {
            year = "this year"
        } else if text.containsBytes("过去五年") || text.containsBytes("五年来") {
            year = "past five years"
        } else if ["过去一年", "去年", "上年", "一年来"].contains(where: text.containsBytes) {
            year = "last year"
        } else {
            year = nil
        }
    }

    /// The clause of `sentence` that holds `quantity`: its text and its span in the document.
    static func clause(of quantity: Quantity, in sentence: AnnotatedSentence) -> (text: String, range: Range<Int>) {
        let scalars = Array(sentence.text.unicodeScalars)
        let at = quantity.span.start - sentence.span.start
        var start = min(max(0, at), scalars.count), end = start
        let breaks: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？"]
        while start > 0, !breaks.contains(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, !breaks.contains(scalars[end]) { end += 1 }
        return (
            String(scalars: scalars[start..<end]),
            (sentence.span.start + start)..<(sentence.span.start + end)
        )
    }
}
