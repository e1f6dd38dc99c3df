import Foundation

/// The repeated drawings of a document (`Canvas.drawRepeated`) as Form XObjects of the finished file: each drawing's
/// one-page PDF becomes a form with the page's content and resources, written once however many pages refer to it.
enum RepeatedForms {
    /// One form per drawing, in order, written into `file` with everything its resources refer to.
    static func make(
        _ drawings: [RepeatedDrawings.Drawing], in file: inout PDFRewrite, path: String
    ) throws(CairoError) -> [PDFReference] {
        var forms: [PDFReference] = []
        for (index, drawing) in drawings.enumerated() {
            let source = try PDFSource(drawing.pdf, named: "the repeated drawing \(index + 1) of \(path)")
            guard let page = try source.pages().first else {
                throw CairoError(
                    operation: "writing the repeated drawing \(index + 1) into \(path)",
                    reason: "its drawing has no page",
                    remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
            }
            let dictionary = try source.object(page).dictionary
            let content = try source.content(ofPage: dictionary).bytes
            var copies: [Int: PDFReference] = [:]
            let resources = try copy(dictionary["Resources"], from: source, into: &file, copies: &copies)
            let box = [0, 0, drawing.size.width, drawing.size.height].map {
                PDFValue.number(String(format: "%.3f", $0))
            }
            var form = PDFDictionary([("Type", .name("XObject")), ("Subtype", .name("Form"))])
            form["BBox"] = .array(box)
            form["Resources"] = resources
            let (finished, data) = try PDFConformance.compressed(form, content, path: path)
            forms.append(file.addStream(finished, data: data))
        }
        return forms
    }

    /// `value` of the drawing's PDF with every object it refers to copied into `file` under new numbers (`copies`
    /// maps the drawing's numbers to the file's).
    private static func copy(
        _ value: PDFValue, from source: PDFSource, into file: inout PDFRewrite, copies: inout [Int: PDFReference]
    ) throws(CairoError) -> PDFValue {
        switch value {
        case .reference(let reference):
            if let known = copies[reference.number] { return .reference(known) }
            let target = file.reserve()
            copies[reference.number] = target
            let object = try source.object(reference.number)
            let copied = try copy(object.value, from: source, into: &file, copies: &copies)
            guard let data = object.data, var dictionary = copied.dictionary else {
                file.replace(target.number, with: copied)
                return .reference(target)
            }
            dictionary.remove("Length")
            let (finished, bytes) = try PDFConformance.compressed(
                dictionary, Array(source.bytes(in: data)), path: source.path)
            file.replaceStream(target.number, dictionary: finished, data: bytes)
            return .reference(target)
        case .array(let items):
            var copied: [PDFValue] = []
            for item in items { copied.append(try copy(item, from: source, into: &file, copies: &copies)) }
            return .array(copied)
        case .dictionary(var dictionary):
            for (key, item) in dictionary.entries {
                dictionary[key] = try copy(item, from: source, into: &file, copies: &copies)
            }
            return .dictionary(dictionary)
        default:
            return value
        }
    }

    /// Names the forms `used` in the `/XObject` resources of page `page` (`RepeatedMarkers.name`).
    static func add(
        _ used: Set<Int>, of forms: [PDFReference], to page: inout PDFDictionary, in file: inout PDFRewrite
    ) throws(CairoError) {
        try PDFConformance.change(&page["Resources"], in: &file) { resources, file throws(CairoError) in
            if resources["XObject"] == .null { resources["XObject"] = .dictionary(PDFDictionary()) }
            try PDFConformance.change(&resources["XObject"], in: &file) { xobjects, _ in
                for index in used.sorted() { xobjects[RepeatedMarkers.name(index)] = .reference(forms[index]) }
            }
        }
    }
}
