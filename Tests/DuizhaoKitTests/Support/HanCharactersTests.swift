import DuizhaoKit
import Testing

/// One test of "is this a Chinese character" (`Unicode.Scalar.isHan`) for every part of duizhao.
@Suite struct HanCharactersTests {
    @Test func theUnifiedIdeographsWithEveryExtensionAndTheCompatibilityIdeographsAreHan() {
        let han: [UInt32] = [
            0x4E2D,  // 中
            0x3400,  // Extension A
            0x20000, 0x2A6D6,  // Extension B (𠀀, 𪛖)
            0x2B740, 0x2B820, 0x2CEB0, 0x2EBF0,  // Extensions D, E, F, I
            0x30000, 0x3134A,  // Extension G (𰀀)
            0x31350, 0x323AF,  // Extension H: beyond the old upper bound U+3134F of one of the copies
            0xF900, 0x2F800,  // compatibility ideographs and their supplement
        ]
        for value in han { #expect(Unicode.Scalar(value)!.isHan, "U+\(String(value, radix: 16, uppercase: true))") }
        let notHan: [UInt32] = [0x41, 0x3007, 0x3002, 0x2F00, 0xA000, 0x323B0, 0xAC00]
        for value in notHan { #expect(!Unicode.Scalar(value)!.isHan, "U+\(String(value, radix: 16, uppercase: true))") }
    }

    /// `check` and `tm import` (UntranslatedTarget) and the machine-translation verifier used to
    /// disagree on Extension H: a target in it is now untranslated Chinese for both.
    @Test func aTargetInExtensionsBGAndHIsStillChinese() {
        #expect(UntranslatedTarget.reason(source: "𠀀𪛖", target: "𠀀𪛖") == .sameAsSource)
        #expect(UntranslatedTarget.reason(source: "孔雀", target: "𰀀𰀁𰀂 ok") == .mostlyChinese)
        #expect(UntranslatedTarget.reason(source: "孔雀", target: "\u{31350}\u{31351}\u{31352} ok") == .mostlyChinese)
    }
}
