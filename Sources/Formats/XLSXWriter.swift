import CairoBridge
import Foundation
import Layout

/// Writes every table and every figure's data of a document as a sheet of one XLSX workbook: the caption on
/// top, German headers, numbers as real numbers shown with the decimals they were published with, "k. A."
/// cells explained below, the source under the table.
public struct XLSXWriter {
    public let words: FormatWords
    public let theme: Theme

    public init(words: FormatWords, theme: Theme = .standard) {
        self.words = words
        self.theme = theme
    }

    /// Writes the sheets of `document` to `url` atomically; false (and nothing written) when the document has
    /// no table and no figure with data.
    @discardableResult
    public func write(_ document: Document, to url: URL) throws -> Bool {
        let sheets = DataSheet.sheets(in: document, words: words)
        guard !sheets.isEmpty else { return false }
        try AtomicFile.write(to: url) { path in
            let workbook = try Workbook(path: path)
            let metadata = document.metadata
            try workbook.setProperties(
                title: metadata.title, author: metadata.author, subject: metadata.subject,
                created: metadata.effectiveCreationDate)
            for sheet in sheets { try write(sheet, into: workbook.addSheet(sheet.name)) }
            try workbook.close()
        }
        return true
    }

    private func write(_ sheet: DataSheet, into worksheet: Worksheet) {
        worksheet.write(sheet.title, row: 0, column: 0, style: CellStyle(bold: true))
        let header = CellStyle(bold: true, wraps: true, background: theme.tableHeaderColor.rgb)
        for (column, title) in sheet.header.enumerated() {
            worksheet.write(title, row: 2, column: column, style: header)
            worksheet.setWidth(column == 0 ? 36 : Double(min(max(title.count + 2, 12), 40)), column: column)
        }
        worksheet.freezeRows(above: 3)
        for (index, row) in sheet.rows.enumerated() {
            let bold = sheet.emphasized.contains(index)
            for (column, cell) in row.enumerated() {
                switch cell {
                case .text(let text):
                    worksheet.write(text, row: 3 + index, column: column, style: CellStyle(bold: bold))
                case .missing(let text):
                    worksheet.write(text, row: 3 + index, column: column, style: CellStyle(bold: bold, italic: true))
                case .number(let number):
                    worksheet.write(
                        number.value, row: 3 + index, column: column,
                        style: CellStyle(bold: bold, numberFormat: Self.numberFormat(number)))
                }
            }
        }
        var line = 3 + sheet.rows.count + 1
        let muted = CellStyle(italic: true, fontColor: theme.mutedColor.rgb)
        if !sheet.source.isEmpty {
            worksheet.write(sheet.source, row: line, column: 0, style: muted)
            line += 1
        }
        if sheet.hasMissingCells { worksheet.write(words.notAvailableNote, row: line, column: 0, style: muted) }
    }

    /// The number format that shows `number` as published: grouped thousands, its decimals, its unit
    /// ("#,##0.0\" %\""). Format codes are written in the file's neutral notation; spreadsheet programs show
    /// them in the reader's locale ("1.234,5 %" in German settings).
    static func numberFormat(_ number: PublishedNumber) -> String {
        let digits = number.decimals > 0 ? "." + String(repeating: "0", count: number.decimals) : ""
        let unit = number.unit.isEmpty ? "" : "\" \(number.unit.replacingOccurrences(of: "\"", with: ""))\""
        return "#,##0\(digits)\(unit)"
    }
}

extension Color {
    /// 0xRRGGBB.
    var rgb: UInt32 {
        let channel = { (value: Double) in UInt32((min(max(value, 0), 1) * 255).rounded()) }
        return channel(red) << 16 | channel(green) << 8 | channel(blue)
    }
}
