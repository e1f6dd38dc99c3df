import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

/// Every character is drawn: emoji and CJK fall back to Noto Color Emoji and Noto CJK, and what no installed font
/// has is a warning naming the report and the character.
@Suite("Characters the body font lacks are drawn by a fallback font, or reported")
struct GlyphCoverageTests {
    let style = TextStyle(font: Font(family: "Noto Sans", size: 10))

    @Test("emoji and CJK have a fallback font; a private-use character has none")
    func coverage() {
        let engine = TextEngine()
        #expect(engine.undrawableCharacters(in: "Kita Sonnenschein 😀 北京 서울 東京", style: style).isEmpty)
        #expect(engine.undrawableCharacters(in: "Zeichen \u{10FFFD} und \u{10FFFD}", style: style) == ["\u{10FFFD}"])
    }

    @Test("a PDF with emoji and CJK embeds Noto CJK, draws the emoji as an image, and keeps the text")
    func rendered() throws {
        let fixture = try StoreFixture()
        try fixture.data.write(
            "report.yaml",
            StoreFixture.templateYAML.replacingOccurrences(of: "Einwohner:", with: "Gäste aus 北京 😀, Einwohner:"))
        let folder = fixture.data.folder.appendingPathComponent("out")
        let result = try fixture.run([
            "render", fixture.template.path, "--store", fixture.store.path, "-o", folder.path, "--area", "A1",
        ])
        #expect(result.status == 0, "\(result.output)")
        let pdf = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".pdf") })
        let path = folder.appendingPathComponent(pdf).path
        let fonts = try PDFInspection.fonts(of: path).joined(separator: "\n")
        #expect(fonts.contains("CJK"), "\(fonts)")
        // Cairo draws a colour emoji as a small image (Noto Color Emoji has bitmap glyphs), not as a box.
        let images = try PDFInspection.run("pdfimages", ["-list", path]).output
        #expect(images.split(separator: "\n").contains { $0.contains(" image ") }, "\(images)")
        #expect(try PDFInspection.text(of: path).contains("北京"))
    }

    @Test("check warns about a character no font has, naming the report and the code point")
    func warning() throws {
        let fixture = try StoreFixture()
        try fixture.data.write(
            "report.yaml",
            StoreFixture.templateYAML.replacingOccurrences(of: "Einwohner:", with: "Symbol \u{0378}, Einwohner:"))
        let result = try fixture.run(["check", fixture.template.path, "--store", fixture.store.path])
        #expect(result.output.contains("U+0378"), "\(result.output)")
        #expect(result.output.contains("no installed font can draw") && result.output.contains("Fix:"))
    }

    @Test("render prints the same warning as check, once per text, and still writes the PDF")
    func renderWarning() throws {
        let fixture = try StoreFixture()
        try fixture.data.write(
            "report.yaml",
            StoreFixture.templateYAML.replacingOccurrences(of: "Einwohner:", with: "Symbol \u{0378}, Einwohner:"))
        let folder = fixture.data.folder.appendingPathComponent("out")
        let result = try fixture.run([
            "render", fixture.template.path, "--store", fixture.store.path, "-o", folder.path,
        ])
        #expect(result.status == 0, "\(result.output)")
        let warnings = result.output.split(separator: "\n").filter { $0.contains("U+0378") }
        #expect(
            !warnings.isEmpty && warnings.allSatisfy { $0.contains("no installed font can draw") }, "\(result.output)")
        let rendered = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }
        #expect(warnings.count == rendered.count, "one warning per document, whatever the character cache holds")
    }

    @Test("a run asks about each character once: the second document's warning comes from the cache")
    func cache() {
        var glyphs = GlyphCoverage(theme: Theme())
        let document = Document(
            metadata: PDFMetadata(title: "T"), words: .german,
            blocks: [.paragraph(Paragraph("Symbol \u{0378} und ä")), .heading(Heading(level: 1, "\u{0378}"))])
        let first = glyphs.findings(in: document, subject: "A")
        let second = glyphs.findings(in: document, subject: "B")
        #expect(first.count == 2 && second.count == 2)
        #expect(second.allSatisfy { $0.message.contains("U+0378") && !$0.message.contains("U+00E4") })
    }
}
