import Foundation

/// How exchange files (TMX, XLIFF) name other files: by file name, never by a local path,
/// which says nothing on another machine and tells the recipient about the sender's disk.
package enum ExchangeFileName {
    /// The file name of a path (`/home/a/reviewed.tmx` → `reviewed.tmx`); text without a
    /// slash (a TSV's free-text origin, a model name) is returned as it is.
    package static func name(_ pathOrLabel: String) -> String {
        guard pathOrLabel.contains("/") || pathOrLabel.contains("\\") else { return pathOrLabel }
        let name = pathOrLabel.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return name.isEmpty ? pathOrLabel : name
    }
}
