import Foundation
import Layout
import PDFInspection
import Testing

@testable import Formats
@testable import ReportGen

@Suite("DOCX and ODT output", .serialized)
struct PandocOutputTests {
    @Test(
        "converted to PDF by LibreOffice, the document has the same headings, paragraphs, table values, header and page numbers",
        arguments: [OutputFormat.docx, .odt])
    func sameContent(_ format: OutputFormat) throws {
        let fixture = try FormatFixture()
        let file = fixture.folder.appendingPathComponent("bericht.\(format.fileExtension)")
        try PandocWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, as: format, to: file)
        let text = try Self.convert(file, in: fixture.folder)
        let comparable = FormatFixture.comparable(text)
        var position = comparable.startIndex
        for block in Self.texts(of: fixture.document.blocks) {
            let wanted = FormatFixture.comparable(block)
            let found = comparable.range(of: wanted, range: position..<comparable.endIndex)
            #expect(found != nil, "not found in order: \(block)")
            if let found { position = found.upperBound }
        }
        // Word by word: a word processor may break a table row across two pages ("Großer | Tiergarten").
        for table in XLSXOutputTests.tables(in: fixture.document.blocks) {
            for word in table.rows.flatMap({ $0.cells.flatMap { $0.map(\.text).joined().split(separator: " ") } }) {
                #expect(comparable.contains(FormatFixture.comparable(String(word))), "table value missing: \(word)")
            }
        }
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
        #expect(pages.count >= 2)
        for (index, page) in pages.enumerated() {
            #expect(page.contains(fixture.document.runningHeader), "page \(index + 1) has no running header")
            #expect(page.contains("Seite \(index + 1) von \(pages.count)"))
        }
    }

    @Test("a title page has no running header and no page number, as in the PDF", arguments: [OutputFormat.docx, .odt])
    func titlePage(_ format: OutputFormat) throws {
        let fixture = try FormatFixture(template: "templates/abbildungen.yaml", area: "08")
        let file = fixture.folder.appendingPathComponent("bericht.\(format.fileExtension)")
        try PandocWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, as: format, to: file)
        let pages = try Self.convert(file, in: fixture.folder).components(separatedBy: "\u{0C}")
        #expect(pages.count > 2)
        #expect(!pages[0].contains(fixture.document.runningHeader) && !pages[0].contains("Seite 1"))
        #expect(pages[1].contains(fixture.document.runningHeader) && pages[1].contains("Seite 2 von"))
    }

    @Test("a file that is not a ZIP archive, or one cut short, is refused, not misread")
    func notAnArchive() {
        #expect(ZipDates.fixed(Data("PK not really".utf8)) == nil)
        var archive = ZipArchive()
        archive.add("mimetype", "application/vnd.oasis.opendocument.text")
        let whole = archive.data
        #expect(ZipDates.fixed(whole) == whole)
        for cut in [whole.count - 10, whole.count / 2, 21] {
            #expect(ZipDates.fixed(whole.prefix(cut)) == nil, "cut at \(cut)")
        }
    }

    /// `file` turned into PDF by LibreOffice headless (with a profile of its own), as text.
    static func convert(_ file: URL, in folder: URL) throws -> String {
        let converted = folder.appendingPathComponent("lo-\(file.pathExtension)")
        let profile = folder.appendingPathComponent("lo-profile-\(file.pathExtension)")
        let result = try PDFInspection.run(
            "soffice",
            [
                "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf",
                "--outdir", converted.path, file.path,
            ])
        let pdf = converted.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
        guard result.status == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            throw ConversionError(output: result.output)
        }
        return try FormatFixture.text(of: pdf)
    }

    struct ConversionError: Error { var output: String }

    @Test(
        "figures are embedded as high-resolution pictures with their text alternative",
        arguments: [OutputFormat.docx, .odt])
    func figuresWithAltText(_ format: OutputFormat) throws {
        let fixture = try FormatFixture()
        let file = fixture.folder.appendingPathComponent("bericht.\(format.fileExtension)")
        try PandocWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, as: format, to: file)
        // The text alternatives, the heading styles and the size of each picture in pixels and centimetres.
        let script = """
            import sys, zipfile, re, struct, base64, html
            archive = zipfile.ZipFile(sys.argv[1])
            docx = sys.argv[2] == "docx"
            text = archive.read("word/document.xml" if docx else "content.xml").decode()
            alts = re.findall(r'descr="([^"]*)"', text) if docx else re.findall(r"<svg:desc>(.*?)</svg:desc>", text)
            print("\\n".join("alt " + html.unescape(alt) for alt in alts))
            styles = re.findall(r'w:pStyle w:val="(Heading[1-4])"|text:style-name="(Heading_20_[1-4])"', text)
            print("styles " + " ".join(sorted(set(name for pair in styles for name in pair if name))))
            pngs = [archive.read(n) for n in archive.namelist() if n.startswith("word/media/")] if docx else \\
                [base64.b64decode(b) for b in re.findall(r"<office:binary-data>(.*?)</office:binary-data>", text)]
            print("\\n".join("png %d" % struct.unpack(">I", png[16:20]) for png in pngs))
            """
        let result = try PDFInspection.run(
            executable: FormatFixture.python, ["-c", script, file.path, format.rawValue])
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        let figures = fixture.document.figures
        for figure in figures {
            #expect(lines.contains("alt " + figure.altText), "no alt text for \(figure.caption)")
        }
        let styles = try #require(lines.first { $0.hasPrefix("styles ") })
        #expect(styles.contains(format == .docx ? "Heading1 Heading2" : "Heading_20_1 Heading_20_2"), "\(styles)")
        let widths = lines.filter { $0.hasPrefix("png ") }.compactMap { Int($0.dropFirst(4)) }
        #expect(widths.count == figures.count)
        // 300 dpi over the text width (453 pt) is about 1,890 pixels.
        #expect(widths.allSatisfy { $0 >= 1_800 }, "\(widths)")
    }

    /// The texts every format must show: headings, paragraphs, list items, captions and sources.
    static func texts(of blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): [heading.text]
            case .paragraph(let paragraph): [paragraph.content.map(\.text).joined()]
            case .list(let list): list.items.map { $0.map(\.text).joined() }
            case .table(let table): [table.caption, table.source].filter { !$0.isEmpty }
            case .figure(let figure): [figure.caption, figure.source].filter { !$0.isEmpty }
            case .figureRow(let figures): figures.flatMap { [$0.caption, $0.source] }.filter { !$0.isEmpty }
            case .columns(_, let inner): texts(of: inner)
            default: []
            }
        }
    }
}
