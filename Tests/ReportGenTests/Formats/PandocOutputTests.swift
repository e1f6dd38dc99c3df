import Formats
import Foundation
import Layout
import PDFInspection
import Testing
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
        let converted = fixture.folder.appendingPathComponent("lo-\(format.fileExtension)")
        let profile = fixture.folder.appendingPathComponent("lo-profile-\(format.fileExtension)")
        let result = try PDFInspection.run(
            "soffice", ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf",
                        "--outdir", converted.path, file.path])
        let pdf = converted.appendingPathComponent("bericht.pdf")
        #expect(result.status == 0 && FileManager.default.fileExists(atPath: pdf.path), "\(result.output)")
        let text = try FormatFixture.text(of: pdf)
        let comparable = FormatFixture.comparable(text)
        var position = comparable.startIndex
        for block in Self.texts(of: fixture.document.blocks) {
            let wanted = FormatFixture.comparable(block)
            let found = comparable.range(of: wanted, range: position..<comparable.endIndex)
            #expect(found != nil, "not found in order: \(block)")
            if let found { position = found.upperBound }
        }
        for table in XLSXOutputTests.tables(in: fixture.document.blocks) {
            for row in table.rows {
                for cell in row.cells {
                    let value = FormatFixture.comparable(cell.map(\.text).joined())
                    #expect(comparable.contains(value), "table value missing: \(value)")
                }
            }
        }
        let pages = text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty }
        #expect(pages.count >= 2)
        for (index, page) in pages.enumerated() {
            #expect(page.contains(fixture.document.runningHeader), "page \(index + 1) has no running header")
            #expect(page.contains("Seite \(index + 1) von \(pages.count)"))
        }
    }

    @Test("figures are embedded as high-resolution pictures with their text alternative")
    func figuresWithAltText() throws {
        let fixture = try FormatFixture()
        let file = fixture.folder.appendingPathComponent("bericht.docx")
        try PandocWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, as: .docx, to: file)
        let script = """
            import sys, zipfile, re
            archive = zipfile.ZipFile(sys.argv[1])
            document = archive.read("word/document.xml").decode()
            print("\\n".join(re.findall(r'descr="([^"]*)"', document)))
            print("\\n".join(re.findall(r'w:pStyle w:val="(Heading[1-4])"', document)))
            print("\\n".join(n for n in archive.namelist() if n.startswith("word/media/")))
            """
        let result = try PDFInspection.run(executable: FormatFixture.python, ["-c", script, file.path])
        let figures = FigureFiles.figures(in: fixture.document.blocks)
        for figure in figures {
            #expect(result.output.contains(String(figure.altText.prefix(40))), "no alt text for \(figure.caption)")
        }
        #expect(result.output.contains("Heading1") && result.output.contains("Heading2"))
        let media = result.output.split(separator: "\n").filter { $0.hasPrefix("word/media/") }
        #expect(media.count == figures.count)
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

