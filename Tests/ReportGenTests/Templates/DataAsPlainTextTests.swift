import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Markup belongs to the template: a value from the data is printed as it is, whatever characters it has.
@Suite("Values from the data are plain text in every block")
struct DataAsPlainTextTests {
    /// An area name made of everything the template language gives a meaning to.
    static let name = #"A*B*_C_[D](E){{F}}\G"#

    static let template = """
        report:
          title: "Bericht {{ area.name }}"
          for-each: { level: area, sort: key }
        body:
          - title-page
          - heading: "Kapitel {{ area.name }}"
          - text: "Text {{ area.name }} und **fett {{ area.name }}** mit [Verweis {{ area.name }}](https://example.org/wiki/Nord_(Ort))."
          - note: "Notiz {{ area.name }}"
          - list: ["Punkt {{ area.name }}"]
          - numbered-list: ["Nummer {{ area.name }}"]
          - table: { rows: [area], columns: [pop], caption: "Tabelle {{ area.name }}" }
          - chart: { type: bar, indicator: pop, areas: siblings, caption: "Balken {{ area.name }}" }
          - map: { indicator: pop, caption: "Karte {{ area.name }}" }
          - figures: [{ chart: { type: bar, indicator: pop, caption: "Reihe {{ area.name }}" } }]
          - columns: { body: [text: "Spalte {{ area.name }}"] }
          - for-each: { areas: area, body: [text: "Schleife {{ area.name }}"] }
        """

    @Test("names with * _ [ ] ( ) {{ }} and \\ are printed as written; the PDF is valid")
    func markupInData() throws {
        let data = try MiniDataset()
        let json = Self.name.replacingOccurrences(of: #"\"#, with: #"\\"#)
        try data.write("areas.geojson", MiniDataset.areasGeoJSON.replacingOccurrences(of: "Nordstraße", with: json))
        try data.importAll()
        let path = data.path("bericht.yaml")
        try Self.template.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let snapshot = try IndicatorStore(at: data.store, readOnly: true).snapshot()
        #expect(TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan).isEmpty)
        let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: ["A1"]).first)
        let report = resolver.report(for: scope)
        let pdf = data.folder.appendingPathComponent("bericht.pdf")
        _ = try PDFRenderer().render(report.document, to: pdf)
        #expect(try PDFInspection.run("qpdf", ["--check", pdf.path]).status == 0)
        let text = try PDFInspection.text(of: pdf.path)
        for prefix in [
            "Bericht", "Kapitel", "Text", "fett", "Verweis", "Notiz", "Punkt", "Nummer", "Tabelle", "Balken",
            "Karte", "Reihe", "Spalte", "Schleife",
        ] {
            #expect(text.contains("\(prefix) \(Self.name)"), "\(prefix)")
        }
        // The template's own markup still works around the values: bold and a link whose address has brackets.
        let paragraph = report.document.blocks.compactMap { block -> [Inline]? in
            if case .paragraph(let paragraph) = block { paragraph.content } else { nil }
        }.first { $0.count > 1 }
        #expect(
            paragraph == [
                .text("Text \(Self.name) und "), .bold("fett \(Self.name)"), .text(" mit "),
                .link("Verweis \(Self.name)", target: .uri("https://example.org/wiki/Nord_(Ort)")), .text("."),
            ])
    }
}
