import Foundation
import PDFInspection
import Testing

@testable import CairoBridge

/// The pass writes the finished file by splicing Cairo's: unchanged objects keep their bytes, changed ones are
/// written in their place, and a damaged input is an error, never a crash. Inputs are small PDFs made here as Cairo
/// writes them (one revision, a classic cross-reference table, page content uncompressed with an indirect length).
@Suite("The PDF/UA pass splices Cairo's file instead of parsing and writing every object")
struct PDFRewriteTests {
    static let content = "0.5 g 10 10 100 1 re f\n/P << /MCID 0 >> BDC BT /F1 12 Tf 72 700 Td (Text) Tj ET EMC\n"
    /// Written by hand with no spaces, as no writer of ours would: it must come through byte for byte.
    static let font = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"

    static func objects(content: String = content) -> [String] {
        [
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /StructParents 0 "
                + "/Resources << /Font << /F1 8 0 R >> >> >>",
            "<< /Length 5 0 R >>\nstream\n\(content)endstream",
            "\(content.utf8.count)",
            "<< /Type /StructTreeRoot /K [7 0 R] /ParentTree << /Nums [0 [7 0 R]] >> >>",
            "<< /Type /StructElem /S /P /P 6 0 R /Pg 3 0 R /K 0 >>",
            font,
            "<< /Title (Bericht \\(Entwurf\\)) /Creator <FEFF00420065007200690063006800740020004B00F6006C006E> >>",
        ]
    }

    /// A PDF of `objects`, the document information last.
    static func file(_ objects: [String]) -> [UInt8] {
        HandMadePDF.file(objects, info: objects.count)
    }

    /// The pass run on `input`; the finished file's path and bytes.
    static func passed(_ input: [UInt8], named name: String = "bericht.pdf") throws -> (path: String, bytes: Data) {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent(name).path
        let inputs = PDFConformance.Inputs(
            metadata: PDFMetadata(title: "Bericht"), figureAlternatives: [], linkDescriptions: [],
            claimsConformance: true)
        try PDFConformance.apply(to: MemorySink(holding: input), named: path, writingTo: FileSink(path: path), inputs)
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func trailerID(_ bytes: Data) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.range(of: "/ID [").map { String(text[$0.upperBound...].prefix(40)) }
    }

    @Test("objects the pass leaves alone keep Cairo's bytes; qpdf finds the file clean and the document text intact")
    func unchangedBytes() throws {
        let (path, bytes) = try Self.passed(Self.file(Self.objects()))
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        #expect(String(decoding: bytes, as: UTF8.self).contains("8 0 obj\n\(Self.font)\nendobj\n"))
        let info = try PDFInspection.run("pdfinfo", [path]).output
        #expect(info.contains("Bericht (Entwurf)"), "\(info)")
        #expect(info.contains("Bericht Köln"), "\(info)")
    }

    @Test("no object is left unused: the page content and its length object are replaced where Cairo put them")
    func noDeadObjects() throws {
        let (path, bytes) = try Self.passed(Self.file(Self.objects()))
        #expect(!String(decoding: bytes, as: UTF8.self).contains("(Text) Tj"), "Cairo's uncompressed content is left")
        let json = try PDFInspection.run("qpdf", ["--json=2", "--json-key=qpdf", path]).output
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let objects = try #require(((parsed?["qpdf"] as? [Any])?.last as? [String: Any]))
        let numbers = Set(objects.keys.filter { $0.hasPrefix("obj:") })
        var reached: Set<String> = []
        var queue = ["trailer"]
        while let key = queue.popLast() {
            func references(_ value: Any) -> [String] {
                switch value {
                case let text as String where text.hasSuffix(" R"): return ["obj:" + text]
                case let array as [Any]: return array.flatMap(references)
                case let dictionary as [String: Any]: return dictionary.values.flatMap(references)
                default: return []
                }
            }
            for next in references(objects[key] ?? [:]) where reached.insert(next).inserted { queue.append(next) }
        }
        #expect(numbers.count > 8)
        #expect(numbers == reached, "unused: \(numbers.subtracting(reached).sorted())")
    }

    @Test("the /ID is the same for the same input and another for other content")
    func identifier() throws {
        let first = try Self.passed(Self.file(Self.objects()), named: "eins.pdf").bytes
        let again = try Self.passed(Self.file(Self.objects()), named: "zwei.pdf").bytes
        let other = try Self.passed(
            Self.file(Self.objects(content: Self.content.replacingOccurrences(of: "Text", with: "Tekst"))),
            named: "drei.pdf"
        ).bytes
        #expect(first == again)
        let id = try #require(Self.trailerID(first))
        #expect(Self.trailerID(other) != id)
    }

    @Test("a truncated file, a missing table and a stream longer than its object are errors, not crashes")
    func damagedFile() throws {
        let text = String(decoding: Self.file(Self.objects()), as: UTF8.self)
        let length = "endobj\n5 0 obj\n\(Self.content.utf8.count)\n"
        let damaged = [
            String(text.prefix(text.utf8.count / 2)),
            text.replacingOccurrences(of: "xref\n0", with: "xerf\n0"),
            text.replacingOccurrences(of: length, with: "endobj\n5 0 obj\n99999\n"),
            text.replacingOccurrences(of: length, with: "endobj\n5 0 obj\n\(Int.max)\n"),
        ]
        for input in damaged {
            let error = try #require(throws: CairoError.self) { try Self.passed(Array(input.utf8)) }
            #expect(error.reason.contains("cannot be read"), "\(error)")
        }
    }

    @Test("values nested too deeply, unclosed strings and a missing page are errors, not crashes")
    func damagedObjects() throws {
        var deep = Self.objects()
        deep[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 /X " + String(repeating: "[", count: 100_000) + " >>"
        var unclosed = Self.objects()
        unclosed[6] = "<< /Type /StructElem /S /P /T (offen >>"
        var missing = Self.objects()
        missing[1] = "<< /Type /Pages /Kids [30 0 R] /Count 1 >>"
        for objects in [deep, unclosed, missing] {
            let error = try #require(throws: CairoError.self) { try Self.passed(Self.file(objects)) }
            #expect(error.reason.contains("object"), "\(error)")
        }
    }

    @Test("markers of repeated drawings and Artifacts are found in one reading of the content and both applied")
    func markersAndArtifacts() throws {
        let marker = RepeatedDrawings.Marker.color(1)
        let content = """
            0.5 g 10 10 100 1 re f
            /Figure << /MCID 0 >> BDC q \(marker.red) \(marker.green) \(marker.blue) rg 72 100 200 100 re f Q EMC
            """
        let sizes = [Size(width: 50, height: 50), Size(width: 200, height: 100)]
        let result = try #require(PageContent.complete(Array(content.utf8), sizes: sizes, markingArtifacts: true))
        let text = String(decoding: result.content, as: UTF8.self)
        #expect(result.used == [1])
        let colour = "\(marker.red) \(marker.green) \(marker.blue) rg"
        #expect(
            text == """
                /Artifact << /Type /Layout >> BDC
                0.5 g 10 10 100 1 re f

                EMC
                /Figure << /MCID 0 >> BDC q \(colour) q 1 0 0 -1 72.000 200.000 cm /RG1 Do Q Q EMC
                """)
    }
}
