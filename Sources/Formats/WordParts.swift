import CairoBridge
import Layout

/// The parts of a DOCX reference document (see `ReferenceDocument`). Sizes in Word units: twentieths of a
/// point for lengths, half points for font sizes.
enum WordParts {
    private static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let contentTypes =
        declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
            <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            <Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
            <Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
            </Types>
            """

    static let packageRelations =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
            </Relationships>
            """

    static let documentRelations =
        declaration + """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            <Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            <Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
            <Relationship Id="rId92" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>\
            <Relationship Id="rId93" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>\
            </Relationships>
            """

    static func document(_ reference: ReferenceDocument) -> String {
        let page = reference.page
        let twips = { (points: Double) in Int((points * 20).rounded()) }
        // A title page gets the empty first-page header and footer.
        let first =
            reference.titlePageStyle == nil
            ? ""
            : "<w:headerReference w:type=\"first\" r:id=\"rId92\"/><w:footerReference w:type=\"first\" r:id=\"rId93\"/>"
        return declaration + """
            <w:document \(namespaces)><w:body><w:p/><w:sectPr>\
            <w:headerReference w:type="default" r:id="rId90"/><w:footerReference w:type="default" r:id="rId91"/>\(first)\
            <w:pgSz w:w="\(twips(page.size.width))" w:h="\(twips(page.size.height))"/>\
            <w:pgMar w:top="\(twips(page.marginTop))" w:right="\(twips(page.marginRight))" \
            w:bottom="\(twips(page.marginBottom))" w:left="\(twips(page.marginLeft))" \
            w:header="\(twips(page.marginTop / 2))" w:footer="\(twips(page.marginBottom / 2))" w:gutter="0"/>\
            \(reference.titlePageStyle == nil ? "" : "<w:titlePg/>")</w:sectPr></w:body></w:document>
            """
    }

    static let emptyHeader = declaration + "<w:hdr \(namespaces)><w:p/></w:hdr>"
    static let emptyFooter = declaration + "<w:ftr \(namespaces)><w:p/></w:ftr>"

    static func header(_ reference: ReferenceDocument) -> String {
        declaration + """
            <w:hdr \(namespaces)><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>\
            <w:r><w:t xml:space="preserve">\(ReferenceDocument.xml(reference.runningHeader))</w:t></w:r></w:p></w:hdr>
            """
    }

    /// "Seite {PAGE} von {NUMPAGES}", right-aligned.
    static func footer(_ reference: ReferenceDocument) -> String {
        let words = reference.words
        func field(_ name: String) -> String {
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(name) </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        }
        func text(_ value: String) -> String {
            "<w:r><w:t xml:space=\"preserve\">\(ReferenceDocument.xml(value))</w:t></w:r>"
        }
        return declaration
            + "<w:ftr \(namespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"right\"/></w:pPr>"
            + text(words.page + " ") + field("PAGE") + text(" " + words.pageOf + " ") + field("NUMPAGES")
            + "</w:p></w:ftr>"
    }

    static func styles(_ reference: ReferenceDocument) -> String {
        let theme = reference.theme
        let font = ReferenceDocument.xml(theme.fontFamily)
        let color = { (color: Color) in String(color.hex.dropFirst()).uppercased() }
        let half = { (points: Double) in Int((points * 2).rounded()) }
        let twips = { (points: Double) in Int((points * 20).rounded()) }
        func paragraph(
            _ id: String, _ name: String, based: String = "Normal", next: String? = nil, outline: Int? = nil,
            spacing: (Double, Double)? = nil, keepNext: Bool = false, align: String? = nil, run: String
        ) -> String {
            var properties = keepNext ? "<w:keepNext/>" : ""
            if let spacing {
                properties += "<w:spacing w:before=\"\(twips(spacing.0))\" w:after=\"\(twips(spacing.1))\"/>"
            }
            if let align { properties += "<w:jc w:val=\"\(align)\"/>" }
            if let outline { properties += "<w:outlineLvl w:val=\"\(outline)\"/>" }
            return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + "<w:basedOn w:val=\"\(based)\"/>" + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "")
                + "<w:qFormat/><w:pPr>\(properties)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        var styles = [
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
            paragraph("BodyText", "Body Text", run: ""),
            paragraph("FirstParagraph", "First Paragraph", based: "BodyText", run: ""),
            paragraph("Compact", "Compact", based: "BodyText", spacing: (0, 2), run: ""),
            paragraph(
                "Title", "Title", spacing: (200, 12),
                run: "<w:b/><w:color w:val=\"\(color(theme.accentColor))\"/><w:sz w:val=\"52\"/>"),
            paragraph("Subtitle", "Subtitle", spacing: (0, 24), run: "<w:sz w:val=\"28\"/>"),
            paragraph("Lead", "Lead", based: "BodyText", run: "<w:sz w:val=\"\(half(theme.bodySize + 1.5))\"/>"),
            paragraph(
                "Small", "Small", based: "BodyText",
                run: "<w:color w:val=\"\(color(theme.mutedColor))\"/><w:sz w:val=\"\(half(theme.smallSize))\"/>"),
            paragraph("Note", "Note", based: "Small", run: "<w:i/>"),
            paragraph(
                "Source", "Source", based: "Small", spacing: (2, 10),
                run: "<w:color w:val=\"\(color(theme.mutedColor))\"/><w:sz w:val=\"\(half(theme.smallSize))\"/>"),
            paragraph(
                "Caption", "Caption", spacing: (8, 4), keepNext: true,
                run: "<w:b/><w:sz w:val=\"\(half(theme.bodySize - 0.5))\"/>"),
            paragraph("TableCaption", "Table Caption", based: "Caption", keepNext: true, run: ""),
            paragraph("Figure", "Figure", keepNext: true, run: ""),
            paragraph("Logo", "Logo", align: "right", run: ""),
            paragraph(
                "ContentsHeading", "ContentsHeading", spacing: (0, 12),
                run:
                    "<w:b/><w:color w:val=\"\(color(theme.accentColor))\"/><w:sz w:val=\"\(half(theme.headingSizes[0]))\"/>"
            ),
            paragraph("Contents1", "Contents1", spacing: (6, 2), run: "<w:b/>"),
            paragraph("Contents2", "Contents2", spacing: (0, 2), run: ""),
            paragraph(
                "Header", "header",
                run: "<w:color w:val=\"\(color(theme.mutedColor))\"/><w:sz w:val=\"\(half(theme.smallSize))\"/>"),
            paragraph(
                "Footer", "footer",
                run: "<w:color w:val=\"\(color(theme.mutedColor))\"/><w:sz w:val=\"\(half(theme.smallSize))\"/>"),
        ]
        for level in 1...4 {
            let size = theme.headingSizes[min(level, theme.headingSizes.count) - 1]
            let headingColor = level <= 2 ? theme.accentColor : theme.textColor
            styles.append(
                paragraph(
                    "Heading\(level)", "heading \(level)", next: "BodyText", outline: level - 1,
                    spacing: (theme.headingSpaceBefore, theme.headingSpaceAfter), keepNext: true,
                    run: "<w:b/><w:color w:val=\"\(color(headingColor))\"/><w:sz w:val=\"\(half(size))\"/>"))
        }
        styles.append(
            """
            <w:style w:type="table" w:default="1" w:styleId="Table"><w:name w:val="Table"/><w:tblPr>\
            <w:tblBorders><w:top w:val="single" w:sz="4" w:color="\(color(theme.ruleColor))"/>\
            <w:bottom w:val="single" w:sz="4" w:color="\(color(theme.ruleColor))"/>\
            <w:insideH w:val="single" w:sz="4" w:color="\(color(theme.ruleColor))"/></w:tblBorders>\
            <w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>\
            <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" \
            w:fill="\(color(theme.tableHeaderColor))"/></w:tcPr></w:tblStylePr></w:style>
            """)
        return declaration + """
            <w:styles \(namespaces)><w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="\(font)" w:hAnsi="\(font)" w:eastAsia="\(font)" w:cs="\(font)"/>\
            <w:color w:val="\(color(theme.textColor))"/><w:sz w:val="\(half(theme.bodySize))"/><w:lang w:val="de-DE"/>\
            </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="\(twips(theme.paragraphSpacing))" \
            w:line="\(Int((theme.lineSpacing * 240).rounded()))" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            \(styles.joined())</w:styles>
            """
    }
}
