import Foundation
import Layout

/// CSV the way German Excel and LibreOffice read it without an import dialogue: UTF-8 with a byte order mark,
/// semicolons, a decimal comma, numbers rounded as published and without grouping, CRLF line ends, quotes
/// only where needed. The caption and source come first, a note on "k. A." last.
public enum GermanCSV {
    /// The CSV text of `sheet`.
    public static func text(_ sheet: DataSheet, words: FormatWords) -> String {
        var lines: [[String]] = [[sheet.title]]
        if !sheet.source.isEmpty { lines.append([sheet.source]) }
        lines += [[], sheet.header] + sheet.rows.map { $0.map(field) }
        if sheet.hasMissingCells { lines += [[], [words.notAvailableNote]] }
        return "\u{FEFF}" + lines.map { $0.map(quoted).joined(separator: ";") + "\r\n" }.joined()
    }

    /// Writes the CSV of `sheet` atomically.
    public static func write(_ sheet: DataSheet, words: FormatWords, to url: URL) throws {
        try AtomicFile.write(to: url) { path in
            try Data(text(sheet, words: words).utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    private static func field(_ cell: DataSheet.Cell) -> String {
        switch cell {
        case .text(let text), .missing(let text): text
        case .number(let number): number.plainGerman
        }
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
