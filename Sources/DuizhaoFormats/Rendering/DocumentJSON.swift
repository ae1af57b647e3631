import DuizhaoCore
import DuizhaoText

/// Fast JSON for the document model: keys in sorted order, as `JSONOutput` writes them, so
/// the bytes equal JSONEncoder's sorted-key output in content (a test decodes and compares).

extension TextSpan: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("end", end)
        writer.field("start", start)
        writer.endObject()
    }
}

extension Token: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("entryID", entryID)
        writer.field("kind", kind.rawValue)
        writer.field("span", span)
        writer.field("text", text)
        writer.endObject()
    }
}

extension Sentence: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("index", index)
        writer.field("paragraph", paragraph)
        writer.field("span", span)
        writer.field("text", text)
        writer.field("tokens", tokens)
        writer.endObject()
    }
}

extension Enumeration: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("marker", marker)
        writer.field("ordinal", ordinal)
        writer.field("span", span)
        writer.endObject()
    }
}

extension Paragraph: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("duplicateOf", duplicateOf)
        writer.field("enumerations", enumerations)
        writer.field("index", index)
        writer.field("line", line)
        writer.field("role", role.rawValue)
        writer.field("section", section)
        writer.field("span", span)
        writer.endObject()
    }
}

extension Section: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("heading", heading)
        writer.field("headingSpan", headingSpan)
        writer.field("id", id)
        writer.field("level", level)
        writer.field("numbering", numbering)
        writer.field("ordinal", ordinal)
        writer.field("parent", parent)
        writer.field("role", role?.rawValue)
        writer.field("span", span)
        writer.field("tier", tier.rawValue)
        writer.endObject()
    }
}

extension RemovedText: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", kind.rawValue)
        writer.field("line", line)
        writer.field("text", text)
        writer.endObject()
    }
}

extension Metadata: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        // Keys in sorted order, `lines` among them.
        for name in Self.sortedKeys {
            if name == "lines" {
                writer.key("lines")
                writer.beginObject()
                for field in Self.sortedFields where lines[field] != nil { writer.field(field.rawValue, lines[field]) }
                writer.endObject()
            } else if let field = Field(rawValue: name) {
                writer.field(name, self[field])
            }
        }
        writer.endObject()
    }
}

extension Metadata {
    static let sortedFields = Field.allCases.sorted { $0.rawValue < $1.rawValue }
    static let sortedKeys = (Field.allCases.map(\.rawValue) + ["lines"]).sorted()
}

extension DocumentDefinition: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("definition", definition)
        writer.field("kind", kind.rawValue)
        writer.field("line", line)
        writer.field("term", term)
        writer.endObject()
    }
}

extension SourceInfo: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("bytes", bytes)
        writer.field("encoding", encoding)
        writer.field("kind", kind.rawValue)
        writer.field("language", language)
        writer.field("path", path)
        writer.field("sha256", sha256)
        writer.endObject()
    }
}

extension Document: JSONWritable {
    package func write(to writer: inout JSONWriter) {
        write(to: &writer, terms: nil)
    }

    /// Writes the document, with the glossary terms found in it (`terms`) when given.
    func write(to writer: inout JSONWriter, terms: [TermMatch]?) {
        write(to: &writer) { writer in
            writer.array(sentences)
            return terms
        }
    }

    /// Writes the document with its `sentences` value written by `writeSentences`, which
    /// returns the glossary terms to write (nil for none): for sentences that are made as
    /// they are written.
    package func write(
        to writer: inout JSONWriter, sentences writeSentences: (inout JSONWriter) throws -> [TermMatch]?
    ) rethrows {
        writer.beginObject()
        writer.field("definitions", definitions)
        writer.field("metadata", metadata)
        writer.field("offsetUnit", offsetUnit)
        writer.field("paragraphs", paragraphs)
        writer.field("removed", removed)
        writer.field("sections", sections)
        writer.key("sentences")
        let terms = try writeSentences(&writer)
        writer.field("source", source)
        writer.field("terms", terms)
        writer.field("text", text)
        writer.endObject()
    }
}
