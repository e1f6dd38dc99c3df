import CairoBridge
import Layout

/// The parts of an ODT reference document (see `ReferenceDocument`); lengths in points.
enum ODFParts {
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"
        """

    static let manifest =
        declaration + """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
            <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>\
            <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
            <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
            <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\
            </manifest:manifest>
            """

    static let content =
        declaration + """
            <office:document-content \(namespaces)><office:body><office:text/></office:body></office:document-content>
            """

    static let meta =
        declaration + """
            <office:document-meta \(namespaces)><office:meta/></office:document-meta>
            """

    static func styles(_ reference: ReferenceDocument) -> String {
        let theme = reference.theme
        let page = reference.page
        let font = ReferenceDocument.xml(theme.fontFamily)
        let titleMaster = "ReportGen_20_Title_20_Page"
        func style(
            _ name: String, _ display: String, parent: String = "Standard", paragraph: String = "",
            text: String = "", outline: Int? = nil
        ) -> String {
            let level = outline.map { " style:default-outline-level=\"\($0)\"" } ?? ""
            // The title page's first paragraph starts the page style without header and footer.
            let master = name == reference.titlePageStyle ? " style:master-page-name=\"\(titleMaster)\"" : ""
            return "<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\" "
                + "style:parent-style-name=\"\(parent)\"\(level)\(master)><style:paragraph-properties \(paragraph)/>"
                + "<style:text-properties \(text)/></style:style>"
        }
        let muted = "fo:color=\"\(theme.mutedColor.hex)\" fo:font-size=\"\(theme.smallSize)pt\""
        var styles = [
            "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>",
            style(
                "Text_20_body", "Text body",
                paragraph: "fo:margin-top=\"0pt\" fo:margin-bottom=\"\(theme.paragraphSpacing)pt\""),
            style("First_20_paragraph", "First paragraph", parent: "Text_20_body"),
            style(
                "Title", "Title", paragraph: "fo:margin-top=\"150pt\" fo:margin-bottom=\"12pt\"",
                text: "fo:font-size=\"26pt\" fo:font-weight=\"bold\" fo:color=\"\(theme.accentColor.hex)\""),
            style("Subtitle", "Subtitle", text: "fo:font-size=\"14pt\""),
            style("Table_20_Contents", "Table Contents"),
            style("Table_20_Heading", "Table Heading", parent: "Table_20_Contents", text: "fo:font-weight=\"bold\""),
            style(
                "Caption", "Caption",
                paragraph: "fo:margin-top=\"8pt\" fo:margin-bottom=\"4pt\" fo:keep-with-next=\"always\"",
                text: "fo:font-weight=\"bold\""),
            style("Table", "Table", parent: "Caption"),
            style("Figure", "Figure", paragraph: "fo:keep-with-next=\"always\""),
            style("Logo", "Logo", paragraph: "fo:text-align=\"end\""),
            style("Lead", "Lead", parent: "Text_20_body", text: "fo:font-size=\"\(theme.bodySize + 1.5)pt\""),
            style("Small", "Small", parent: "Text_20_body", text: muted),
            style("Note", "Note", parent: "Text_20_body", text: muted + " fo:font-style=\"italic\""),
            style("Source", "Source", paragraph: "fo:margin-top=\"2pt\" fo:margin-bottom=\"10pt\"", text: muted),
            style(
                "ContentsHeading", "Contents Heading", paragraph: "fo:margin-bottom=\"12pt\"",
                text:
                    "fo:font-size=\"\(theme.headingSizes[0])pt\" fo:font-weight=\"bold\" fo:color=\"\(theme.accentColor.hex)\""
            ),
            style(
                "Contents1", "Contents 1", paragraph: "fo:margin-top=\"6pt\" fo:margin-bottom=\"2pt\"",
                text: "fo:font-weight=\"bold\""),
            style("Contents2", "Contents 2", paragraph: "fo:margin-left=\"18pt\" fo:margin-bottom=\"2pt\""),
            style("Header", "Header", text: muted),
            style("Footer", "Footer", paragraph: "fo:text-align=\"end\"", text: muted),
            style(ReferenceDocument.pageBreakStyle, "ReportGen Page Break", paragraph: "fo:break-before=\"page\""),
        ]
        for level in 1...4 {
            let size = theme.headingSizes[min(level, theme.headingSizes.count) - 1]
            let color = level <= 2 ? theme.accentColor : theme.textColor
            styles.append(
                style(
                    "Heading_20_\(level)", "Heading \(level)",
                    paragraph:
                        "fo:margin-top=\"\(theme.headingSpaceBefore)pt\" fo:margin-bottom=\"\(theme.headingSpaceAfter)pt\" "
                        + "fo:keep-with-next=\"always\"",
                    text: "fo:font-size=\"\(size)pt\" fo:font-weight=\"bold\" fo:color=\"\(color.hex)\"", outline: level
                ))
        }
        let words = reference.words
        return declaration + """
            <office:document-styles \(namespaces)>\
            <office:font-face-decls><style:font-face style:name="\(font)" svg:font-family="'\(font)'" \
            style:font-family-generic="swiss"/></office:font-face-decls>\
            <office:styles><style:default-style style:family="paragraph"><style:paragraph-properties \
            fo:line-height="\(Int((theme.lineSpacing * 100).rounded()))%"/><style:text-properties style:font-name="\(font)" \
            fo:font-size="\(theme.bodySize)pt" fo:color="\(theme.textColor.hex)" fo:language="de" fo:country="DE"/>\
            </style:default-style>\(styles.joined())</office:styles>\
            <office:automatic-styles><style:page-layout style:name="ReportGenPage"><style:page-layout-properties \
            fo:page-width="\(page.size.width)pt" fo:page-height="\(page.size.height)pt" \
            fo:margin-top="\(page.marginTop / 2)pt" fo:margin-bottom="\(page.marginBottom / 2)pt" \
            fo:margin-left="\(page.marginLeft)pt" fo:margin-right="\(page.marginRight)pt"/>\
            <style:header-style><style:header-footer-properties fo:min-height="0pt" fo:margin-bottom="\(page.marginTop / 2 - 12)pt"/>\
            </style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0pt" \
            fo:margin-top="\(page.marginBottom / 2 - 12)pt"/></style:footer-style></style:page-layout></office:automatic-styles>\
            <office:master-styles><style:master-page style:name="\(titleMaster)" style:display-name="ReportGen Title Page" \
            style:page-layout-name="ReportGenPage" style:next-style-name="Standard"/>\
            <style:master-page style:name="Standard" style:page-layout-name="ReportGenPage">\
            <style:header><text:p text:style-name="Header">\(ReferenceDocument.xml(reference.runningHeader))</text:p></style:header>\
            <style:footer><text:p text:style-name="Footer">\(ReferenceDocument.xml(words.page)) \
            <text:page-number text:select-page="current">1</text:page-number> \(ReferenceDocument.xml(words.pageOf)) \
            <text:page-count>1</text:page-count></text:p></style:footer></style:master-page></office:master-styles>\
            </office:document-styles>
            """
    }
}
