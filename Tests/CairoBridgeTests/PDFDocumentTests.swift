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
        document.canvas.addLink(
            to: "seite-1", over: Rect(x: 72, y: 72, width: 100, height: 12), description: "Kapitel 1")
        try document.finish()
    }

    @Test("a document that fails to finish throws and is released without Cairo writing into freed memory")
    func failedFinish() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("leer.pdf").path
        // Released after throwing, Cairo finishes the surface; before the fix it wrote into the freed sink.
        for _ in 1...20 {
            let document = try PDFDocument(path: path, metadata: PDFMetadata(title: "Leer"))
            document.canvas.fill(.rectangle(Rect(x: 72, y: 72, width: 10, height: 10)), with: .black)
            #expect(throws: CairoError.self) { try document.finish() }
        }
        try writeSample(to: path, date: Date(timeIntervalSince1970: 1_600_000_000))
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
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
        // The second figure's /Alt, in tree order.
        #expect(objects.contains("/Alt (Karte 2: Kinderarmut)"))
        #expect(info["Tagged"] == "yes")
        // What PDF/UA-1 and PDF/A-2a add: XMP with the claims, an sRGB OutputIntent, /ID, link texts, Artifacts.
        #expect(
            objects.contains("<pdfuaid:part>1</pdfuaid:part>")
                && objects.contains("<pdfaid:conformance>A</pdfaid:conformance>"))
        #expect(objects.contains("<rdf:li xml:lang=\"x-default\">Statusbericht Mitte</rdf:li>"))
        #expect(objects.contains("<xmp:CreateDate>2020-09-13T12:26:40Z</xmp:CreateDate>"))
        #expect(objects.contains("/CreationDate (D:20200913122640Z)"))
        #expect(objects.contains("/S /GTS_PDFA1") && objects.contains("/DestOutputProfile"))
        // Cairo writes this short sample's font as a simple TrueType font; CID fonts would get /CIDToGIDMap.
        #expect(
            objects.components(separatedBy: "/CIDFontType2").count
                == objects.components(separatedBy: "/CIDToGIDMap /Identity").count)
        #expect(objects.contains("/Contents (Kapitel 1)") && objects.contains("/F 4") && objects.contains("/Tabs /S"))
        #expect(try PDFInspection.run("qpdf", ["--show-object=trailer", path]).output.contains("/ID ["))
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
