import Values

/// Where the header and the values of a published table are: rows to skip (a title), header rows to join into
/// column names, and a cell range of a sheet.
struct TableLayout {
    var sheet: String?
    var range: CellRange?
    var skipRows = 0
    var headerRows = 1
    var delimiter: Character?
    var encoding: String?
    var decimalSeparator: Character?

    /// The sheet or file row of the first header row (1-based).
    var firstHeaderRow: Int { (range?.rows.lowerBound ?? 1) + skipRows }

    /// Cuts records into a header and rows: records before the header are skipped, header rows are joined into
    /// one name per column (a cell left empty under a merged cell takes the name to its left), and empty columns
    /// are named by their letter (`C`).
    func table(from records: [CSVParser.Record], file: String, decimalSeparator: Character) throws -> Table {
        let columns = range?.columns
        let inside = records.filter { record in
            record.line >= firstHeaderRow && range.map { $0.rows.contains(record.line) } != false
        }.map { record in
            CSVParser.Record(
                line: record.line, fields: columns.map { Self.cut(record.fields, to: $0) } ?? record.fields)
        }
        let headerRecords = Array(inside.prefix(headerRows))
        guard headerRecords.count == headerRows else {
            throw DataError.missingColumn(file: file, column: "(header)", available: [])
        }
        let header = Self.joinedHeader(headerRecords.map(\.fields), firstColumn: columns?.lowerBound ?? 0)
        var rows: [Table.Row] = []
        for record in inside.dropFirst(headerRows) {
            if record.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard record.fields.count == header.count else {
                throw DataError.wrongFieldCount(
                    file: file, line: record.line, expected: header.count, found: record.fields.count)
            }
            rows.append(
                Table.Row(
                    line: record.line,
                    fields: Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })))
        }
        return Table(file: file, header: header, rows: rows, decimalSeparator: decimalSeparator)
    }

    private static func cut(_ fields: [String], to columns: ClosedRange<Int>) -> [String] {
        columns.map { fields.indices.contains($0) ? fields[$0] : "" }
    }

    static func joinedHeader(_ rows: [[String]], firstColumn: Int) -> [String] {
        let width = rows.map(\.count).max() ?? 0
        var filled = rows.map { row in
            (0..<width).map { row.indices.contains($0) ? Self.clean(row[$0]) : "" }
        }
        // Upper header rows: a merged cell's text stands in its first cell only.
        for index in filled.indices.dropLast() {
            var last = ""
            for column in 0..<width {
                if filled[index][column].isEmpty { filled[index][column] = last } else { last = filled[index][column] }
            }
        }
        return (0..<width).map { column in
            let parts = filled.map { $0[column] }.filter { !$0.isEmpty }
            var seen: [String] = []
            for part in parts where seen.last != part { seen.append(part) }
            return seen.isEmpty ? CellRange.letters(of: firstColumn + column) : seen.joined(separator: " ")
        }
    }

    private static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// A rectangle of cells written as in a spreadsheet, `A3:H40` (or `A3:H` to the last row).
struct CellRange: Equatable {
    /// 0-based column indices.
    var columns: ClosedRange<Int>
    /// 1-based row numbers.
    var rows: ClosedRange<Int>

    init?(_ text: String) {
        let corners = text.uppercased().split(separator: ":").map(String.init)
        guard corners.count == 2, let start = Self.cell(corners[0]), let end = Self.cell(corners[1]),
            let startRow = start.row, start.column <= end.column, (end.row ?? Int.max) >= startRow
        else { return nil }
        columns = start.column...end.column
        rows = startRow...(end.row ?? Int.max)
    }

    private static func cell(_ text: String) -> (column: Int, row: Int?)? {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        let column = letters.reduce(0) { $0 * 26 + Int(($1.asciiValue ?? 65) - 64) } - 1
        return (column, digits.isEmpty ? nil : Int(digits))
    }

    /// `A` for 0, `Z` for 25, `AA` for 26.
    static func letters(of column: Int) -> String {
        var number = column + 1
        var text = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            text = String(UnicodeScalar(UInt8(65 + remainder))) + text
            number = (number - 1) / 26
        }
        return text
    }
}
