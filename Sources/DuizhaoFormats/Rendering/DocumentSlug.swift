import DuizhaoText

/// The folder and file name stem for a document's outputs: ASCII letters, digits and
/// hyphens only, from the input's file name (Han characters in pinyin), so that no input
/// name can reach outside the output folder.
public enum DocumentSlug {
    /// The longest slug, in characters.
    public static let maxLength = 64

    /// The slug for `path` (`samples/深圳人才政策.txt` → `shen-zhen-ren-cai-zheng-ce`,
    /// `-` → `stdin`); `document` when nothing usable remains.
    public static func make(path: String, transcriber: PinyinTranscriber? = nil) -> String {
        if path == "-" { return "stdin" }
        var name = String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        var romanized = ""
        var hanRun = ""
        func flushHan() {
            guard !hanRun.isEmpty else { return }
            if let pinyin = transcriber?.pinyin(hanRun) {
                romanized += "-" + PinyinTranscriber.stripTones(pinyin) + "-"
            } else {
                romanized += "-"
            }
            hanRun = ""
        }
        for scalar in name.unicodeScalars {
            if scalar.isHan {
                hanRun.unicodeScalars.append(scalar)
            } else {
                flushHan()
                romanized.unicodeScalars.append(scalar)
            }
        }
        flushHan()
        var slug = ""
        for scalar in romanized.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if scalar == "ü" {
                slug += "u"
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            if let hyphen = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: hyphen) > maxLength / 2 {
                slug = String(slug[..<hyphen])
            }
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "document" : slug
    }

    /// Slugs for several inputs, in order; a slug met again gets `-2`, `-3`….
    public static func unique(_ paths: [String], transcriber: PinyinTranscriber? = nil) -> [String] {
        var used = Set<String>()
        return paths.map { path in
            let base = make(path: path, transcriber: transcriber)
            var slug = base
            var number = 2
            while used.contains(slug) {
                slug = "\(base)-\(number)"
                number += 1
            }
            used.insert(slug)
            return slug
        }
    }
}
