import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("The Kita annex can be handed in with a funding application", .serialized)
struct KitaAnnexPublicationTests {
    @Test("every annex names the office, its Stand and the programme, has a signature line and at most two pages")
    func handIn() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let kitas = ["01010010", "08142880", "10210190"]
        let run = try ReportFixture.run(
            ["render", "templates/kita-foerderantrag.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path,
             "--set", "programm=Kita-Bonusprogramm des Landes Berlin", "--set", "anlage=3"]
                + kitas.flatMap { ["--area", $0] })
        #expect(run.status == 0, "\(run.output)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }
        #expect(files.count == kitas.count)
        for file in files {
            let path = folder.appendingPathComponent(file).path
            let text = try flowingText(ofPDF: path)
            #expect(text.contains("Herausgeber: Amt für Statistik und Sozialplanung (Demo)"), "\(file)")
            #expect(text.contains("Kontakt:"), "\(file)")
            #expect(text.contains("Stand: 14.11.2023"), "\(file)")
            #expect(text.contains("Kita-Bonusprogramm des Landes Berlin"), "\(file)")
            #expect(text.contains("Anlage 3 zum"), "\(file)")
            #expect(text.contains("Ort, Datum"), "\(file)")
            #expect(text.contains("Unterschrift / Stempel"), "\(file)")
            let pages = Int(try PDFInspection.info(of: path)["Pages"] ?? "") ?? 0
            #expect((1...2).contains(pages), "\(file): \(pages) pages")
        }
    }

    @Test("without --set the programme is missing and the annex is refused, naming the parameter")
    func programmeRequired() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let run = try ReportFixture.run(
            ["render", "templates/kita-foerderantrag.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path,
             "--area", "08142880"])
        #expect(run.status != 0)
        #expect(run.output.contains("\"programm\" is required"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.isEmpty)
    }
}
