import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("The Statusbericht of a Bezirk in the Gladbeck shape, read back from its PDF", .serialized)
struct StatusberichtBezirkTests {
    /// Renders the Bezirk `key` from a copy of the template (with its theme), with an Ausblick file when given.
    func render(_ key: String, ausblick: String?) throws -> String {
        let folder = try PDFInspection.temporaryDirectory()
        let templates = TestSupport.repoRoot.appendingPathComponent("templates")
        try FileManager.default.copyItem(
            at: templates.appendingPathComponent("themes"), to: folder.appendingPathComponent("themes"))
        try FileManager.default.copyItem(
            at: templates.appendingPathComponent("statusbericht-bezirk.yaml"),
            to: folder.appendingPathComponent("statusbericht-bezirk.yaml"))
        if let ausblick {
            let slots = folder.appendingPathComponent("ausblick")
            try FileManager.default.createDirectory(at: slots, withIntermediateDirectories: true)
            try ausblick.write(
                to: slots.appendingPathComponent("bezirk-\(key).md"), atomically: true, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("out")
        let run = try ReportFixture.run(
            [
                "render", folder.appendingPathComponent("statusbericht-bezirk.yaml").path, "--store",
                try BerlinStore.get().url.path, "--area", key, "-o", output.path,
            ])
        #expect(run.status == 0, "\(run.output)")
        return output.appendingPathComponent("statusbericht-bezirk-\(key).pdf").path
    }

    @Test("introduction once, every Bezirksregion alphabetically with the same parts, Fazit, then the Ausblick")
    func gladbeckShape() throws {
        let key = "01"
        let path = try render(key, ausblick: "# Ausblick\n\nDas Bezirksamt prüft neue Kitaplätze am Leopoldplatz.\n")
        let snapshot = try BerlinStore.get().snapshot
        let bezirk = try #require(snapshot.areas(level: "bezirk").first { $0.id.key == key })
        let regions = snapshot.children(of: bezirk.id, level: "bezirksregion").map(\.name)
        #expect(regions.count > 3)
        let alphabetical = regions.sorted { $0.compare($1, locale: Locale(identifier: "de_DE")) == .orderedAscending }
        // The outline: Einleitung, Die Bezirksregionen with one entry per region in alphabetical order, Fazit,
        // Ausblick (numbers stripped).
        let outline = try PDFInspection.outlineTitles(of: path).map {
            String($0.drop { $0.isNumber || $0 == "." || $0 == " " })
        }
        #expect(outline.filter { $0 == "Einleitung" }.count == 1)
        let start = try #require(outline.firstIndex(of: "Die Bezirksregionen"))
        let fazit = try #require(outline.firstIndex(of: "Fazit"))
        #expect(Array(outline[(start + 1)..<fazit]) == alphabetical)
        #expect(outline.last == "Ausblick", "\(outline)")
        let text = try flowingText(ofPDF: path)
        #expect(text.components(separatedBy: "Dieser Bericht beschreibt den Bezirk").count == 2)
        // Every region has the same parts: its sentence with the Bezirk and Berlin, and its key-figures box.
        for name in alphabetical {
            #expect(text.contains(": Kennzahlen \(name)"), "\(name): no key-figures box")
        }
        #expect(text.components(separatedBy: "Einwohnerinnen und Einwohner (31.12.2020).").count - 1 == regions.count)
        let fazitText = try #require(text.range(of: "Die Kinderarmut im Bezirk \(bezirk.name) liegt mit"))
        let ausblick = try #require(text.range(of: "Das Bezirksamt prüft neue Kitaplätze am Leopoldplatz."))
        #expect(fazitText.upperBound < ausblick.lowerBound)
        #expect(text.contains("Die drei Bezirksregionen mit dem höchsten Anteil"))
    }

    @Test("without an Ausblick file the document ends with the Fazit and prints no empty Ausblick")
    func noAusblick() throws {
        let path = try render("01", ausblick: nil)
        let outline = try PDFInspection.outlineTitles(of: path)
        #expect(outline.last?.hasSuffix("Fazit") == true, "\(outline)")
        #expect(!(try PDFInspection.text(of: path)).contains("Ausblick"))
    }
}
