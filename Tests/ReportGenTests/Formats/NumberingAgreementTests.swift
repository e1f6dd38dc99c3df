import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Figures and tables carry the same numbers in every format and in the figure files")
struct NumberingAgreementTests {
    /// A figure left out by its condition, a table, figures side by side and a column section with a figure
    /// and a table: the numbers must follow what is shown, in reading order.
    static let template = """
        report:
          title: "Nummern {{ area.name }}"
          audience: public
          for-each: { level: bezirksregion, sort: key }
          period: 2020-12-31
        body:
          - chart: { type: bar, indicator: kinderarmut, areas: siblings, caption: "Erste" }
          - chart: { type: bar, indicator: kinderarmut, areas: siblings, caption: "Nie gezeigt" }
            when: "value.kinderarmut > 1000"
          - table: { rows: [area, parent, city], columns: [einwohner, kinderarmut], caption: "Werte" }
          - figures:
              - chart: { type: bar, indicator: einwohner, areas: siblings, caption: "Links" }
              - chart: { type: bar, indicator: arbeitslosigkeit, areas: siblings, caption: "Rechts" }
          - columns:
              count: 2
              body:
                - chart: { type: line, indicator: kinderarmut, caption: "In Spalten" }
                - table: { rows: [area, city], columns: [kinderarmut], caption: "Zweite Tabelle" }
          - chart: { type: bar, indicator: kinderarmut, areas: children, caption: "Letzte" }
        """

    /// The captions as the template shows them, in reading order, numbered by kind.
    static let expected = [
        "Abbildung 1: Erste", "Tabelle 1: Werte", "Abbildung 2: Links", "Abbildung 3: Rechts",
        "Abbildung 4: In Spalten", "Tabelle 2: Zweite Tabelle", "Abbildung 5: Letzte",
    ]

    /// Whether `text` holds every expected caption, in order, and nothing of the figure left out.
    static func agrees(_ text: String) -> Bool {
        var rest = Substring(text)
        for caption in expected {
            guard let range = rest.range(of: caption) else { return false }
            rest = rest[range.upperBound...]
        }
        return !text.contains("Nie gezeigt") && !text.contains("Abbildung 6") && !text.contains("Tabelle 3")
    }

    @Test("PDF, HTML, DOCX and the figure files agree on the numbers of a document with a skipped figure")
    func agree() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let template = folder.appendingPathComponent("nummern.yaml")
        try Self.template.write(to: template, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out")
        let result = try ReportFixture.run([
            "render", template.path, "--area", "011001", "--format", "pdf,html,docx", "--figures", "-o", output.path,
        ])
        try #require(result.status == 0, "\(result.output)")
        let base = output.appendingPathComponent("nummern-011001")
        let pdf = try PDFInspection.run("pdftotext", ["-raw", base.path + ".pdf", "-"]).output
        #expect(Self.agrees(pdf), "PDF: \(pdf)")
        let html = try String(contentsOf: base.appendingPathExtension("html"), encoding: .utf8)
        #expect(Self.agrees(html), "HTML")
        let docx = try PDFInspection.run("unzip", ["-p", base.path + ".docx", "word/document.xml"]).output
            .replacing(#/<[^>]*>/#, with: "")
        #expect(Self.agrees(docx), "DOCX: \(docx)")
        let figures = output.appendingPathComponent("abbildungen")
        let csvs = try FileManager.default.contentsOfDirectory(atPath: figures.path).filter { $0.hasSuffix(".csv") }
        let figureCaptions = Self.expected.filter { $0.hasPrefix("Abbildung") }
        #expect(csvs.count == figureCaptions.count, "\(csvs)")
        for (index, caption) in figureCaptions.enumerated() {
            let csv = figures.appendingPathComponent("nummern-011001-abbildung-\(index + 1).csv")
            let first = try String(contentsOf: csv, encoding: .utf8).split(separator: "\r\n").first ?? ""
            // Foundation reads the byte order mark away; the caption is the file's first line.
            #expect(first.replacing("\u{FEFF}", with: "") == caption, "\(csv.lastPathComponent): \(first)")
        }
    }
}
