/// The OpenAPI description of the JSON API, served at `/api/openapi.yaml`. The same text is
/// kept in the repository as `docs/openapi.yaml`; a test keeps the two identical.
enum OpenAPIDocument {
    static let yaml = """
        openapi: 3.0.3
        info:
          title: duizhao serve API
          version: "1"
          description: >-
            The JSON API of `duizhao serve`, the local web application. Answers are the JSON the
            command-line tool writes (sorted keys, pretty printed), with local paths cut to file
            names. Errors are `{"error": {"status": N, "message": "..."}}`. The server accepts only
            Host headers that are IP addresses or localhost, and refuses POSTs from other origins.
        servers:
          - url: http://127.0.0.1:8080
        paths:
          /api/annotate:
            post:
              summary: Annotate a document
              description: >-
                The body is the document's bytes (plain text, HTML or Markdown, in any encoding the
                CLI reads). The answer is one output format, as `duizhao annotate --stdout --format F`
                prints it; the default is the annotated document JSON (schema duizhao.annotated/1,
                docs/annotated-document.md).
              parameters:
                - {name: name, in: query, schema: {type: string}, description: "File name: names the document and implies its kind (.html, .md, .txt)."}
                - {name: kind, in: query, schema: {type: string, enum: [auto, text, markdown, html]}}
                - {name: encoding, in: query, schema: {type: string}, description: "An encoding name (gb18030, big5, utf-16...); detected when absent."}
                - {name: format, in: query, schema: {type: string, enum: [json, md, html, xliff, tmx, terms, brief], default: json}}
              requestBody:
                required: true
                content:
                  application/octet-stream:
                    schema: {type: string, format: binary}
                  text/plain:
                    schema: {type: string}
              responses:
                "200":
                  description: The document in the chosen format.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/AnnotatedDocument"}
                    text/plain:
                      schema: {type: string}
                "400": {$ref: "#/components/responses/Error"}
                "403": {$ref: "#/components/responses/Error"}
                "413": {$ref: "#/components/responses/Error"}
                "421": {$ref: "#/components/responses/Error"}
                "422": {$ref: "#/components/responses/Error"}
          /api/lookup:
            get:
              summary: Look a term up
              description: >-
                Simplified or Traditional characters, pinyin with or without tones, or English. The
                answer is the glossary's (`duizhao lookup --json`); when the glossary has nothing and
                CC-CEDICT is installed, the dictionary layer's answer (`layer: dictionary`).
              parameters:
                - {name: q, in: query, required: true, schema: {type: string, maxLength: 200}}
                - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100, default: 10}}
              responses:
                "200":
                  description: The answer.
                  content:
                    application/json:
                      schema:
                        oneOf:
                          - {$ref: "#/components/schemas/LookupAnswer"}
                          - {$ref: "#/components/schemas/DictionaryAnswer"}
                "400": {$ref: "#/components/responses/Error"}
                "421": {$ref: "#/components/responses/Error"}
          /api/glossary:
            get:
              summary: The glossary, filtered, with counts
              parameters:
                - {name: category, in: query, schema: {type: string}}
                - {name: status, in: query, schema: {type: string, enum: [official, established, proposed, deprecated]}}
                - {name: source, in: query, schema: {type: string}}
                - {name: q, in: query, schema: {type: string}, description: "Text the Chinese, a variant or the English contains."}
              responses:
                "200":
                  description: The entries that pass the filter and the counts over the whole glossary.
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [total, counts, entries]
                        properties:
                          total: {type: integer}
                          counts:
                            type: object
                            description: "category, status and source, each a map from value to count."
                            additionalProperties:
                              type: object
                              additionalProperties: {type: integer}
                          entries:
                            type: array
                            items: {$ref: "#/components/schemas/GlossaryEntry"}
                "421": {$ref: "#/components/responses/Error"}
          /api/check:
            post:
              summary: Check a translation against the glossary
              description: >-
                JSON `{"source": "...", "translation": "..."}` (Chinese text and English translation),
                or a bilingual file's bytes with `format` (tmx, xliff or tsv). The answer is the check
                report (`duizhao check --json`, schema duizhao.check/1).
              parameters:
                - {name: format, in: query, schema: {type: string, enum: [tmx, xliff, tsv]}, description: "For a bilingual file."}
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [source, translation]
                      properties:
                        source: {type: string}
                        translation: {type: string}
                  application/octet-stream:
                    schema: {type: string, format: binary}
              responses:
                "200":
                  description: The check report.
                  content:
                    application/json:
                      schema: {$ref: "#/components/schemas/CheckReport"}
                "400": {$ref: "#/components/responses/Error"}
                "403": {$ref: "#/components/responses/Error"}
                "413": {$ref: "#/components/responses/Error"}
                "421": {$ref: "#/components/responses/Error"}
                "422": {$ref: "#/components/responses/Error"}
          /api/openapi.yaml:
            get:
              summary: This description
              responses:
                "200":
                  description: OpenAPI 3.0 YAML.
                  content:
                    application/yaml:
                      schema: {type: string}
        components:
          responses:
            Error:
              description: What was wrong with the request.
              content:
                application/json:
                  schema:
                    type: object
                    required: [error]
                    properties:
                      error:
                        type: object
                        required: [status, message]
                        properties:
                          status: {type: integer}
                          message: {type: string}
          schemas:
            GlossaryEntry:
              type: object
              required: [id, zh, en, category, status, source]
              properties:
                id: {type: string}
                zh: {type: string}
                en: {type: string}
                alternatives:
                  type: array
                  items:
                    type: object
                    properties:
                      text: {type: string}
                      status: {type: string}
                variants: {type: array, items: {type: string}}
                fullForm: {type: string}
                category: {type: string}
                status: {type: string, enum: [official, established, proposed, deprecated]}
                source: {type: string}
                note: {type: string}
                match: {type: string}
                origin:
                  type: object
                  description: The glossary file's name (no folder) and line.
                  properties:
                    file: {type: string}
                    line: {type: integer}
            LookupAnswer:
              type: object
              required: [query, results, suggestions]
              properties:
                query: {type: string}
                results:
                  type: array
                  items:
                    type: object
                    required: [entry, reason, matched]
                    properties:
                      entry: {$ref: "#/components/schemas/GlossaryEntry"}
                      reason: {type: string}
                      matched: {type: string}
                      traditional: {type: string}
                      pinyin: {type: string}
                      fullFormEnglish: {type: string}
                      fullFormID: {type: string}
                suggestions:
                  type: array
                  items:
                    type: object
                    properties:
                      id: {type: string}
                      zh: {type: string}
                      en: {type: string}
                      matched: {type: string}
                      distance: {type: integer}
            DictionaryAnswer:
              type: object
              required: [query, word, layer, source, entries]
              properties:
                query: {type: string}
                word: {type: string}
                layer: {type: string, enum: [dictionary]}
                source: {type: string}
                entries:
                  type: array
                  items:
                    type: object
                    properties:
                      traditional: {type: string}
                      simplified: {type: string}
                      pinyinNumbered: {type: string}
                      senses: {type: array, items: {type: string}}
                      line: {type: integer}
            AnnotatedDocument:
              type: object
              description: The annotated document, schema duizhao.annotated/1 (docs/annotated-document.schema.json).
              required: [schema, source, sentences, terms]
              properties:
                schema: {type: string}
                source: {type: object}
                sentences: {type: array, items: {type: object}}
                terms: {type: array, items: {type: object}}
            CheckReport:
              type: object
              description: The check report, schema duizhao.check/1 (docs/check.md).
              required: [schema, source, alignment, pairs, findings]
              properties:
                schema: {type: string}
                source: {type: string}
                translation: {type: string}
                alignment: {type: object}
                pairs: {type: array, items: {type: object}}
                findings: {type: array, items: {type: object}}

        """
}
