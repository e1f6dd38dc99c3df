import Foundation

/// The repeated drawings of a document (`Canvas.drawRepeated`) as Form XObjects of the finished file: each drawing's
/// one-page PDF becomes a form with the page's content and resources, written once however many pages refer to it.
enum RepeatedForms {
    /// One form per drawing, in order, and the drawings' PDFs, which must stay open until `file` is written.
    static func make(_ drawings: [RepeatedDrawings.Drawing], in file: QPDFFile, path: String) throws(CairoError)
        -> (forms: [QPDFObject], sources: [QPDFFile])
    {
        var forms: [QPDFObject] = []
        var sources: [QPDFFile] = []
        for (index, drawing) in drawings.enumerated() {
            let name = "the repeated drawing \(index + 1) of \(path)"
            let source = try QPDFFile(reading: drawing.pdf.bytes("reading \(name)"), named: name)
            guard let page = source.pages.first, let content = source.contentBytes(ofPage: page),
                let deflated = Deflate.compress(content)
            else {
                throw CairoError(
                    operation: "writing the repeated drawing \(index + 1) into \(path)",
                    reason: "its drawing has no readable page",
                    remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
            }
            let box = String(format: "[0 0 %.3f %.3f]", drawing.size.width, drawing.size.height)
            let form = file.newStream(
                deflated, dictionary: "<< /Type /XObject /Subtype /Form /BBox \(box) >>", deflated: true)
            file.set(
                "/Resources", of: file.dictionary(ofStream: form),
                to: file.copy(source.key("/Resources", of: page), from: source))
            forms.append(form)
            sources.append(source)
        }
        return (forms, sources)
    }

    /// Names the forms `used` in the page's `/XObject` resources (`RepeatedMarkers.name`).
    static func add(_ used: Set<Int>, of forms: [QPDFObject], to page: QPDFObject, in file: QPDFFile) {
        let resources = file.key("/Resources", of: page)
        let existing = file.key("/XObject", of: resources)
        let xobjects = file.isDictionary(existing) ? existing : file.parse("<< >>")
        for index in used.sorted() { file.set(RepeatedMarkers.name(index), of: xobjects, to: forms[index]) }
        if !file.isDictionary(existing) { file.set("/XObject", of: resources, to: xobjects) }
    }
}
