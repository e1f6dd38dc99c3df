import Foundation

/// What `reportgen init` reads from the cells of a file's columns to guess which is the key and which the name.
struct ColumnProfile {
    let columns: [String]
    let rows: [[String: String]]

    /// The cells of a column, trimmed; "" where a row has none.
    func values(_ column: String) -> [String] {
        rows.map { ($0[column] ?? "").trimmingCharacters(in: .whitespaces) }
    }

    /// Every row has a value, and no two the same: a key can be read from it.
    func isDistinct(_ column: String) -> Bool {
        let cells = values(column)
        return !cells.contains("") && Set(cells).count == cells.count
    }

    /// Every cell holds a letter: a name rather than a number.
    func hasLetters(_ column: String) -> Bool { values(column).allSatisfy { $0.contains { $0.isLetter } } }

    /// The name column besides `key`: one with letters called "…name…", else the first with letters, else the key.
    func nameColumn(besides key: String) -> String {
        columns.first { $0 != key && hasLetters($0) && $0.lowercased().contains("name") }
            ?? columns.first { $0 != key && hasLetters($0) } ?? key
    }
}
