import Foundation

/// A table read from CSV or an XLSX sheet: a header and rows of text cells, each row with its line for messages.
struct Table {
    struct Row {
        var line: Int
        var fields: [String: String]
    }

    var file: String
    var header: [String]
    var rows: [Row]
    /// `,` for German tables; `.` for XLSX cells and tables that say so.
    var decimalSeparator: Character

    /// Throws `missingColumn` unless the header has `column`.
    func require(_ column: String) throws {
        guard header.contains(column) else {
            throw DataError.missingColumn(file: file, column: column, available: header)
        }
    }

    /// Reads a CSV/TSV/TXT file, or an XLSX/ODS sheet through GDAL.
    static func read(
        path: String, sheet: String?, delimiter: String?, encoding: String?, decimalSeparator: String?
    ) throws -> Table {
        let separator: Character = decimalSeparator?.first ?? ","
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx", "ods":
            return try readSheet(path: path, sheet: sheet)
        default:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DataError.fileNotFound(file: path, referencedFrom: "the manifest")
            }
            let text = try TextEncoding(manifestValue: encoding, file: path).decode(data, file: path)
            return try readDelimited(text: text, path: path, delimiter: delimiter?.first, decimalSeparator: separator)
        }
    }

    static func readDelimited(
        text: String, path: String, delimiter: Character?, decimalSeparator: Character
    ) throws
        -> Table
    {
        let firstLine = text.prefix { !$0.isNewline }
        if let declared = delimiter, !firstLine.contains(declared), CSVParser.detectDelimiter(in: firstLine) != nil {
            throw DataError.wrongDelimiter(file: path, declared: String(declared), header: String(firstLine))
        }
        guard let delimiter = delimiter ?? CSVParser.detectDelimiter(in: firstLine) else {
            throw DataError.noDelimiter(file: path, header: String(firstLine))
        }
        var records = try CSVParser.records(in: text, delimiter: delimiter, file: path)
        guard !records.isEmpty else { throw DataError.missingColumn(file: path, column: "(header)", available: []) }
        let header = records.removeFirst().fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = try records.map { record in
            guard record.fields.count == header.count else {
                throw DataError.wrongFieldCount(
                    file: path, line: record.line, expected: header.count, found: record.fields.count)
            }
            return Row(
                line: record.line, fields: Dictionary(zip(header, record.fields), uniquingKeysWith: { a, _ in a }))
        }
        return Table(file: path, header: header, rows: rows, decimalSeparator: decimalSeparator)
    }

    /// GDAL's XLSX driver reads each sheet as a layer; cells come as text, numbers with a decimal point.
    private static func readSheet(path: String, sheet: String?) throws -> Table {
        let dataset = try VectorDataset(path: path, options: ["HEADERS=FORCE", "FIELD_TYPES=STRING"])
        let layer = try dataset.layer(sheet)
        let rows = try layer.features().map { Row(line: $0.index + 1, fields: $0.fields) }
        return Table(file: path, header: layer.fieldNames, rows: rows, decimalSeparator: ".")
    }
}
