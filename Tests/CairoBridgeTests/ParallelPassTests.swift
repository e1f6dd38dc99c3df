import Foundation
import PDFInspection
import Testing

@testable import CairoBridge

/// The pass completes the pages' content on the renderer's threads (`PageWork`) and joins the results in page order.
@Suite("The PDF/UA pass on several threads writes the same file as on one, and fails on a damaged page as on one")
struct ParallelPassTests {
    /// A document of `pages` pages, finished by the pass on `threads` threads: each page a tagged heading, a figure
    /// drawing a repeated drawing (a Form XObject) beside a square of its own, a rule, 1 500 squares and a page
    /// number outside every structure element (Artifacts), and a link to the first page.
    static func write(to path: String, pages: Int, threads: Int) throws {
        let metadata = PDFMetadata(title: "Seiten", creationDate: Date(timeIntervalSince1970: 1_700_000_000))
        let document = try PDFDocument(path: path, metadata: metadata)
        let engine = TextEngine()
        let style = TextStyle(font: Font(family: "Noto Sans", size: 10))
        let blue = Color(red: 0.2, green: 0.4, blue: 0.8)
        for number in 1...pages {
            document.beginPage(size: .a4Portrait)
            if number == 1 { document.canvas.addDestination("anfang", x: 0, y: 0) }
            let heading = engine.layout(text: "Seite \(number): Übersicht", style: style, width: 400)
            document.canvas.tagged(.heading(level: 1)) { document.canvas.draw(heading, x: 72, y: 72) }
            document.canvas.tagged(.figure(alternativeText: "Karte \(number)")) {
                let origin = Point(x: 72, y: 120 + Double(number) * 7.5)
                document.canvas.drawRepeated(
                    key: "Karte", size: Size(width: 200, height: 100), at: origin,
                    RepeatedDrawingTests.squares(blue))
                let own = Rect(x: origin.x + Double(number) * 9, y: origin.y, width: 9, height: 9)
                document.canvas.fill(.rectangle(own), with: .black)
            }
            document.canvas.fill(.rectangle(Rect(x: 72, y: 780, width: 451, height: 0.5)), with: .black)
            // Enough untagged content per page that the helpers take pages while this thread works on others.
            RepeatedDrawingTests.squares(.black, count: 1500)(document.canvas)
            document.canvas.draw(engine.layout(text: "\(number)", style: style, width: nil), x: 300, y: 790)
            document.canvas.addLink(
                to: "anfang", over: Rect(x: 72, y: 72, width: 100, height: 12), description: "Zum Anfang")
        }
        try document.finish(threads: threads)
    }

    @Test("30 pages with Artifacts, a shared form and links: the same bytes on one, two and five threads")
    func sameBytes() throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [Data] = []
        for threads in [1, 2, 5] {
            let path = folder.appendingPathComponent("seiten-\(threads).pdf").path
            try Self.write(to: path, pages: 30, threads: threads)
            #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(files[1] == files[0])
        #expect(files[2] == files[0])
        // What the pages' work did is in the file: Artifacts on every page, the one form drawn on every page.
        let path = folder.appendingPathComponent("seiten-5.pdf").path
        let qdf = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(qdf.components(separatedBy: "/Artifact").count - 1 >= 30)
        let use = try FormUse(path: path)
        #expect(use.forms.count == 1)
        #expect(use.drawn.count == 30)
        #expect(use.drawn.allSatisfy { $0.count == 1 && use.forms.isSuperset(of: $0) })
    }

    /// A PDF of `pages` pages made by hand (`PDFRewriteTests.file`); the content of the pages in `damaged` claims
    /// `/FlateDecode` over bytes that are no zlib stream.
    static func file(pages: Int, damaged: Set<Int>) -> [UInt8] {
        // 1 catalog, 2 page tree, then per page its object and its content, the document information last.
        let kids = (0..<pages).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
        var objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [\(kids)] /Count \(pages) >>",
        ]
        for page in 1...pages {
            objects.append(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents \(2 + 2 * page) 0 R /Resources << >> >>"
            )
            // Long enough that the helpers take pages while this thread works on others.
            let content =
                damaged.contains(page)
                ? "kein zlib" : String(repeating: "0.5 g 10 \(page * 10) 100 1 re f\n", count: 4000)
            let filter = damaged.contains(page) ? " /Filter /FlateDecode" : ""
            objects.append("<< /Length \(content.utf8.count)\(filter) >>\nstream\n\(content)endstream")
        }
        objects.append("<< /Title (Seiten) >>")
        return PDFRewriteTests.file(objects)
    }

    @Test("damaged content on pages 5 and 9 of twelve: the error names page 5's content on any number of threads")
    func damagedPage() throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputs = PDFConformance.Inputs(
            metadata: PDFMetadata(title: "Seiten"), figureAlternatives: [], linkDescriptions: [],
            claimsConformance: true)
        let input = Self.file(pages: 12, damaged: [5, 9])
        for threads in [1, 4] {
            let path = folder.appendingPathComponent("kaputt-\(threads).pdf").path
            let error = try #require(throws: CairoError.self) {
                try PDFConformance.apply(
                    to: MemorySink(holding: input), named: path, writingTo: FileSink(path: path), inputs,
                    threads: threads)
            }
            // Page 5's content is object 12 (page n's content is object 2 + 2n).
            #expect(error.reason.contains("object 12 cannot be decompressed"), "\(error)")
            #expect(error.operation.contains(path))
            // Nothing of the file was written: the renderer's atomic write then leaves no file at all.
            let written = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
            #expect(written == 0)
        }
        let whole = folder.appendingPathComponent("ganz.pdf").path
        try PDFConformance.apply(
            to: MemorySink(holding: Self.file(pages: 12, damaged: [])), named: whole,
            writingTo: FileSink(path: whole), inputs, threads: 4)
        #expect(try PDFInspection.run("qpdf", ["--check", whole]).status == 0)
    }
}
