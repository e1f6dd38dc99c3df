import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("The Bildungsbericht files every indicator in the cell the indicator model gives it, read from its PDF")
struct BildungsberichtTests {
    @Test("every cell printed beside an indicator is admitted by the model and is the catalogue's cell of it")
    func cellsMatchTheModel() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let run = try ReportFixture.run(
            ["render", "templates/bildungsbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path])
        #expect(run.status == 0, "\(run.output)")
        let file = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".pdf") })
        let text = try PDFInspection.run("pdftotext", ["-layout", folder.appendingPathComponent(file).path, "-"]).output
        // Rows of the indicator overviews: a cell ("A3", "C16"), then the indicator's name.
        let rows = text.split(separator: "\n").compactMap { line -> (cell: String, name: String)? in
            guard let match = line.wholeMatch(of: #/\s*([A-I][0-9]{1,2})\s{2,}(\S.*?)(\s{2,}.*)?/#) else { return nil }
            return (String(match.1), String(match.2))
        }
        #expect(rows.count >= 10)
        for row in rows {
            let letter = try #require(row.cell.first)
            #expect(IndicatorModel.cells(of: letter).contains(row.cell), "\(row.cell) \(row.name): not in the model")
        }
        let snapshot = try BerlinStore.get().snapshot
        let filed = snapshot.indicators.filter { $0.visibility == .public && $0.modelCell != nil }
        #expect(filed.count >= 10)
        for indicator in filed {
            let cell = try #require(indicator.modelCell)
            let start = indicator.name.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(rows.contains { $0.cell == cell && $0.name.hasPrefix(start) }, "\(indicator.key) not under \(cell)")
        }
        // The cells the issue found wrong: poverty under A3 (not A2), Kitas under C6 (not C7).
        for (key, cell) in [("kinderarmut", "A3"), ("kita_plaetze_je_100_u6", "C6"), ("kitas", "C6")] {
            #expect(snapshot.indicator(key: key)?.modelCell == cell, "\(key)")
        }
    }
}
