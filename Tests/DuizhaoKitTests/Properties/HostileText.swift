import PropertyBased

@testable import DuizhaoKit

/// Generators of text and bytes that stress every stage: Chinese policy prose and glossary
/// terms mixed with combining marks, variation selectors, zero-width characters, RTL text
/// and overrides, emoji and ZWJ sequences, private-use, unassigned and non-characters, NUL
/// and other control characters, markup and entity look-alikes, and very long lines.
enum HostileText {
    /// Chinese policy prose, outline markers, quantities and the glossary terms (also in
    /// Traditional, full-width and quoted forms).
    static let policy: [String] = [
        "深化“放管服”改革", "放管服", "孔雀计划", "孔雀計劃", "“孔雀计划”", "一带一路", "「一带一路」", "“一带一路”倡议",
        "一、总体要求", "（一）重点任务", "第一条", "第二章 附则", "1.", "（1）", "①",
        "每年资助100万元", "不少于20个", "研发投入占比达到3.5%", "新增企业1,200家", "五千亿元", "2025年底前",
        "。", "，", "；", "！", "？", "、", "：", "——", "……", "《深圳经济特区条例》", "\n", "\n\n", " ", "\t", "\r\n",
        "ＧＤＰ", "GDP", "ＡＢＣ１２３", "第99999999999999999999条", "第九千九百九十九万条", "（99999999999）", "99999999999999999999999万元",
        "１２３４５６７８９０１２３４５６７８９０亿元", "0.00000000000000000001%", "1e308", "九千九百九十九亿亿亿亿元", "-3.5%", "3.5.5%", "1,2,3,,4",
        "深圳市科技创新委员会负责组织实施。", "由市人力资源保障局牵头，",
        "支持建设粤港澳大湾区国际科技创新中心", "發展規劃", "万", "亿", "%", "‰", "¥", "$",
    ]

    /// Characters and sequences that break naive text handling.
    static let hostile: [String] =
        [
            // Combining marks, variation selectors, zero-width and format characters.
            "e\u{301}", "\u{301}", "\u{20DD}", "孔\u{FE0F}", "\u{FE0E}", "葛\u{E0100}", "\u{200B}", "\u{200C}",
            "\u{200D}", "\u{FEFF}",
            "\u{2060}", "\u{00AD}",
            // Right-to-left text and bidi controls.
            "مرحبا بالعالم", "שלום", "\u{202E}", "\u{202D}", "\u{200F}", "\u{2067}", "\u{2069}", "\u{061C}",
            // Emoji, ZWJ sequences, flags, keycaps, skin tones.
            "😀", "👨‍👩‍👧‍👦", "🇨🇳", "👍🏽", "1️⃣", "🏳️‍🌈",
            // Private use, unassigned, non-characters, astral ideographs.
            "\u{E000}", "\u{F8FF}", "\u{F0000}", "\u{10FFFD}", "\u{0378}", "\u{50000}", "\u{E0080}",
            "\u{20000}", "\u{2A6DF}", "\u{3134A}",
            // NUL, C0 and C1 controls, line and paragraph separators.
            "\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}[31m", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
            "\u{2028}", "\u{2029}", "\r",
            // Markup, entities, quotes and Markdown syntax.
            "<script>alert(1)</script>", "</p>", "<b>", "&", "&amp;", "&#x0;", "&#xD800;", "&lt;", "\"", "'", "`",
            "]]>", "<!--", "-->",
            "<![CDATA[", "<?xml", "{\"a\":1}", "\\", "\\u0000", "*", "_", "#", "|", "[链接](javascript:alert(3))", "> ",
            "- ", "```",
            // Compatibility characters that fold to Han or ASCII (㊀ → 一, ⼀ → 一, ﬁ → fi).
            "㊀", "⼀", "ﬁ", "Ⅻ", "㍿", "ｶ", "İ", "ß", "ẞ",
        ]
        // Non-characters (no literal allowed).
        + [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF].map { String(Unicode.Scalar($0)!) }

    /// A random Unicode scalar: any plane, including private use and unassigned.
    static let anyScalar = Generator<String, Shrink.None<String>>(run: { rng in
        let ranges: [ClosedRange<UInt32>] = [
            0x0...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF, 0x4E00...0x9FFF,
        ]
        let range = ranges[Int.random(in: 0..<ranges.count, using: &rng)]
        let value = UInt32.random(in: range, using: &rng)
        return Unicode.Scalar(value).map { String($0) } ?? "?"
    })

    /// One piece of text.
    static let piece = Generator<String, Shrink.None<String>>(run: { rng in
        let pick = Int.random(in: 0..<100, using: &rng)
        if pick < 45 { return policy[Int.random(in: 0..<policy.count, using: &rng)] }
        if pick < 85 { return hostile[Int.random(in: 0..<hostile.count, using: &rng)] }
        return anyScalar.run(using: &rng)
    })

    /// Text of up to `pieces` pieces; one text in twenty holds a very long line (thousands
    /// of scalars without a break).
    static func text(pieces: ClosedRange<Int> = 0...40) -> Generator<String, Shrink.None<String>> {
        Generator(run: { rng in
            var result = ""
            for _ in 0..<Int.random(in: pieces, using: &rng) { result += piece.run(using: &rng) }
            if Int.random(in: 0..<20, using: &rng) == 0 {
                let unit = piece.run(using: &rng).replacingOccurrences(of: "\n", with: "")
                let count = 8_000 / max(1, unit.unicodeScalars.count)
                result += String(repeating: unit.isEmpty ? "长" : unit, count: count)
            }
            return result
        })
    }

    /// Text that contains at least one Chinese sentence (so the reader finds a document).
    static let document = Generator<String, Shrink.None<String>>(run: { rng in
        let body = text(pieces: 1...40).run(using: &rng)
        return "深圳市关于实施“孔雀计划”的若干措施\n" + body + "\n推进一带一路建设，深化放管服改革。"
    })

    /// Bytes as files arrive: UTF-8 of hostile text, with or without a BOM; UTF-16 LE/BE
    /// with a BOM and random code units (lone surrogates among them); GB18030 and Big5
    /// look-alikes; and random bytes.
    static let bytes = Generator<[UInt8], Shrink.None<[UInt8]>>(run: { rng in
        func random(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) } }
        let utf8 = Array(document.run(using: &rng).utf8)
        switch Int.random(in: 0..<8, using: &rng) {
        case 0: return utf8
        case 1: return [0xEF, 0xBB, 0xBF] + utf8
        case 2, 3:
            // UTF-16 with random units: lone high and low surrogates, reversed pairs, NUL.
            let littleEndian = Int.random(in: 0...1, using: &rng) == 0
            var units = Array(String(decoding: utf8, as: UTF8.self).utf16)
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                let unit: UInt16 = [
                    0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x0000, 0xFFFE, UInt16.random(in: 0...0xFFFF, using: &rng),
                ][Int.random(in: 0..<7, using: &rng)]
                units.insert(unit, at: Int.random(in: 0...units.count, using: &rng))
            }
            var result: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in units {
                result +=
                    littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
            if Int.random(in: 0...3, using: &rng) == 0 { result.removeLast() }  // an odd byte count
            return result
        case 4:
            // Double-byte look-alikes: lead bytes 0x81–0xFE with any trail, ASCII between.
            var result: [UInt8] = []
            for _ in 0..<Int.random(in: 1...200, using: &rng) {
                if Int.random(in: 0...3, using: &rng) == 0 {
                    result.append(UInt8.random(in: 0x20...0x7E, using: &rng))
                } else {
                    result.append(UInt8.random(in: 0x81...0xFE, using: &rng))
                    result.append(UInt8.random(in: 0x30...0xFE, using: &rng))
                }
            }
            return result
        case 5:
            // Valid UTF-8 with a few bytes flipped.
            var result = utf8
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !result.isEmpty {
                result[Int.random(in: 0..<result.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            return result
        case 6:
            return random(Int.random(in: 0...512, using: &rng))
        default:
            // Truncated in the middle of a multi-byte sequence.
            return Array(utf8.prefix(Int.random(in: 0...utf8.count, using: &rng)))
        }
    })

    /// HTML fragments: tags, attributes, comments, scripts, entities (numeric ones out of
    /// range, surrogates, NUL), unclosed constructs.
    static let htmlPieces: [String] = [
        "<html>", "<head>", "<title>关于孔雀计划</title>", "<meta charset=\"gbk\">",
        "<meta name=\"author\" content=\"深圳&amp;\">", "</head>",
        "<body>", "<p>", "</p>", "<br>", "<div class=\"content\">", "</div>", "<script>var a = '<p>';</script>",
        "<style>p{}</style>",
        "<!-- 注释 -->", "<!--", "-->", "<![CDATA[x]]>", "<!DOCTYPE html>", "<h1>", "</h1>",
        "<table><tr><td>一</td></tr></table>",
        "&#0;", "&#xD800;", "&#xDFFF;", "&#x110000;", "&#99999999999999999999;", "&#x;", "&#;", "&#-1;", "&#65;",
        "&#x4E00;", "&nbsp;",
        "&amp", "&unknown;", "&ldquo;", "&#12345678;", "<", ">", "<p class=", "<a href=\"javascript:alert(1)\">链接</a>",
        "</", "<>", "< p>",
        "<textarea>", "<pre>", "</pre>", "<li>", "<ul>", "\u{0}", "<img src=x onerror=alert(1)>",
    ]

    /// An HTML page mixing markup pieces with text pieces.
    static let html = Generator<String, Shrink.None<String>>(run: { rng in
        var result = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            result +=
                Int.random(in: 0...1, using: &rng) == 0
                ? htmlPieces[Int.random(in: 0..<htmlPieces.count, using: &rng)] : piece.run(using: &rng)
        }
        return result
    })

    /// Markdown lines: headings, front matter, lists, code fences, links, tables.
    static let markdownPieces: [String] = [
        "---\n", "title: 孔雀计划\n", "date: 2024-01-01\n", "# ", "## ", "###### ", "####### ", "- ", "* ", "1. ", "> ",
        "```\n", "~~~\n",
        "| a | b |\n", "|---|---|\n", "[链接](http://x)", "![图](x.png)", "**粗体**", "_斜体_", "`代码`", "<div>", "\n", "\n\n",
        "    缩进\n",
        "[^1]", "[^1]: 注释\n", "<!-- c -->", "\\", "===\n", "---",
    ]

    /// A Markdown document mixing syntax with text pieces.
    static let markdown = Generator<String, Shrink.None<String>>(run: { rng in
        var result = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) {
            result +=
                Int.random(in: 0...1, using: &rng) == 0
                ? markdownPieces[Int.random(in: 0..<markdownPieces.count, using: &rng)] : piece.run(using: &rng)
        }
        return result
    })
}
