import Foundation

/// A JSON value, decoded strictly (a number is never a boolean).
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }
}

/// Validates JSON against the subset of JSON Schema (2020-12) that duizhao's schemas use:
/// `type`, `required`, `properties`, `additionalProperties`, `items`, `enum`, `const`,
/// `minimum`, `maximum`, `minItems`, `pattern` and local `$ref`s into `$defs`. Any other keyword is reported, so a
/// schema cannot silently rely on something this validator ignores.
struct JSONSchemaValidator {
    let root: JSONValue
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
    static let keywords: Set<String> = [
        "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum",
        "minItems", "pattern", "$ref",
    ]

    init(schema: JSONValue) { root = schema }

    /// The problems of `value`, each with its JSON Pointer; empty when valid.
    func validate(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "", errors: &errors)
        return errors
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = root
        for part in reference.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    private func typeMatches(_ value: JSONValue, _ type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            return true
        case ("integer", .number(let number)): return number.rounded() == number
        default: return false
        }
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): not allowed") }
            return
        }
        guard case .object(let keywords) = schema else {
            errors.append("\(path): schema is not an object")
            return
        }
        for key in keywords.keys.sorted() where !Self.keywords.contains(key) && !Self.annotations.contains(key) {
            errors.append("\(path): unsupported schema keyword \(key)")
        }
        if case .string(let reference)? = keywords["$ref"] {
            guard let target = resolve(reference) else {
                errors.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(value, against: target, at: path, errors: &errors)
        }
        if let type = keywords["type"] {
            let types: [String]
            switch type {
            case .string(let single): types = [single]
            case .array(let list):
                types = list.compactMap { if case .string(let name) = $0 { return name } else { return nil } }
            default: types = []
            }
            if !types.contains(where: { typeMatches(value, $0) }) {
                errors.append("\(path): expected \(types.joined(separator: " or ")), found \(value)")
                return
            }
        }
        if let constant = keywords["const"], constant != value {
            errors.append("\(path): expected \(constant), found \(value)")
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(value) {
            errors.append("\(path): \(value) is not one of \(allowed)")
        }
        if case .number(let minimum)? = keywords["minimum"], case .number(let number) = value, number < minimum {
            errors.append("\(path): \(number) is below \(minimum)")
        }
        if case .number(let maximum)? = keywords["maximum"], case .number(let number) = value, number > maximum {
            errors.append("\(path): \(number) is above \(maximum)")
        }
        if case .number(let minItems)? = keywords["minItems"], case .array(let items) = value,
            Double(items.count) < minItems
        {
            errors.append("\(path): \(items.count) items, fewer than \(Int(minItems))")
        }
        if case .string(let pattern)? = keywords["pattern"], case .string(let text) = value {
            let regex = try? NSRegularExpression(pattern: pattern)
            if regex?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
                errors.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .object(let members) = value {
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil {
                    errors.append("\(path): missing required property \(name)")
                }
            }
            var properties: [String: JSONValue] = [:]
            if case .object(let declared)? = keywords["properties"] { properties = declared }
            for (name, member) in members.sorted(by: { $0.key < $1.key }) {
                if let subschema = properties[name] {
                    check(member, against: subschema, at: path + "/" + name, errors: &errors)
                } else if let additional = keywords["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(path): property \(name) is not in the schema")
                    } else {
                        check(member, against: additional, at: path + "/" + name, errors: &errors)
                    }
                }
            }
        }
        if case .array(let elements) = value, let items = keywords["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: items, at: "\(path)/\(index)", errors: &errors)
            }
        }
    }
}
