import CairoBridge
import Foundation
import Layout

/// The reference document Pandoc takes styles, page geometry, running header and footer from, made for each
/// document from its theme: the theme's font and colours in real heading, body, caption and table styles, the
/// document's running header, "Seite n von m" in the footer, and the page size and margins of the PDF.
struct ReferenceDocument {
    let theme: Theme
    let page: PageSetup
    let runningHeader: String
    let words: FormatWords
    /// The paragraph style the document's title page begins with ("Logo" or "Title"), nil without a title page:
    /// the title page has no running header and footer, as in the PDF.
    let titlePageStyle: String?

    /// The paragraph style that starts a new page in ODT.
    static let pageBreakStyle = "ReportGen_20_Page_20_Break"

    /// The reference document's bytes for `format` (DOCX or ODT).
    func data(for format: OutputFormat) -> Data {
        var zip = ZipArchive()
        if format == .odt {
            zip.add("mimetype", "application/vnd.oasis.opendocument.text")
            zip.add("META-INF/manifest.xml", ODFParts.manifest)
            zip.add("styles.xml", ODFParts.styles(self))
            zip.add("content.xml", ODFParts.content)
            zip.add("meta.xml", ODFParts.meta)
        } else {
            zip.add("[Content_Types].xml", WordParts.contentTypes)
            zip.add("_rels/.rels", WordParts.packageRelations)
            zip.add("word/_rels/document.xml.rels", WordParts.documentRelations)
            zip.add("word/document.xml", WordParts.document(self))
            zip.add("word/styles.xml", WordParts.styles(self))
            zip.add("word/header1.xml", WordParts.header(self))
            zip.add("word/footer1.xml", WordParts.footer(self))
            zip.add("word/header2.xml", WordParts.emptyHeader)
            zip.add("word/footer2.xml", WordParts.emptyFooter)
        }
        return zip.data
    }

    /// `text` escaped for XML content and attributes.
    static func xml(_ text: String) -> String { HTMLText.escape(text) }
}
