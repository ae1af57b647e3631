/// A shell-style file-name pattern for `--include` and `--exclude`:
/// - `*` matches any characters except `/`;
/// - `**` matches any characters including `/`; `**/` matches zero or more folders;
/// - `?` matches one character except `/`;
/// - `[abc]`, `[a-z]` match one listed character, `[!abc]` or `[^abc]` one unlisted character;
/// - `\` makes the next character literal.
///
/// A pattern without `/` is matched against the file name alone (`*.html`); a pattern with
/// `/` against the path relative to the input folder (`drafts/**`, `**/index.html`).
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    /// A pattern that cannot be compiled.
    public enum PatternError: Error, Equatable, CustomStringConvertible {
        /// A `[` has no closing `]`.
        case unterminatedClass(pattern: String)
        /// The pattern ends with a lone `\`.
        case danglingEscape(pattern: String)
        /// The pattern is empty.
        case empty

        public var description: String {
            switch self {
            case .unterminatedClass(let pattern): return "glob '\(pattern)': '[' without a closing ']'"
            case .danglingEscape(let pattern): return "glob '\(pattern)': ends with a lone '\\'"
            case .empty: return "empty glob pattern"
            }
        }
    }

    enum Element: Equatable, Sendable {
        case literal(Character)
        case one
        case star
        case globstar
        case globstarFolders
        case set(ranges: [ClosedRange<Character>], negated: Bool)
    }

    /// The pattern as written.
    public let pattern: String
    /// True when the pattern is matched against the file name only.
    public let matchesNameOnly: Bool
    let elements: [Element]

    /// Compiles `pattern`.
    public init(_ pattern: String) throws {
        guard !pattern.isEmpty else { throw PatternError.empty }
        self.pattern = pattern
        var body = Substring(pattern)
        if body.hasPrefix("./") { body = body.dropFirst(2) }
        matchesNameOnly = !body.contains("/")
        let characters = Array(body)
        var elements: [Element] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                guard index + 1 < characters.count else { throw PatternError.danglingEscape(pattern: pattern) }
                elements.append(.literal(characters[index + 1]))
                index += 2
            case "?":
                elements.append(.one)
                index += 1
            case "*":
                if index + 1 < characters.count, characters[index + 1] == "*" {
                    if index + 2 < characters.count, characters[index + 2] == "/" {
                        elements.append(.globstarFolders)
                        index += 3
                    } else {
                        elements.append(.globstar)
                        index += 2
                    }
                    while index < characters.count, characters[index] == "*" { index += 1 }
                } else {
                    elements.append(.star)
                    index += 1
                }
            case "[":
                var cursor = index + 1
                var negated = false
                if cursor < characters.count, characters[cursor] == "!" || characters[cursor] == "^" {
                    negated = true
                    cursor += 1
                }
                var ranges: [ClosedRange<Character>] = []
                var first = true
                while cursor < characters.count, characters[cursor] != "]" || first {
                    var low = characters[cursor]
                    if low == "\\", cursor + 1 < characters.count { cursor += 1; low = characters[cursor] }
                    if cursor + 2 < characters.count, characters[cursor + 1] == "-", characters[cursor + 2] != "]" {
                        let high = characters[cursor + 2]
                        ranges.append(low <= high ? low...high : high...low)
                        cursor += 3
                    } else {
                        ranges.append(low...low)
                        cursor += 1
                    }
                    first = false
                }
                guard cursor < characters.count else { throw PatternError.unterminatedClass(pattern: pattern) }
                elements.append(.set(ranges: ranges, negated: negated))
                index = cursor + 1
            default:
                elements.append(.literal(character))
                index += 1
            }
        }
        self.elements = elements
    }

    public var description: String { pattern }

    /// True when `path` (relative, `/`-separated) matches; a name-only pattern looks at the
    /// last component.
    public func matches(_ path: String) -> Bool {
        let subject = matchesNameOnly ? String(path.split(separator: "/").last ?? "") : path
        let text = Array(subject)
        var memo = [Int8](repeating: -1, count: (elements.count + 1) * (text.count + 1))
        return match(0, 0, text, &memo)
    }

    private func match(_ element: Int, _ position: Int, _ text: [Character], _ memo: inout [Int8]) -> Bool {
        let key = element * (text.count + 1) + position
        if memo[key] >= 0 { return memo[key] == 1 }
        let result: Bool
        if element == elements.count {
            result = position == text.count
        } else {
            switch elements[element] {
            case .literal(let character):
                result =
                    position < text.count && text[position] == character
                    && match(element + 1, position + 1, text, &memo)
            case .one:
                result = position < text.count && text[position] != "/" && match(element + 1, position + 1, text, &memo)
            case .set(let ranges, let negated):
                if position < text.count, text[position] != "/" {
                    let inSet = ranges.contains { $0.contains(text[position]) }
                    result = inSet != negated && match(element + 1, position + 1, text, &memo)
                } else {
                    result = false
                }
            case .star:
                var end = position
                var found = match(element + 1, end, text, &memo)
                while !found, end < text.count, text[end] != "/" {
                    end += 1
                    found = match(element + 1, end, text, &memo)
                }
                result = found
            case .globstar:
                var end = position
                var found = match(element + 1, end, text, &memo)
                while !found, end < text.count {
                    end += 1
                    found = match(element + 1, end, text, &memo)
                }
                result = found
            case .globstarFolders:
                // Zero folders, or any run of characters that ends with "/".
                var found = match(element + 1, position, text, &memo)
                var end = position
                while !found, end < text.count {
                    if text[end] == "/" { found = match(element + 1, end + 1, text, &memo) }
                    end += 1
                }
                result = found
            }
        }
        memo[key] = result ? 1 : 0
        return result
    }
}
