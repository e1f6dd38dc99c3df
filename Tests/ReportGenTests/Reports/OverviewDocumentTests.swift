import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("The Berlin overview as a reader gets it")
struct OverviewDocumentTests {
    func render() throws -> String {
        let fixture = try ReportFixture(template: "templates/berlin-ueberblick.yaml")
        var report = fixture.resolver.report(for: try #require(fixture.resolver.scopes().first))
        report.document.metadata.creationDate = Date(timeIntervalSince1970: 1_700_000_000)
        let path = try PDFInspection.temporaryDirectory().appendingPathComponent(report.fileName).path
        try PDFRenderer().render(report.document, to: URL(fileURLWithPath: path))
        return path
    }

    @Test("qpdf accepts it, every font is embedded, the outline lists the chapters, it is tagged and German")
    func structure() throws {
        let path = try render()
        let check = try PDFInspection.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        let fonts = try PDFInspection.fonts(of: path)
        #expect(!fonts.isEmpty && fonts.allSatisfy { $0.contains(" yes yes ") })
        let outline = try PDFInspection.outlineTitles(of: path)
        #expect(outline.starts(with: ["1 Einleitung"]))
        #expect(outline.contains("3.1 Alle Bezirksregionen"))
        #expect(outline.contains("4 Kindertagesbetreuung"))
        let info = try PDFInspection.info(of: path)
        #expect(info["Tagged"] == "yes")
        #expect(info["Title"] == "Berlin im Überblick")
        let objects = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(objects.contains("/Lang (de-DE)"))
    }

    @Test("the text comes back in reading order with Seite x von y in every footer but the title page's")
    func text() throws {
        let pages = try PDFInspection.pages(of: try render())
        #expect(pages.count >= 8)
        #expect(!pages[0].contains("Seite 1 von"))
        for (index, page) in pages.enumerated().dropFirst() {
            #expect(page.contains("Seite \(index + 1) von \(pages.count)"), "page \(index + 1)")
        }
        let all = pages.joined()
        // The heading comes right before its paragraph (pdftotext puts its number on a line of its own).
        #expect(all.contains("Bevölkerung\n\nEnde 2020 lebten in Berlin"))
        #expect(all.contains("Tabelle 1: Kennzahlen der Bezirksregionen"))
        // The table over several pages repeats its header.
        #expect(pages.filter { $0.contains("Gebiet\n") && $0.contains("Einwoh") }.count >= 3)
    }
}

@Suite("Figures written alone")
struct FigureFilesTests {
    @Test("every figure of a report becomes a PNG, an SVG and a CSV of its data")
    func export() throws {
        let fixture = try ReportFixture(template: "templates/statusbericht.yaml")
        let report = fixture.resolver.report(for: try #require(fixture.resolver.scopes(only: ["011001"]).first))
        let folder = try PDFInspection.temporaryDirectory()
        let names = try FigureFiles(folder: folder).write(report.document, baseName: "profil")
        let figures = report.document.figures
        #expect(figures.count == 2)
        #expect(names.count == 6)
        let png = try Data(contentsOf: folder.appendingPathComponent("profil-abbildung-1.png"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let svg = try String(contentsOf: folder.appendingPathComponent("profil-abbildung-1.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        let csv = try String(contentsOf: folder.appendingPathComponent("profil-abbildung-2.csv"), encoding: .utf8)
        #expect(csv.contains("Abbildung 2: Profil im Vergleich mit Bezirk, Stadt und allen Bezirksregionen"))
        #expect(csv.contains("Tiergarten Süd") && csv.contains("Kinderarmut"))
        #expect(csv.contains("29,6"))
    }
}
