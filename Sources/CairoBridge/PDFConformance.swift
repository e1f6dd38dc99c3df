import Foundation

/// The pass that turns Cairo's tagged PDF into a PDF/UA-1 and PDF/A-2a file, run once on the finished file.
///
/// Cairo 1.16 (Debian's) writes the structure tree, marked content for its leaves, fonts, links and outline, but
/// no Artifacts, no XMP, no OutputIntent, no trailer `/ID`, no `/Lang`, no `/CIDToGIDMap`, and links without
/// `/Contents`. This pass reads Cairo's file where it lies in memory (`PDFSource`), parses only the objects it
/// changes (catalog, document information, pages and their content, links, fonts, structure elements), adds what
/// is missing, wraps the untagged page content in Artifacts (`PageContent`) and writes the file by splicing
/// (`PDFRewrite`): every other object's bytes copied as Cairo wrote them, a fresh cross-reference table, and an
/// `/ID` computed from the content, so the same input still gives the same bytes. Until round 5 qpdf parsed and
/// wrote every object of the file, which cost three quarters of the pass; Cairo 1.16's output (one revision, a
/// classic cross-reference table, no object streams) needs none of that.
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

    /// Reads the PDF Cairo wrote into `sink` (named `path` in errors) and writes the finished file into `file`; the
    /// pages' content is completed on `threads` threads (`PageWork`), the file is the same with any number.
    static func apply(
        to sink: MemorySink, named path: String, writingTo file: FileSink, _ inputs: Inputs, threads: Int = 1
    ) throws(CairoError) {
        try PDFConformanceClock.measure { () throws(CairoError) in
            let source = try PDFSource(sink, named: path)
            var rewrite = PDFRewrite(source)
            let (root, info) = try complete(&rewrite, path, inputs, threads: threads)
            try file.finish(writing: rewrite.file(root: root, info: info))
        }
    }

    /// Completes the file; returns its catalog and document information.
    private static func complete(
        _ file: inout PDFRewrite, _ path: String, _ inputs: Inputs, threads: Int
    ) throws(CairoError) -> (root: PDFReference, info: PDFReference?) {
        let trailer = file.source.trailer
        guard let root = trailer["Root"].reference else {
            throw PDFSource.failure(path, "the trailer has no /Root")
        }
        let info = trailer["Info"].reference
        try describeCatalog(root, info: info, in: &file, inputs)
        let forms = try RepeatedForms.make(inputs.repeatedDrawings, in: &file, path: path)
        let sizes = forms.isEmpty ? [] : inputs.repeatedDrawings.map(\.size)
        // The structure tree is completed on this thread while the helpers start on the pages' content (they touch
        // other objects); its error, if any, is thrown where it was before the pages were done in parallel.
        var structure: Result<Void, CairoError> = .success(())
        try completePages(
            in: &file, path: path, markingArtifacts: inputs.claimsConformance, repeated: (forms, sizes),
            linkDescriptions: inputs.linkDescriptions, threads: threads
        ) { file in
            structure = Result { () throws(CairoError) in
                try completeStructure(of: root, in: &file, figureAlternatives: inputs.figureAlternatives)
            }
        }
        try completeObjects(in: &file, path: path)
        try structure.get()
        return (root, info)
    }

    // MARK: Catalog and document information

    private static func describeCatalog(
        _ root: PDFReference, info: PDFReference?, in file: inout PDFRewrite, _ inputs: Inputs
    ) throws(CairoError) {
        guard var catalog = try file.value(of: root.number).dictionary else {
            throw PDFSource.failure(file.source.path, "the catalog is not a dictionary")
        }
        let metadata = inputs.metadata
        let date = metadata.effectiveCreationDate
        let language = String(metadata.language.filter { $0.isLetter || $0.isNumber || $0 == "-" })
        catalog["Lang"] = .text(language)
        catalog["MarkInfo"] = .dictionary(PDFDictionary([("Marked", .boolean(true))]))
        catalog["ViewerPreferences"] = .dictionary(PDFDictionary([("DisplayDocTitle", .boolean(true))]))
        // Cairo 1.16 writes the dates without their "D:" prefix; PDF/A wants them to be dates and to match the XMP.
        var information: PDFDictionary?
        if let info, var dictionary = try file.value(of: info.number).dictionary {
            let pdfDate = "D:" + PDFMetadata.iso8601(date).filter { $0.isNumber } + "Z"
            dictionary["CreationDate"] = .text(pdfDate)
            dictionary["ModDate"] = .text(pdfDate)
            file.replace(info.number, with: .dictionary(dictionary))
            information = dictionary
        }
        let infoText = { (key: String) in information?[key].text ?? "" }
        let packet = XMPPacket(
            title: metadata.title, author: infoText("Author"), subject: infoText("Subject"),
            keywords: infoText("Keywords"), creatorTool: infoText("Creator"), producer: infoText("Producer"),
            language: language, date: PDFMetadata.iso8601(date), claimsConformance: inputs.claimsConformance)
        // Unfiltered: PDF/A wants XML metadata readable as it is.
        let xmp = PDFDictionary([("Type", .name("Metadata")), ("Subtype", .name("XML"))])
        catalog["Metadata"] = .reference(file.addStream(xmp, data: Array(packet.text.utf8)))
        if inputs.claimsConformance {
            let (profile, data) = try compressed(
                PDFDictionary([("N", .integer(3))]), SRGBProfile.bytes, path: file.source.path)
            let intent = PDFDictionary([
                ("Type", .name("OutputIntent")), ("S", .name("GTS_PDFA1")),
                ("OutputConditionIdentifier", .text("sRGB IEC61966-2.1")),
                ("RegistryName", .text("http://www.color.org")), ("Info", .text("sRGB IEC61966-2.1")),
                ("DestOutputProfile", .reference(file.addStream(profile, data: data))),
            ])
            catalog["OutputIntents"] = .array([.dictionary(intent)])
        }
        file.replace(root.number, with: .dictionary(catalog))
    }

    // MARK: Pages

    /// Links get a description for assistive technology (`/Contents`) and the print flag PDF/A wants (`/F 4`).
    static func describeLinks(
        on page: PDFDictionary, in file: inout PDFRewrite, descriptions: inout ArraySlice<String>
    ) throws(CairoError) {
        let annotations: PDFValue
        if let reference = page["Annots"].reference {
            annotations = try file.value(of: reference.number)
        } else {
            annotations = page["Annots"]
        }
        for item in annotations.items {
            guard let reference = item.reference, var annotation = try file.value(of: reference.number).dictionary
            else { throw PDFSource.failure(file.source.path, "an annotation is not an object of its own") }
            annotation["F"] = .integer(4)
            if annotation["Subtype"].isName("Link"), let description = descriptions.popFirst(), !description.isEmpty {
                annotation["Contents"] = .text(description)
            }
            file.replace(reference.number, with: .dictionary(annotation))
        }
    }

    /// Cairo's CIDFontType2 subsets number their glyphs by CID, so the map is the identity: PDF/A wants it said.
    /// Other streams Cairo left uncompressed (`ContentCompression`: Form XObjects, which hold drawing content as pages
    /// do; page content is done with its page) are compressed here with libdeflate; a Form XObject's content needs no
    /// Artifacts of its own: it belongs to the marked content, or the Artifact, that paints it. Only objects whose
    /// bytes name a stream or a CIDFontType2 are parsed; all others stay as Cairo wrote them.
    private static func completeObjects(in file: inout PDFRewrite, path: String) throws(CairoError) {
        let source = file.source
        for number in 1..<source.size {
            guard let span = source.span(of: number), !file.isRewritten(number) else { continue }
            let bytes = UnsafeRawBufferPointer(source.bytes(in: span))
            if contains(bytes, "/CIDFontType2"), var font = try file.value(of: number).dictionary,
                font["Subtype"].isName("CIDFontType2"), !font.has("CIDToGIDMap")
            {
                font["CIDToGIDMap"] = .name("Identity")
                file.replace(number, with: .dictionary(font))
            } else if contains(bytes, "stream") {
                let object = try source.object(number)
                guard let data = object.data, !object.dictionary.has("Filter"),
                    !object.dictionary["Type"].isName("Metadata")
                else { continue }
                let (finished, deflated) = try compressed(object.dictionary, Array(source.bytes(in: data)), path: path)
                file.replaceStream(number, dictionary: finished, data: deflated)
            }
        }
    }

    /// Whether `word` occurs in `bytes` (`memchr` for its first byte, then `memcmp`).
    private static func contains(_ bytes: UnsafeRawBufferPointer, _ word: StaticString) -> Bool {
        guard var next = bytes.baseAddress, word.utf8CodeUnitCount > 0 else { return false }
        let end = next + bytes.count
        while end - next >= word.utf8CodeUnitCount {
            guard let found = memchr(next, Int32(word.utf8Start.pointee), end - next) else { return false }
            if end - UnsafeRawPointer(found) < word.utf8CodeUnitCount { return false }
            if memcmp(found, word.utf8Start, word.utf8CodeUnitCount) == 0 { return true }
            next = UnsafeRawPointer(found) + 1
        }
        return false
    }

    // MARK: Structure tree

    /// Figures get their `/Alt` (in tree order, which is the order their tags were opened) and header cells a
    /// `/Scope` (ReportGen's header cells head their columns). Each element is parsed once, as its parent's kid (the
    /// benchmark document has 10 000 of them).
    private static func completeStructure(
        of root: PDFReference, in file: inout PDFRewrite, figureAlternatives: [String]
    ) throws(CairoError) {
        guard let treeRoot = try file.value(of: root.number).dictionary?["StructTreeRoot"].reference,
            let tree = try file.value(of: treeRoot.number).dictionary
        else { return }
        var alternatives = figureAlternatives[...]
        var visited: Set<Int> = [treeRoot.number]
        func visit(_ element: PDFDictionary) throws(CairoError) {
            for kid in try resolvedItems(element["K"], in: file) {
                guard let reference = kid.reference, visited.insert(reference.number).inserted,
                    var child = try file.value(of: reference.number).dictionary, child.has("S")
                else { continue }
                if child["S"].isName("Figure"), let alternative = alternatives.popFirst(), !alternative.isEmpty {
                    child["Alt"] = .text(alternative)
                    file.replace(reference.number, with: .dictionary(child))
                } else if child["S"].isName("TH") {
                    child["A"] = .dictionary(PDFDictionary([("O", .name("Table")), ("Scope", .name("Column"))]))
                    file.replace(reference.number, with: .dictionary(child))
                }
                try visit(child)
            }
        }
        try visit(tree)
    }

    /// The items of an array, the array given directly or by reference.
    private static func resolvedItems(_ value: PDFValue, in file: PDFRewrite) throws(CairoError) -> [PDFValue] {
        guard let reference = value.reference else { return value.items }
        let resolved = try file.value(of: reference.number)
        if case .array(let items) = resolved { return items }
        return [value]
    }

    // MARK: Objects

    /// A stream's dictionary and data as the finished file holds them: data Cairo left unfiltered compressed with
    /// libdeflate (`/FlateDecode`), filtered data as it is.
    static func compressed(
        _ dictionary: PDFDictionary, _ data: [UInt8], path: String
    ) throws(CairoError) -> (PDFDictionary, [UInt8]) {
        guard !dictionary.has("Filter") else { return (dictionary, data) }
        guard let deflated = Deflate.compress(data) else {
            throw CairoError(
                operation: "compressing a stream of \(path)", reason: "libdeflate cannot allocate its compressor",
                remedy: "Close other programs to free memory, then render again.")
        }
        var finished = dictionary
        finished["Filter"] = .name("FlateDecode")
        return (finished, deflated)
    }

    /// Changes the dictionary `value` holds, or the object it refers to, with `body`.
    static func change(
        _ value: inout PDFValue, in file: inout PDFRewrite,
        _ body: (inout PDFDictionary, inout PDFRewrite) throws(CairoError) -> Void
    ) throws(CairoError) {
        if let reference = value.reference {
            guard var dictionary = try file.value(of: reference.number).dictionary else {
                throw PDFSource.failure(file.source.path, "object \(reference.number) is not a dictionary")
            }
            try body(&dictionary, &file)
            file.replace(reference.number, with: .dictionary(dictionary))
        } else if var dictionary = value.dictionary {
            try body(&dictionary, &file)
            value = .dictionary(dictionary)
        } else {
            throw PDFSource.failure(file.source.path, "a page's resources are not a dictionary")
        }
    }
}
