import Foundation

/// Turns a cell into a value, a status and the meaning of its sign, using the markers a manifest declares
/// (`markers:`, and the shorter lists `missing:`, `secret:` and `invalid:`).
struct CellReader {
    struct Cell: Equatable {
        var value: Double?
        var status: ValueStatus
        /// The sign's meaning, e.g. "… = Angabe fällt später an", kept with the value for tables to explain.
        var note: String?
    }

    var markers: [String: TableMarker.Meaning]
    var decimalSeparator: Character

    init(source: TableSource, decimalSeparator: Character) {
        var markers: [String: TableMarker.Meaning] = [:]
        for (signs, meaning) in [(source.missing, .missing), (source.secret, .secret), (source.invalid, .invalid)]
            as [([String]?, TableMarker.Meaning)]
        {
            for sign in signs ?? [] { markers[sign] = meaning }
        }
        for (sign, meaning) in source.markers ?? [:] { markers[sign] = meaning }
        self.markers = markers
        self.decimalSeparator = decimalSeparator
    }

    /// An empty cell is missing. Throws `notANumber` for text that is neither a number nor a declared marker.
    func read(_ cell: String?, file: String, line: Int, column: String) throws -> Cell {
        let text = (cell ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { return Cell(value: nil, status: .missing) }
        if let meaning = markers[text] { return Self.cell(meaning, sign: text) }
        guard let number = NumberParser.parse(text, decimalSeparator: decimalSeparator) else {
            throw DataError.notANumber(file: file, line: line, column: column, text: text)
        }
        let numeric = markers.first { NumberParser.parse($0.key, decimalSeparator: decimalSeparator) == number }
        if let numeric { return Self.cell(numeric.value, sign: numeric.key) }
        return Cell(value: number, status: .valid)
    }

    private static func cell(_ meaning: TableMarker.Meaning, sign: String) -> Cell {
        Cell(value: meaning == .zero ? 0 : nil, status: meaning.status, note: meaning.note(sign: sign))
    }
}
