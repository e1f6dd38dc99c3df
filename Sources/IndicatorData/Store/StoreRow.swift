import Foundation
import GRDB
import Values

/// A row read from the store, decoded without trapping: a cell that does not hold what ReportGen wrote there (a
/// text in `value`, a NULL name, a damaged definition) is a `StoreCellError` naming the table, the row and the
/// column, never a crash.
struct StoreRow {
    let row: Row
    let table: String
    /// The columns that identify the row in a message, e.g. indicator, level, area, period.
    let identity: [String]
    /// The names of the row's columns in order, shared by a query's rows: a cell is found by comparing these few
    /// short names, where GRDB's lookup by name lowercases the name on every call (a tenth of loading the Berlin
    /// store, perf) and a dictionary hashes it.
    let columns: [String]

    init(row: Row, table: String, identity: [String], columns: [String]) {
        self.row = row
        self.table = table
        self.identity = identity
        self.columns = columns
    }

    /// A single row read on its own; a query's rows share their names (`init(row:table:identity:columns:)`).
    init(row: Row, table: String, identity: [String]) {
        self.init(row: row, table: table, identity: identity, columns: Array(row.columnNames))
    }

    /// The cell's value; an error when it is NULL or of another type.
    func value<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T {
        let cell = self.cell(column)
        guard let value = T.fromDatabaseValue(cell) else { throw mismatch(column, cell, expected: T.self) }
        return value
    }

    /// The cell's value, nil when it is NULL; an error when it is of another type.
    func optional<T: DatabaseValueConvertible>(_ column: String, as type: T.Type = T.self) throws -> T? {
        cell(column).isNull ? nil : try value(column, as: T.self)
    }

    /// The cell of a column the query selected; NULL for a name it did not select, as GRDB's lookup by name.
    private func cell(_ column: String) -> DatabaseValue {
        columns.firstIndex(of: column).map { row[$0] } ?? .null
    }

    /// A date written as `YYYY-MM-DD` or `YYYY`.
    func period(_ column: String) throws -> Period {
        let text: String = try value(column)
        guard let period = Period(text) else {
            throw StoreCellError(
                table: table, row: rowDescription, column: column, found: "'\(text)'", expected: "a date")
        }
        return period
    }

    /// A JSON object of texts, such as a point's attributes. Read with `JSONSerialization`, three times faster than
    /// `JSONDecoder` for the 3 800 Berlin points (measured).
    func texts(_ column: String) throws -> [String: String] {
        let text: String = try value(column)
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let texts = object as? [String: String]
        else { throw foreignJSON(column, text) }
        return texts
    }

    /// A JSON document decoded as `T`.
    func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        let text: String = try value(column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw foreignJSON(column, text)
        }
    }

    private func foreignJSON(_ column: String, _ text: String) -> StoreCellError {
        StoreCellError(
            table: table, row: rowDescription, column: column, found: "'\(text.prefix(60))'",
            expected: "the JSON ReportGen writes")
    }

    private func mismatch<T>(_ column: String, _ cell: DatabaseValue, expected: T.Type) -> StoreCellError {
        let kind =
            switch T.self {
            case is String.Type: "a text"
            case is Data.Type: "binary data"
            default: "a number"
            }
        return StoreCellError(
            table: table, row: rowDescription, column: column, found: Self.describe(cell), expected: kind)
    }

    private var rowDescription: String {
        identity.map { column in "\(column) \(Self.describe(cell(column)))" }.joined(separator: ", ")
    }

    private static func describe(_ cell: DatabaseValue) -> String {
        switch cell.storage {
        case .null: "NULL"
        case .int64(let number): "the number \(number)"
        case .double(let number): "the number \(number)"
        case .string(let text): "'\(text.prefix(60))'"
        case .blob(let data): "\(data.count) bytes of binary data"
        }
    }
}

/// A cell of the store that does not hold what ReportGen wrote there: the store was changed outside ReportGen.
struct StoreCellError: Error, Hashable {
    var table: String
    var row: String
    var column: String
    var found: String
    var expected: String
}
