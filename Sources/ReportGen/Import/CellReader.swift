import Foundation

/// Turns a cell into a value and status, using the markers a manifest declares for missing, secret and invalid
/// values.
struct CellReader {
    var missing: Set<String>
    var secret: Set<String>
    var invalid: Set<String>
    var decimalSeparator: Character

    init(source: TableSource, decimalSeparator: Character) {
        missing = Set(source.missing ?? [])
        secret = Set(source.secret ?? [])
        invalid = Set(source.invalid ?? [])
        self.decimalSeparator = decimalSeparator
    }

    /// `(value, status)`; an empty cell is missing. Throws `notANumber` for text that is neither a number nor a
    /// declared marker.
    func read(_ cell: String?, file: String, line: Int, column: String) throws -> (Double?, ValueStatus) {
        let text = (cell ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty || missing.contains(text) { return (nil, .missing) }
        if secret.contains(text) { return (nil, .suppressed) }
        if invalid.contains(text) { return (nil, .invalid) }
        guard let number = NumberParser.parse(text, decimalSeparator: decimalSeparator) else {
            throw DataError.notANumber(file: file, line: line, column: column, text: text)
        }
        if invalid.contains(where: { NumberParser.parse($0, decimalSeparator: decimalSeparator) == number }) {
            return (nil, .invalid)
        }
        return (number, .valid)
    }
}
