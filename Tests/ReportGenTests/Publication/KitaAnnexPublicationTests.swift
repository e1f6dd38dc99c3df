import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("The Kita annex can be handed in with a funding application", .serialized)
struct KitaAnnexPublicationTests {
    @Test("every annex names the office, its Stand and the programme, has a signature line and at most two pages")
    func handIn() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let kitas = ["01010010", "08142880", "10210190"]
        let run = try ReportFixture.run(
            [
                "render", "templates/kita-foerderantrag.yaml", "--store", try BerlinStore.get().url.path, "-o",
                folder.path,
                "--set", "programm=Kita-Bonusprogramm des Landes Berlin", "--set", "anlage=3",
            ]
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
            // The annex has no title page: the issuer's logo heads its first page.
            let images = try PDFInspection.imagePages(of: path)
            #expect(!images.isEmpty && images.allSatisfy { $0 == 1 }, "\(file): images on pages \(images)")
            try catchmentAndFirstArgument(text, file: file)
        }
    }

    /// The Kitas within 500 m (the nearest four, recomputed from the store) are named, with their count; the first
    /// argument sentence is about the indicator with the largest gap on the side of need against the Bezirksregion,
    /// the Bezirk or Berlin.
    private func catchmentAndFirstArgument(_ text: String, file: String) throws {
        let number = try #require(file.split(separator: "-").last?.replacingOccurrences(of: ".pdf", with: ""))
        let snapshot = try BerlinStore.get().snapshot
        let kitas = snapshot.pointsOfInterest(category: "kita")
        let own = try #require(kitas.first { $0.sourceID == number })
        func metres(_ point: PointOfInterest) -> Double {
            let (dx, dy) = (point.position.x - own.position.x, point.position.y - own.position.y)
            return (dx * dx + dy * dy).squareRoot()
        }
        let within = kitas.filter { metres($0) <= 500 }.sorted { (metres($0), $0.name) < (metres($1), $1.name) }
        #expect(text.contains("Im Umkreis von 500 m liegen \(within.count) Kita"), "\(file)")
        // pdftotext drops a hyphen where a table cell broke the line ("Humboldt-|Universität"): compare without them.
        func bare(_ text: String) -> String { text.filter { !"-\u{AD} ".contains($0) } }
        for kita in within.prefix(4) {
            #expect(bare(text).contains(bare(PointOfInterest.printed(kita.name))), "\(file): \(kita.name)")
        }
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scope = try #require(resolver.scopes(only: [number]).first)
        let context = ResolveContext(snapshot: snapshot, plan: try Catalogue.plan("kita-foerderantrag.yaml"))
        let labels = [
            "kita_plaetze_je_100_u6": "Kitaplätze je 100 Kinder unter 6 Jahren:",
            "kinderarmut": "Kinderarmut (unter 15-Jährige mit SGB-II-Bezug):",
            "transferbezug": "Transferbezug (SGB II und XII):",
            "arbeitslosigkeit": "Arbeitslosigkeit (15- bis unter 65-Jährige):",
        ]
        let gaps = labels.keys.compactMap { key -> (String, Double)? in
            let indicator = snapshot.indicator(key: key)
            let own = context.value(key, of: scope.area.id)
            guard let indicator, own.status == .valid, let value = own.value else { return nil }
            let sign: Double = indicator.polarity == .higherIsBetter ? -1 : 1
            let references = snapshot.ancestors(of: scope.area.id).compactMap { area -> Double? in
                let reference = context.value(key, of: area.id)
                return reference.status == .valid ? reference.value : nil
            }
            return (key, references.filter { $0 != 0 }.map { sign * (value - $0) / abs($0) }.max() ?? 0)
        }
        let largest = try #require(gaps.max { $0.1 < $1.1 })
        guard largest.1 > 0, let label = labels[largest.0] else { return }
        let comparison = try #require(text.range(of: "Bedarf zuerst"))
        let firstArgument =
            text[comparison.upperBound...].firstRange(of: ":").map { text[comparison.upperBound..<$0.upperBound] } ?? ""
        #expect(
            firstArgument.hasSuffix(label),
            "\(file): the first argument should be \(label), the text reads \(firstArgument)")
    }

    @Test("without --set the programme is missing and the annex is refused, naming the parameter")
    func programmeRequired() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let run = try ReportFixture.run(
            [
                "render", "templates/kita-foerderantrag.yaml", "--store", try BerlinStore.get().url.path, "-o",
                folder.path,
                "--area", "08142880",
            ])
        #expect(run.status != 0)
        #expect(run.output.contains("\"programm\" is required"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pdf") }.isEmpty)
    }
}
