/// The XMP metadata of a PDF/UA-1 and PDF/A-2a file: the document information mirrored (PDF/A wants the Info
/// dictionary and XMP to agree), the language, and the claims `pdfuaid:part 1`, `pdfaid:part 2`,
/// `pdfaid:conformance A` with the extension schema that PDF/A requires for the pdfuaid namespace.
struct XMPPacket {
    var title: String
    var author: String
    var subject: String
    var keywords: String
    var creatorTool: String
    var producer: String
    var language: String
    /// ISO 8601, e.g. `2023-11-14T22:13:20Z`.
    var date: String
    /// Whether the file claims PDF/UA-1 and PDF/A-2a.
    var claimsConformance: Bool

    var text: String {
        var properties = ["<dc:format>application/pdf</dc:format>"]
        properties.append(
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(title))</rdf:li></rdf:Alt></dc:title>")
        if !author.isEmpty {
            properties.append("<dc:creator><rdf:Seq><rdf:li>\(escape(author))</rdf:li></rdf:Seq></dc:creator>")
        }
        if !subject.isEmpty {
            properties.append(
                "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escape(subject))</rdf:li></rdf:Alt></dc:description>"
            )
        }
        properties.append("<dc:language><rdf:Bag><rdf:li>\(escape(language))</rdf:li></rdf:Bag></dc:language>")
        if !keywords.isEmpty { properties.append("<pdf:Keywords>\(escape(keywords))</pdf:Keywords>") }
        if !producer.isEmpty { properties.append("<pdf:Producer>\(escape(producer))</pdf:Producer>") }
        if !creatorTool.isEmpty { properties.append("<xmp:CreatorTool>\(escape(creatorTool))</xmp:CreatorTool>") }
        properties += ["CreateDate", "ModifyDate", "MetadataDate"].map { "<xmp:\($0)>\(date)</xmp:\($0)>" }
        if claimsConformance { properties += Self.claims }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about=""
                xmlns:dc="http://purl.org/dc/elements/1.1/"
                xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
                xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            \(properties.map { "   " + $0 }.joined(separator: "\n"))
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    private static let claims = [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
        "  <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>",
        "  <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
        "  <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
        "  <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">",
        "    <pdfaProperty:name>part</pdfaProperty:name>",
        "    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
        "    <pdfaProperty:category>internal</pdfaProperty:category>",
        "    <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>",
        "  </rdf:li></rdf:Seq></pdfaSchema:property>",
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
    ]

    private func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
