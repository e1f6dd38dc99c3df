import Foundation
import PDFInspection
import Testing

@testable import ReportGen

/// pdftotext's text with line ends turned into spaces; a word broken at a hyphen is joined again.
func flowingText(ofPDF path: String) throws -> String {
    try PDFInspection.text(of: path).replacingOccurrences(of: "-\n", with: "-").replacingOccurrences(
        of: "\n", with: " ")
}

@Suite("Template parameters are set with --set and refused where they are wrong", .serialized)
struct ParameterTests {
    let template = "templates/gremienvorlage-anlage.yaml"

    func render(_ settings: [String]) throws -> (status: Int32, output: String, folder: URL) {
        let folder = try PDFInspection.temporaryDirectory()
        let arguments = [
            "render", template, "--store", try BerlinStore.get().url.path, "--area", "01", "-o", folder.path,
        ]
        let result = try ReportFixture.run(arguments + settings.flatMap { ["--set", $0] })
        return (result.status, result.output, folder)
    }

    @Test("the Gremien annex shows the Drucksache, committee and meeting date given with --set, and its Stand")
    func filled() throws {
        let run = try render(["drucksache=DS/4711/XIX", "sitzungsdatum=2026-03-12", "gremium=Jugendhilfeausschuss"])
        #expect(run.status == 0, "\(run.output)")
        let files = try FileManager.default.contentsOfDirectory(atPath: run.folder.path).filter { $0.hasSuffix(".pdf") }
        let file = try #require(files.first)
        let text = try flowingText(ofPDF: run.folder.appendingPathComponent(file).path)
        #expect(text.contains("Drucksache DS/4711/XIX"))
        #expect(text.contains("12.03.2026"))
        #expect(text.contains("Jugendhilfeausschuss"))
        // SOURCE_DATE_EPOCH=1700000000 is 14 November 2023, 22:13 UTC.
        #expect(text.contains("Stand: 14.11.2023"))
        #expect(text.contains("Amt für Statistik und Sozialplanung (Demo)"))
        #expect(!text.contains("Nr. …"))
        // The annex has no title page: the issuer's logo heads its first page.
        let images = try PDFInspection.imagePages(of: run.folder.appendingPathComponent(file).path)
        #expect(!images.isEmpty && images.allSatisfy { $0 == 1 }, "images on pages \(images)")
    }

    @Test("a required parameter that is not set is an error at its declaration saying how to set it")
    func missingRequired() throws {
        let run = try render(["sitzungsdatum=2026-03-12"])
        #expect(run.status != 0)
        #expect(run.output.contains("gremienvorlage-anlage.yaml:"))
        #expect(run.output.contains("\"drucksache\" is required"))
        #expect(run.output.contains("--set drucksache="))
    }

    @Test("an undeclared parameter is refused with the nearest declared name; a date of the wrong form too")
    func undeclaredAndWrongType() throws {
        let typo = try render(["drucksachen=DS/1/XIX", "sitzungsdatum=2026-03-12"])
        #expect(typo.status != 0)
        #expect(typo.output.contains("drucksachen"))
        #expect(typo.output.contains("Did you mean \"drucksache\""))
        let date = try render(["drucksache=DS/1/XIX", "sitzungsdatum=12.03.2026"])
        #expect(date.status != 0)
        #expect(date.output.contains("2026-03-12"))
    }

    @Test("a text naming a parameter the template does not declare is an error at its line and column")
    func undeclaredInText() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Anlage"
                  params:
                    drucksache: { type: text, default: "DS/1/XIX" }
                body:
                  - text: "Drucksache {{ param.drucksache }}, Sitzung {{ param.sitzung }}"
                """)
        let errors = TemplateValidator(vocabulary: try BerlinStore.get().snapshot.vocabulary).validate(plan)
        #expect(errors.count == 1)
        let message = errors.map(\.description).joined()
        #expect(message.contains("t.yaml:6:"))
        #expect(message.contains("\"sitzung\""))
        #expect(message.contains("drucksache"))
    }

    @Test("the publication date is the UTC day of SOURCE_DATE_EPOCH when it is set")
    func publicationDate() {
        #expect(Period.publication(environment: ["SOURCE_DATE_EPOCH": "1700000000"]).german == "14.11.2023")
        #expect(Period.publication(environment: ["SOURCE_DATE_EPOCH": "0"]).german == "01.01.1970")
        let today = Period.publication(environment: [:])
        #expect(today.iso.count == 10)
    }
}
