import Foundation
import PDFInspection
import Testing

@testable import CairoBridge

/// The pass keeps working when content lies in a Form XObject (a drawing Cairo writes once and pages paint again):
/// the XObject is compressed like page content, its content stays as it was, and only the page's content gets
/// Artifacts. The input is a small PDF made here, uncompressed as Cairo writes it for the pass.
@Suite("The PDF/UA pass on content inside Form XObjects")
struct FormXObjectPassTests {
    static let formContent = "0 0 1 rg 0 0 100 50 re f BT /F1 12 Tf 10 10 Td (Karte) Tj ET\n"
    /// A figure painting the form inside its marked content, then the same form painted untagged.
    static let pageContent = "/Figure << /MCID 0 >> BDC q 1 0 0 1 72 600 cm /Fm1 Do Q EMC\nq /Fm1 Do Q\n"

    /// A PDF of one page painting one Form XObject, with a structure tree holding one Figure.
    static func input() -> [UInt8] {
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 6 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /StructParents 0 "
                + "/Resources << /XObject << /Fm1 5 0 R >> >> >>",
            "<< /Length \(pageContent.utf8.count) >>\nstream\n\(pageContent)endstream",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 100 50] /Length \(formContent.utf8.count) "
                + "/Resources << /Font << /F1 8 0 R >> >> >>\nstream\n\(formContent)endstream",
            "<< /Type /StructTreeRoot /K 7 0 R /ParentTree << /Nums [0 [7 0 R]] >> >>",
            "<< /Type /StructElem /S /Figure /P 6 0 R /Pg 3 0 R /K 0 >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        return HandMadePDF.file(objects)
    }

    func passed() throws -> (path: String, qdf: String) {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("form.pdf").path
        let file = try FileSink(path: path)
        let inputs = PDFConformance.Inputs(
            metadata: PDFMetadata(title: "Formular"), figureAlternatives: ["Karte"], linkDescriptions: [],
            claimsConformance: true)
        try PDFConformance.apply(to: MemorySink(holding: Self.input()), named: path, writingTo: file, inputs)
        let qdf = try PDFInspection.run(
            "qpdf", ["--qdf", "--normalize-content=n", "--object-streams=disable", path, "-"]
        ).output
        return (path, qdf)
    }

    @Test("qpdf finds the result clean, and the Form XObject is compressed with its content unchanged")
    func compressed() throws {
        let (path, qdf) = try passed()
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let raw = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let form = raw.components(separatedBy: "obj").first { $0.contains("/Subtype /Form") }
        #expect(form?.contains("/FlateDecode") == true, "\(form ?? "no Form XObject")")
        #expect(qdf.contains(Self.formContent), "the form's content changed")
    }

    @Test("only the page's content gets Artifacts: the untagged painting of the form, not the form itself")
    func artifacts() throws {
        let qdf = try passed().qdf
        #expect(qdf.components(separatedBy: "/Artifact").count == 2, "one Artifact only: \(qdf)")
        let parts = qdf.components(separatedBy: "/Artifact << /Type /Layout >> BDC")
        #expect(parts.first?.hasSuffix("/Figure << /MCID 0 >> BDC q 1 0 0 1 72 600 cm /Fm1 Do Q EMC") == true)
        #expect(parts.last?.hasPrefix("\n\nq /Fm1 Do Q\n\nEMC") == true, "\(parts.last ?? "")")
    }
}
