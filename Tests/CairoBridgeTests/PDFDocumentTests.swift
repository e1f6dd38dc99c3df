import CairoBridge
import Foundation
import PDFInspection
import Testing

@Suite("PDF documents")
struct PDFDocumentTests {
    let engine = TextEngine()
    let body = TextStyle(font: Font(family: "Noto Sans", size: 10))

    func writeSample(to path: String, date: Date) throws {
        let metadata = PDFMetadata(
            title: "Statusbericht Mitte", author: "Amt für Statistik", subject: "Sozialmonitoring",
            keywords: ["Kinderarmut", "Berlin"], creationDate: date)
        let document = try PDFDocument(path: path, metadata: metadata)
        for page in 1...2 {
            document.beginPage(size: .a4Portrait)
            document.canvas.addDestination("seite-\(page)", x: 0, y: 0)
            let heading = engine.layout(text: "Überschrift \(page): Größe", style: body, width: 400)
            document.canvas.tagged(.heading(level: 1)) { document.canvas.draw(heading, x: 72, y: 72) }
            document.addOutlineEntry("Kapitel \(page)", destination: "seite-\(page)")
            document.canvas.tagged(.figure(alternativeText: "Karte \(page): Kinderarmut")) {
                document.canvas.fill(.rectangle(Rect(x: 72, y: 200, width: 100, height: 50)), with: .black)
            }
        }
        document.canvas.addLink(to: "seite-1", over: Rect(x: 72, y: 72, width: 100, height: 12), description: "Kapitel 1")
        try document.finish()
    }

    @Test("a finished PDF passes qpdf, embeds its fonts and carries metadata and outline")
    func roundTrip() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("sample.pdf").path
        try writeSample(to: path, date: Date(timeIntervalSince1970: 1_600_000_000))

        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let info = try PDFInspection.info(of: path)
        #expect(info["Title"] == "Statusbericht Mitte")
        #expect(info["Author"] == "Amt für Statistik")
        #expect(info["Pages"] == "2")
        let objects = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(objects.contains("/Lang (de-DE)"))
        // "Karte 2: Kinderarmut" in UTF-16BE, as the second figure's /Alt.
        let alternative = "<FEFF" + "Karte 2: Kinderarmut".utf16.map { String(format: "%04X", $0) }.joined() + ">"
        #expect(objects.lowercased().contains("/alt " + alternative.lowercased()))
        #expect(info["Tagged"] == "yes")
        let fonts = try PDFInspection.fonts(of: path)
        #expect(!fonts.isEmpty)
        #expect(fonts.allSatisfy { $0.contains(" yes ") })
        #expect(try PDFInspection.outlineTitles(of: path) == ["Kapitel 1", "Kapitel 2"])
        let pages = try PDFInspection.pages(of: path)
        #expect(pages.count == 2)
        #expect(pages[1].contains("Überschrift 2: Größe"))
    }

    @Test("the same input and creation date give byte-identical files")
    func reproducible() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let first = folder.appendingPathComponent("a.pdf").path
        let second = folder.appendingPathComponent("b.pdf").path
        let date = Date(timeIntervalSince1970: 1_600_000_000)
        try writeSample(to: first, date: date)
        try writeSample(to: second, date: date)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
    }

    @Test("a PDF in a folder that does not exist fails with the path in the message")
    func unwritablePath() {
        #expect {
            _ = try PDFDocument(path: "/nonexistent-folder/x.pdf", metadata: PDFMetadata(title: "x"))
        } throws: { error in
            "\(error)".contains("/nonexistent-folder/x.pdf")
        }
    }
}
