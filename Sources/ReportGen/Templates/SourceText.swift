import Foundation
import IndicatorData

/// The raw text of a template file, to turn positions inside YAML scalars into file lines and columns.
struct SourceText: Sendable {
    let file: String
    private let lines: [Substring]

    init(file: String, text: String) {
        self.file = file
        // YAML counts CR, LF and CRLF as line breaks; so must the locations.
        lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The location of the first occurrence of `snippet` at or after `start` (1-based line and column);
    /// `start` itself when the snippet is not found (e.g. a folded scalar split it across lines).
    func locate(_ snippet: String, after start: SourceLocation) -> SourceLocation {
        guard !snippet.isEmpty, start.line >= 1, start.line <= lines.count else { return start }
        // Compared character by character: Foundation's `range(of:)` can return an index inside a character
        // (found by fuzzing with stray CR bytes), which then traps when counted.
        let needle = Array(snippet)
        for lineIndex in (start.line - 1)..<lines.count {
            let characters = Array(lines[lineIndex])
            let from = lineIndex == start.line - 1 ? max(0, start.column - 1) : 0
            guard from + needle.count <= characters.count else { continue }
            for offset in from...(characters.count - needle.count)
            where characters[offset..<(offset + needle.count)].elementsEqual(needle) {
                return SourceLocation(file: file, line: lineIndex + 1, column: offset + 1)
            }
        }
        return start
    }

    /// The path of a file a template names (`include:`, `image:`, `logo:`): relative to the folder of `file`, or
    /// `name` itself when it is absolute.
    static func path(of name: String, relativeTo file: String) -> String {
        name.hasPrefix("/")
            ? name : URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// Throws at the first control character (other than tab and line breaks), NUL included, or private-use
    /// character: they print as nothing or as boxes, and a NUL cuts the text short.
    func refuseControlCharacters() throws(TemplateError) {
        for (index, line) in lines.enumerated() {
            for (column, scalar) in line.unicodeScalars.enumerated() where Self.isRefused(scalar) {
                throw .syntax(
                    SourceLocation(file: file, line: index + 1, column: column + 1),
                    "the text holds the invisible character \(scalar.codePoint)",
                    fix: "Delete it (it may come from copying text out of another program).")
            }
        }
    }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control: scalar != "\t"
        case .privateUse: true
        default: false
        }
    }
}
