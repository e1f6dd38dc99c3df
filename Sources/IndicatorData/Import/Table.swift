import Foundation
import GDALBridge

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

    /// Throws `missingColumn` unless the header has `column`, and a conflict when several columns have its name.
    func require(_ column: String) throws {
        let positions = header.indices.filter { header[$0] == column }
        guard !positions.isEmpty else {
            throw DataError.missingColumn(file: file, column: column, available: header)
        }
        guard positions.count == 1 else {
            throw DataError.conflict(
                at: file,
                problem: "the columns " + positions.map { CellRange.letters(of: $0) }.joined(separator: " and ")
                    + " are both named '\(column)'",
                fix: "join a header of several rows with `header-rows:`, or cut the table with `range:`")
        }
    }

    /// Reads a CSV/TSV/TXT file, or an XLSX/ODS sheet through GDAL, and cuts it as `layout` says.
    static func read(path: String, layout: TableLayout) throws -> Table {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx", "ods":
            let grid = try readSheet(path: path, sheet: layout.sheet)
            return try layout.table(from: grid, file: path, decimalSeparator: ".")
        default:
            guard let data = FileManager.default.contents(atPath: path) else {
                throw DataError.fileNotFound(file: path, referencedFrom: "the manifest")
            }
            let text = try TextEncoding(manifestValue: layout.encoding, file: path).decode(data, file: path)
            return try readDelimited(text: text, path: path, layout: layout)
        }
    }

    /// A table of delimited text with one header row (used by tests).
    static func readDelimited(
        text: String, path: String, delimiter: Character?, decimalSeparator: Character
    ) throws -> Table {
        try readDelimited(
            text: text, path: path, layout: TableLayout(delimiter: delimiter, decimalSeparator: decimalSeparator))
    }

    /// Delimited text cut as `layout` says; the delimiter is detected from the header line unless declared.
    static func readDelimited(text: String, path: String, layout: TableLayout) throws -> Table {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let headerLine = lines.dropFirst(layout.firstHeaderRow - 1).first ?? ""
        let declared = layout.delimiter
        if let declared, !headerLine.contains(declared), CSVParser.detectDelimiter(in: headerLine) != nil {
            throw DataError.wrongDelimiter(file: path, declared: String(declared), header: String(headerLine))
        }
        guard let delimiter = declared ?? CSVParser.detectDelimiter(in: headerLine) else {
            throw DataError.noDelimiter(file: path, header: String(headerLine))
        }
        let records = try CSVParser.records(in: text, delimiter: delimiter, file: path)
        return try layout.table(from: records, file: path, decimalSeparator: layout.decimalSeparator ?? ",")
    }

    /// GDAL's XLSX driver reads each sheet as a layer; every row (the header too) comes as text cells, numbers with
    /// a decimal point. Rows keep their sheet row numbers. (GDAL before 3.8 reads these settings as configuration
    /// options only, set for this thread while the sheet is read.)
    static func readSheet(path: String, sheet: String?) throws -> [CSVParser.Record] {
        let settings = ["HEADERS": "DISABLE", "FIELD_TYPES": "STRING"]
        let drivers = ["XLSX", "ODS"]
        let names = drivers.flatMap { driver in settings.map { ("OGR_\(driver)_\($0.key)", $0.value) } }
        return try GDALEnvironment.withThreadOptions(names) {
            let dataset = try VectorDataset(path: path, options: settings.map { "\($0.key)=\($0.value)" })
            let layer = try dataset.layer(sheet)
            let columns = layer.fieldNames
            return try layer.features().map { feature in
                CSVParser.Record(line: feature.index, fields: columns.map { feature.fields[$0] ?? "" })
            }
        }
    }
}
