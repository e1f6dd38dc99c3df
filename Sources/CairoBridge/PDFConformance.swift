import Foundation

/// The pass that turns Cairo's tagged PDF into a PDF/UA-1 and PDF/A-2a file, run once on the finished file.
///
/// Cairo 1.16 (Debian's) writes the structure tree, marked content for its leaves, fonts, links and outline, but
/// no Artifacts, no XMP, no OutputIntent, no trailer `/ID`, no `/Lang`, no `/CIDToGIDMap`, and links without
/// `/Contents`. This pass reads the file with libqpdf, adds what is missing, wraps the untagged page content in
/// Artifacts (`ContentArtifacts`) and writes the file anew with qpdf's writer, whose `/ID` is computed from the
/// content, so the same input still gives the same bytes. qpdf, not byte edits of our own, because wrapping
/// Artifacts means rewriting compressed content streams and renumbering objects: qpdf parses, decodes, writes
/// cross-reference tables and `/ID` correctly, and Debian ships it as a C library.
enum PDFConformance {
    /// What the pass needs besides the file: what Canvas recorded while drawing.
    struct Inputs {
        var metadata: PDFMetadata
        /// The text alternatives of the figures, in the order their tags were opened.
        var figureAlternatives: [String]
        /// What each link points to, in the order the links were made (the order of the annotations).
        var linkDescriptions: [String]
        /// False to write a tagged PDF without the PDF/UA and PDF/A claims, Artifacts and OutputIntent.
        var claimsConformance: Bool
        /// The drawings the pages refer to by markers, written once as Form XObjects (`Canvas.drawRepeated`).
        var repeatedDrawings: [RepeatedDrawings.Drawing] = []
    }

    /// Reads the PDF Cairo wrote into `bytes` (named `path` in errors) and writes the finished file into `file`.
    static func apply(
        to bytes: UnsafeRawBufferPointer, named path: String, writingTo file: FileSink, _ inputs: Inputs
    ) throws(CairoError) {
        try PDFConformanceClock.measure { () throws(CairoError) in
            let pdf = try QPDFFile(reading: bytes, named: path)
            let drawings = try complete(pdf, path, inputs)
            try pdf.write(to: file)
            // The drawings' PDFs stay open until the file is written: qpdf copies their streams while writing.
            withExtendedLifetime(drawings) {}
        }
    }

    /// Completes the file; returns the repeated drawings' PDFs, which must stay open until the file is written.
    private static func complete(_ file: QPDFFile, _ path: String, _ inputs: Inputs) throws(CairoError) -> [QPDFFile] {
        let date = inputs.metadata.effectiveCreationDate
        describeCatalog(of: file, inputs, date: date)
        let (forms, sources) = try RepeatedForms.make(inputs.repeatedDrawings, in: file, path: path)
        let sizes = inputs.repeatedDrawings.map(\.size)
        let pages = file.pages
        for (index, page) in pages.enumerated() {
            file.set("/Tabs", of: page, to: file.name("/S"))
            try completeContent(
                of: page, number: index + 1, in: file, path: path, markingArtifacts: inputs.claimsConformance,
                repeated: (forms, sizes))
        }
        describeLinks(on: pages, in: file, descriptions: inputs.linkDescriptions)
        try completeObjects(in: file, path: path)
        completeStructure(in: file, figureAlternatives: inputs.figureAlternatives)
        return sources
    }

    // MARK: Catalog and document information

    private static func describeCatalog(of file: QPDFFile, _ inputs: Inputs, date: Date) {
        let root = file.root
        let metadata = inputs.metadata
        let language = String(metadata.language.filter { $0.isLetter || $0.isNumber || $0 == "-" })
        file.set("/Lang", of: root, to: file.string(language))
        file.set("/MarkInfo", of: root, to: file.parse("<< /Marked true >>"))
        file.set("/ViewerPreferences", of: root, to: file.parse("<< /DisplayDocTitle true >>"))
        // Cairo 1.16 writes the dates without their "D:" prefix; PDF/A wants them to be dates and to match the XMP.
        let info = file.key("/Info", of: file.trailer)
        let pdfDate = "D:" + PDFMetadata.iso8601(date).filter { $0.isNumber } + "Z"
        if file.isDictionary(info) {
            file.set("/CreationDate", of: info, to: file.string(pdfDate))
            file.set("/ModDate", of: info, to: file.string(pdfDate))
        }
        let infoText = { (key: String) in file.isDictionary(info) ? file.text(file.key(key, of: info)) ?? "" : "" }
        let packet = XMPPacket(
            title: metadata.title, author: infoText("/Author"), subject: infoText("/Subject"),
            keywords: infoText("/Keywords"), creatorTool: infoText("/Creator"), producer: infoText("/Producer"),
            language: language, date: PDFMetadata.iso8601(date), claimsConformance: inputs.claimsConformance)
        file.set(
            "/Metadata", of: root,
            to: file.newStream(Array(packet.text.utf8), dictionary: "<< /Type /Metadata /Subtype /XML >>"))
        guard inputs.claimsConformance else { return }
        let profile = file.newStream(SRGBProfile.bytes, dictionary: "<< /N 3 >>")
        let intent = file.parse(
            "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                + "/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) >>")
        file.set("/DestOutputProfile", of: intent, to: profile)
        let intents = file.parse("[]")
        file.append(intent, to: intents)
        file.set("/OutputIntents", of: root, to: intents)
    }

    // MARK: Pages

    /// The page's content with its markers of repeated drawings replaced by the drawings' forms (`RepeatedMarkers`)
    /// and its furniture marked as Artifacts (`markingArtifacts`), compressed with libdeflate when it changed or when
    /// Cairo left it uncompressed (`ContentCompression`); compressed content that needs no change stays as it is.
    private static func completeContent(
        of page: QPDFObject, number: Int, in file: QPDFFile, path: String, markingArtifacts: Bool,
        repeated: (forms: [QPDFObject], sizes: [Size])
    ) throws(CairoError) {
        let failure = { (reason: String) in
            CairoError(
                operation: "completing the content of page \(number) of \(path)", reason: reason,
                remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
        }
        let compressed = file.items(file.key("/Contents", of: page)).allSatisfy {
            file.has("/Filter", in: file.dictionary(ofStream: $0))
        }
        guard var content = file.contentBytes(ofPage: page) else { throw failure("the content cannot be decoded") }
        let placed = repeated.forms.isEmpty ? nil : RepeatedMarkers.place(in: content, sizes: repeated.sizes)
        if let placed {
            content = placed.content
            RepeatedForms.add(placed.used, of: repeated.forms, to: page, in: file)
        }
        let wrapped = markingArtifacts ? ContentArtifacts.wrap(content) : nil
        guard placed != nil || wrapped != nil || !compressed else { return }
        guard let deflated = Deflate.compress(wrapped ?? content) else {
            throw failure("libdeflate cannot compress it")
        }
        file.set("/Contents", of: page, to: file.newStream(deflated, dictionary: "<< >>", deflated: true))
    }

    /// Links get a description for assistive technology (`/Contents`) and the print flag PDF/A wants (`/F 4`).
    private static func describeLinks(on pages: [QPDFObject], in file: QPDFFile, descriptions: [String]) {
        var remaining = descriptions[...]
        for page in pages {
            for annotation in file.items(file.key("/Annots", of: page)) {
                file.set("/F", of: annotation, to: file.parse("4"))
                guard file.isName(file.key("/Subtype", of: annotation), "/Link") else { continue }
                if let description = remaining.popFirst(), !description.isEmpty {
                    file.set("/Contents", of: annotation, to: file.string(description))
                }
            }
        }
    }

    /// Cairo's CIDFontType2 subsets number their glyphs by CID, so the map is the identity: PDF/A wants it said.
    /// Form XObjects (a drawing Cairo writes once and pages paint again) hold drawing content as pages do, which
    /// Cairo left uncompressed (`ContentCompression`): compressed here with libdeflate, as page content is. Their
    /// content needs no Artifacts of its own: it belongs to the marked content, or the Artifact, that paints it.
    private static func completeObjects(in file: QPDFFile, path: String) throws(CairoError) {
        for object in file.objects {
            if file.isStream(object) {
                let dictionary = file.dictionary(ofStream: object)
                if file.isName(file.key("/Subtype", of: dictionary), "/Form"), !file.has("/Filter", in: dictionary) {
                    try compressForm(object, in: file, path: path)
                }
            } else if file.isDictionary(object), file.isName(file.key("/Subtype", of: object), "/CIDFontType2"),
                !file.has("/CIDToGIDMap", in: object)
            {
                file.set("/CIDToGIDMap", of: object, to: file.name("/Identity"))
            }
        }
    }

    private static func compressForm(_ form: QPDFObject, in file: QPDFFile, path: String) throws(CairoError) {
        let failure = { (reason: String) in
            CairoError(
                operation: "compressing the Form XObject \(file.objectNumber(form)) of \(path)", reason: reason,
                remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
        }
        guard let content = file.streamBytes(form) else { throw failure("its content cannot be read") }
        guard let deflated = Deflate.compress(content) else { throw failure("libdeflate cannot compress it") }
        file.replaceData(of: form, with: deflated)
    }

    // MARK: Structure tree

    /// Figures get their `/Alt` (in tree order, which is the order their tags were opened) and header cells a
    /// `/Scope` (ReportGen's header cells head their columns).
    private static func completeStructure(in file: QPDFFile, figureAlternatives: [String]) {
        let treeRoot = file.key("/StructTreeRoot", of: file.root)
        guard file.isDictionary(treeRoot) else { return }
        var alternatives = figureAlternatives[...]
        var visited: Set<Int> = []
        func visit(_ element: QPDFObject) {
            for kid in file.items(file.key("/K", of: element)) where file.isDictionary(kid) && file.has("/S", in: kid) {
                let number = file.objectNumber(kid)
                guard number == 0 || visited.insert(number).inserted else { continue }
                let type = file.key("/S", of: kid)
                if file.isName(type, "/Figure"), let alternative = alternatives.popFirst(), !alternative.isEmpty {
                    file.set("/Alt", of: kid, to: file.string(alternative))
                } else if file.isName(type, "/TH") {
                    file.set("/A", of: kid, to: file.parse("<< /O /Table /Scope /Column >>"))
                }
                visit(kid)
            }
        }
        visit(treeRoot)
    }
}
