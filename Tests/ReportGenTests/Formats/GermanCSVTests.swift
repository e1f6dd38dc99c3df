import CairoBridge
import Formats
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("German CSV and published numbers")
struct GermanCSVTests {
    @Test("numbers as printed are read back with their decimals and unit; keys, years and dates stay text")
    func publishedNumbers() throws {
        let percent = try #require(PublishedNumber("1.234,5\u{00A0}%"))
        #expect(percent.value == 1234.5 && percent.decimals == 1 && percent.unit == "%")
        #expect(PublishedNumber("−0,85")?.value == -0.85)
        #expect(PublishedNumber("+1,2 Prozentpunkte")?.unit == "Prozentpunkte")
        #expect(PublishedNumber("15.057")?.value == 15057 && PublishedNumber("15.057")?.decimals == 0)
        for text in ["011001", "2020", "31.12.2020", "k. A.", "Mitte", "1,2,3", "12.34"] {
            #expect(PublishedNumber(text) == nil, "\(text)")
        }
        #expect(PublishedNumber("−1.234,50")?.plainGerman == "-1234,50")
        #expect(PublishedNumber("−0,0")?.plainGerman == "0,0")
    }

    @Test("a figure's CSV has semicolons, decimal commas and the values the PDF prints, rounded as published")
    func figureCSV() throws {
        let fixture = try FormatFixture()
        let names = try FigureFiles(folder: fixture.folder).write(fixture.document, baseName: "profil")
        let csvName = try #require(names.last { $0.hasSuffix(".csv") })
        let data = try Data(contentsOf: fixture.folder.appendingPathComponent(csvName))
        #expect(data.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: data.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("Abbildung 2: ") && lines[1].hasPrefix("Quelle: "))
        // The last figure of the Statusbericht is its profile: per indicator the area, the Bezirk, the city and the
        // range.
        let header = lines[3].components(separatedBy: ";")
        #expect(
            header == [
                "Indikator", "Tiergarten Süd (%)", "Bezirk Mitte (%)", "Berlin (%)", "Minimum (%)",
                "unteres Quartil (%)", "oberes Quartil (%)", "Maximum (%)",
            ])
        let rows = lines.dropFirst(4).filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }
        #expect(rows.count >= 3)
        let pdfText = try PDFInspection.text(of: fixture.pdf.path)
        for row in rows {
            #expect(row.count == 8)
            // German Excel reads "29,6" as a number; a dot, more decimals or a unit would not be.
            for value in row[1...3] + [row[4], row[7]] {
                #expect(value.wholeMatch(of: #/-?[0-9]+,[0-9]/#) != nil, "\(row)")
            }
            // The narrow profile beside the map prints the range's ends; the key-figures box above it prints the
            // values of the area, the Bezirk and the city (its header gives the unit).
            for value in [row[4], row[7]] {
                #expect(
                    pdfText.contains(value + "\u{00A0}%") || pdfText.contains(value + " %"),
                    "\(value) is not in the PDF")
            }
            for value in row[1...3] { #expect(pdfText.contains(value), "\(value) is not in the PDF") }
        }
        #expect(rows.contains { $0[0] == "Kinderarmut" })
    }

    @Test("fields with a semicolon or quote are quoted, missing values read \"k. A.\" and are explained")
    func quotingAndMissing() {
        let table = Layout.Table(
            columns: [TableColumn(), .number], header: [TableRow(texts: ["Gebiet", "Wert"])],
            rows: [TableRow(texts: ["A; \"B\"", "1.234,5"]), TableRow(texts: ["C", "k. A."])], caption: "Test",
            source: "Amt")
        let document = Document(
            metadata: PDFMetadata(title: "Test"), words: .german, blocks: [.table(table), .table(table), .table(table)])
        guard case .table(let third) = document.blocks.last else {
            Issue.record("the document lost its tables")
            return
        }
        let sheet = DataSheet(table: third, words: FormatFixture.words)
        let text = GermanCSV.text(sheet, words: FormatFixture.words)
        #expect(text.hasPrefix("\u{FEFF}Tabelle 3: Test\r\nQuelle: Amt\r\n\r\nGebiet;Wert\r\n"))
        #expect(text.contains("\"A; \"\"B\"\"\";1234,5\r\n"))
        #expect(text.contains("C;k. A.\r\n"))
        #expect(text.hasSuffix(FormatFixture.words.notAvailableNote + "\r\n"))
    }
}
