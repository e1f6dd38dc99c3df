import CairoBridge
import Formats
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("XLSX output")
struct XLSXOutputTests {
    /// Every sheet as openpyxl reads it: name, then per cell its coordinate, value type, value and number format.
    static let reader = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        print(json.dumps([{"name": sheet.title, "cells": [[c.row, c.column, type(c.value).__name__, c.value, c.number_format]
            for row in sheet.iter_rows() for c in row if c.value is not None]} for sheet in book.worksheets]))
        """

    struct Sheet: Decodable {
        var name: String
        var cells: [[Value]]
    }

    enum Value: Decodable {
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self = .number(number)
            } else {
                self = .text(try container.decode(String.self))
            }
        }

        var number: Double? { if case .number(let value) = self { value } else { nil } }
        var text: String? { if case .text(let value) = self { value } else { nil } }
    }

    @Test("every table and figure is a sheet; numbers are real numbers shown with the published decimals")
    func readBack() throws {
        let fixture = try FormatFixture()
        let file = fixture.folder.appendingPathComponent("bericht.xlsx")
        #expect(try XLSXWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, to: file))
        let script = fixture.folder.appendingPathComponent("read.py")
        try TestSupport.write(Self.reader, to: script)
        let result = try PDFInspection.run(executable: FormatFixture.python, [script.path, file.path])
        #expect(result.status == 0, "\(result.output)")
        let sheets = try JSONDecoder().decode([Sheet].self, from: Data(result.output.utf8))
        let tables = Self.tables(in: fixture.document.blocks)
        let figures = fixture.document.figures.filter { $0.drawing is FigureData }
        #expect(sheets.map(\.name).filter { $0.hasPrefix("Tabelle") }.count == tables.count)
        #expect(sheets.map(\.name).filter { $0.hasPrefix("Abbildung") }.count == figures.count)

        // The first table of numbers only (the key-figures box has a column of words), cell by cell: a number
        // formatted with its number format's decimals is the PDF's cell.
        let index = try #require(
            tables.firstIndex { table in
                table.rows.allSatisfy { row in
                    row.cells.dropFirst().allSatisfy {
                        PublishedNumber(
                            $0.map { inline -> String in
                                if case .text(let value) = inline { value } else { "" }
                            }.joined()) != nil
                    }
                }
            })
        let table = tables[index]
        let sheet = try #require(sheets.first { $0.name == "Tabelle \(index + 1)" })
        var numbers = 0
        for (rowIndex, row) in table.rows.enumerated() {
            for (column, printed) in row.cells.enumerated() {
                let cell = try #require(
                    sheet.cells.first { $0[0].number == Double(4 + rowIndex) && $0[1].number == Double(column + 1) })
                let text = printed.map { inline -> String in if case .text(let value) = inline { value } else { "" } }
                    .joined()
                if let value = cell[3].number {
                    let format = try #require(cell[4].text)
                    let decimals =
                        format.split(separator: ".").dropFirst().first.map { $0.prefix { $0 == "0" }.count } ?? 0
                    #expect(
                        GermanNumberFormat.number(value, decimals: decimals) == text,
                        "row \(rowIndex), column \(column)")
                    #expect(format.hasPrefix("#,##0"))
                    numbers += 1
                } else {
                    #expect(cell[3].text == text)
                }
            }
        }
        #expect(numbers >= table.rows.count * (table.columns.count - 1))
        let texts = sheet.cells.compactMap { $0[3].text }
        #expect(texts.contains { $0.hasPrefix("Tabelle \(index + 1): ") })
        #expect(texts.contains { $0.hasPrefix("Quelle: ") })
        let header = sheet.cells.filter { $0[0].number == 3 }.compactMap { $0[3].text }
        let printedHeader =
            table.header.last.map { row in
                row.cells.map {
                    $0.map { inline -> String in if case .text(let value) = inline { value } else { "" } }.joined()
                }
            } ?? []
        #expect(header == printedHeader && header.count == table.columns.count, "\(header) \(printedHeader)")

        // A figure's sheet: percentages as numbers with one decimal and the unit in the format.
        let bars = try #require(sheets.first { $0.name == "Abbildung 2" })
        let values = bars.cells.filter { $0[1].number == 2 && $0[0].number ?? 0 > 3 }
        #expect(!values.isEmpty && values.allSatisfy { $0[3].number != nil && $0[4].text == "#,##0.0\" %\"" })
    }

    @Test("cells without a value read \"k. A.\" and the sheet explains them")
    func missingExplained() throws {
        let table = Layout.Table(
            columns: [TableColumn(), .number], header: [TableRow(texts: ["Gebiet", "Wert"])],
            rows: [TableRow(texts: ["A", "12,5"]), TableRow(texts: ["B", "k. A."])], caption: "Test")
        let document = Document(metadata: PDFMetadata(title: "T"), words: .german, blocks: [.table(table)])
        let folder = try PDFInspection.temporaryDirectory()
        let file = folder.appendingPathComponent("t.xlsx")
        #expect(try XLSXWriter(words: FormatFixture.words).write(document, to: file))
        let script = folder.appendingPathComponent("read.py")
        try TestSupport.write(Self.reader, to: script)
        let result = try PDFInspection.run(executable: FormatFixture.python, [script.path, file.path])
        let sheet = try #require(try JSONDecoder().decode([Sheet].self, from: Data(result.output.utf8)).first)
        #expect(sheet.cells.contains { $0[3].number == 12.5 && $0[4].text == "#,##0.0" })
        #expect(sheet.cells.contains { $0[3].text == "k. A." })
        #expect(sheet.cells.contains { $0[3].text == FormatFixture.words.notAvailableNote })
    }

    static func tables(in blocks: [Block]) -> [Layout.Table] {
        blocks.flatMap { block -> [Layout.Table] in
            switch block {
            case .table(let table): [table]
            case .columns(_, let inner): tables(in: inner)
            default: []
            }
        }
    }
}
