import Foundation

/// What a PDF holds of repeated drawings: its Form XObjects and which of them each page draws.
public struct FormUse {
    /// The object numbers of the file's Form XObjects.
    public var forms: Set<Int>
    /// Per page, the object numbers of the XObjects its content draws (`Do`), in order.
    public var drawn: [[Int]]

    /// Reads `path` back with `qpdf --qdf` (every stream uncompressed, objects one by one).
    public init(path: String) throws {
        let qdf = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        var forms: Set<Int> = []
        for object in qdf.components(separatedBy: "\nendobj") where object.contains("/Subtype /Form") {
            if let number = object.firstMatch(of: /(\d+) 0 obj/)?.1, let value = Int(number) { forms.insert(value) }
        }
        self.forms = forms
        // qpdf --qdf writes each page's content after a comment "%% Contents for page N"; a name of an XObject
        // (`/x5`, `/RG0`) stands for one object in the whole file, and each page's resources map it to that object.
        let objects = Dictionary(
            qdf.matches(of: /\/([A-Za-z0-9]+) (\d+) 0 R/).map { (String($0.1), Int($0.2) ?? 0) },
            uniquingKeysWith: { a, _ in a })
        drawn = qdf.components(separatedBy: "%% Contents for page ").dropFirst().map { part in
            let stream = part.components(separatedBy: "endstream").first ?? ""
            return stream.matches(of: /\/([A-Za-z0-9]+) Do/).compactMap { objects[String($0.1)] }
        }
    }
}
