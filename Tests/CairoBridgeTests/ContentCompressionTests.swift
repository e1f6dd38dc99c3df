import CairoBridge
import Foundation
import PDFInspection
import Testing

@Suite("Page content is compressed once, by the PDF/UA pass, with or without the standards")
struct ContentCompressionTests {
    /// A page of text, a rule outside any tag (an Artifact) and a filled figure, with or without the claims.
    func write(to path: String, claimsConformance: Bool) throws {
        let engine = TextEngine()
        let style = TextStyle(font: Font(family: "Noto Sans", size: 10))
        let document = try PDFDocument(
            path: path, metadata: PDFMetadata(title: "Probe"), claimsConformance: claimsConformance)
        for page in 1...2 {
            document.beginPage(size: .a4Portrait)
            let text = engine.layout(text: "Seite \(page): Kinderarmut in den Planungsräumen", style: style, width: 400)
            document.canvas.tagged(.paragraph) { document.canvas.draw(text, x: 72, y: 72) }
            document.canvas.fill(.rectangle(Rect(x: 72, y: 60, width: 400, height: 0.5)), with: .black)
            document.canvas.tagged(.figure(alternativeText: "Fläche \(page)")) {
                document.canvas.fill(.rectangle(Rect(x: 72, y: 200, width: 100, height: 50)), with: .black)
            }
        }
        try document.finish()
    }

    /// The dictionaries of the file's streams, by object key (`obj:5 0 R`), read back with `qpdf --json`.
    func streamDictionaries(of path: String) throws -> [String: [String: Any]] {
        let json = try PDFInspection.run("qpdf", ["--json=2", "--json-key=qpdf", path]).output
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = (object?["qpdf"] as? [Any])?.last as? [String: Any] ?? [:]
        return objects.compactMapValues {
            (($0 as? [String: Any])?["stream"] as? [String: Any])?["dict"] as? [String: Any]
        }
    }

    @Test(
        "every stream but the XMP packet is Flate-compressed, and the page content is still readable",
        arguments: [true, false])
    func compressed(claimsConformance: Bool) throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("probe.pdf").path
        try write(to: path, claimsConformance: claimsConformance)

        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let streams = try streamDictionaries(of: path)
        #expect(streams.count >= 4)
        let unfiltered = streams.filter { $0.value["/Filter"] == nil && $0.value["/Type"] as? String != "/Metadata" }
        #expect(unfiltered.isEmpty, "streams left uncompressed: \(unfiltered.keys.sorted())")
        #expect(
            try PDFInspection.pages(of: path).map { $0.contains("Kinderarmut in den Planungsräumen") } == [true, true])
        let content = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(content.contains("/Artifact") == claimsConformance)
    }
}
