extension Unicode.Scalar {
    /// True for a Han ideograph: the CJK Unified Ideographs (U+4E00–U+9FFF) with Extension A
    /// (U+3400–U+4DBF) and Extensions B–H (U+20000–U+323AF, which also holds the Compatibility
    /// Ideographs Supplement), and the CJK Compatibility Ideographs (U+F900–U+FAFF). The one test
    /// of "is this a Chinese character" everywhere in duizhao.
    package var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: return true
        default: return false
        }
    }
}
