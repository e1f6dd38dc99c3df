import Foundation
import Values

/// What `reportgen init` learns from a published table: where its header is, which column holds area keys and how
/// they are written, the level of each row, the reference date of each value column, and the signs it uses.
struct TableInspection {
    /// One value column: the indicator it holds and its reference date.
    struct ValueColumn {
        var header: String
        var indicatorName: String
        var period: Period?
        /// Whether every number is whole (a count, which adds up to its parents).
        var isCount = true
    }

    var url: URL
    var sheet: String?
    var encoding: String?
    var delimiter: Character?
    var decimalSeparator: Character = ","
    var skipRows = 0
    var headerRows = 1
    var keyColumn = ""
    var keyPad: Int?
    var keysAreDigits = true
    var nameColumn: String?
    var periodColumn: String?
    /// The periods of the period column's rows.
    var rowPeriods: [Period] = []
    var valueColumns: [ValueColumn] = []
    var markers: [String: TableMarker.Meaning] = [:]
    /// Area keys (normalised) of each row, with its name.
    var rows: [(key: String, name: String)] = []
    var source: String?
    var guesses: [String] = []

    var fileName: String { url.lastPathComponent }
    var isSheet: Bool { ["xlsx", "ods"].contains(url.pathExtension.lowercased()) }

    init(url: URL, areaKeys: Set<String>, keyLengths: Set<Int>) throws {
        self.url = url
        let records = try readRecords()
        source = records.lazy.flatMap(\.fields).first { $0.hasPrefix("Quelle:") }.map {
            String($0.dropFirst(7).prefix { $0 != "." }).trimmingCharacters(in: .whitespaces)
        }
        let normalise = { (text: String) in Self.normalisedKey(text, lengths: keyLengths) }
        let width = records.map(\.fields.count).max() ?? 0
        let matches = (0..<width).map { column in
            records.filter { $0.fields.indices.contains(column) && areaKeys.contains(normalise($0.fields[column]).key) }
                .count
        }
        guard let best = matches.indices.max(by: { matches[$0] < matches[$1] }), matches[best] >= 2,
            let firstMatch = records.firstIndex(where: { record in
                record.fields.indices.contains(best) && areaKeys.contains(normalise(record.fields[best]).key)
            })
        else {
            throw DataError.conflict(
                at: url.path, problem: "no column holds the keys of the geometry's areas",
                fix: "check that the table and the geometry use the same area keys")
        }
        // Rows above the first known key that have a number as key (the city's 0) are data too.
        var firstData = firstMatch
        while firstData > 0, Self.isNumericKey(records[firstData - 1].fields, at: best) { firstData -= 1 }
        var headerStart = firstData
        while headerStart > 0,
            records[headerStart - 1].fields.filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).count >= 2
        {
            headerStart -= 1
        }
        headerRows = max(1, firstData - headerStart)
        skipRows = max(0, records[max(0, firstData - headerRows)].line - 1)
        let header = TableLayout.joinedHeader(
            records[(firstData - headerRows)..<firstData].map(\.fields), firstColumn: 0)
        keyColumn = header[best]
        if headerRows > 1 || skipRows > 0 {
            guesses.append("\(fileName): \(skipRows) rows before a header of \(headerRows) rows")
        }
        let data = records[firstData...].filter { $0.fields.indices.contains(best) }
        let keyCells = data.map { $0.fields[best].trimmingCharacters(in: .whitespaces) }
        keysAreDigits = keyCells.filter { areaKeys.contains(normalise($0).key) }.allSatisfy {
            $0.allSatisfy { $0.isASCIIDigit || $0 == "." }
        }
        keyPad = keyCells.compactMap { normalise($0).padded ? keyLengths.max() : nil }.first
        if let pad = keyPad {
            guesses.append("\(fileName): keys in \(keyColumn) lack leading zeros; padded to \(pad) digits")
        }
        inspectColumns(header: header, data: Array(data), keyIndex: best)
        rows = data.compactMap { record in
            let cell = record.fields[best].trimmingCharacters(in: .whitespaces)
            guard !keysAreDigits || cell.allSatisfy({ $0.isASCIIDigit || $0 == "." }), !cell.isEmpty else { return nil }
            let name = nameColumn.flatMap { header.firstIndex(of: $0) }.map {
                record.fields.indices.contains($0) ? record.fields[$0] : ""
            }
            return (normalise(cell).key, name ?? "")
        }
    }

    private static func isNumericKey(_ fields: [String], at index: Int) -> Bool {
        guard fields.indices.contains(index) else { return false }
        let cell = fields[index].trimmingCharacters(in: .whitespaces)
        return !cell.isEmpty && cell.allSatisfy { $0.isASCIIDigit || $0 == "." }
    }

    /// A key as the geometry writes it: without a spreadsheet's `.0`, padded with zeros to a key length.
    static func normalisedKey(_ text: String, lengths: Set<Int>) -> (key: String, padded: Bool) {
        var key = text.trimmingCharacters(in: .whitespaces)
        if key.hasSuffix(".0"), key.dropLast(2).allSatisfy(\.isASCIIDigit) { key = String(key.dropLast(2)) }
        guard !key.isEmpty, key.allSatisfy(\.isASCIIDigit), let length = lengths.filter({ $0 > key.count }).min(),
            !lengths.contains(key.count)
        else { return (key, false) }
        return (String(repeating: "0", count: length - key.count) + key, true)
    }

    private mutating func readRecords() throws -> [CSVParser.Record] {
        if isSheet {
            decimalSeparator = "."
            return try Table.readSheet(path: url.path, sheet: nil)
        }
        let csv = try InspectedCSV(url: url)
        encoding = csv.encoding
        delimiter = csv.delimiter
        guesses += csv.guesses
        return csv.records
    }
}
