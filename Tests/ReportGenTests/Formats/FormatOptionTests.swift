import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("render --format", .serialized)
struct FormatOptionTests {
    @Test("render --format writes each asked format next to the others and lists them in the manifest")
    func writesFormats() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let result = try ReportFixture.run([
            "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "--area", "011001",
            "-o", folder.path, "--format", "html,xlsx",
        ])
        #expect(result.status == 0, "\(result.output)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.contains("statusbericht-011001.html") && names.contains("statusbericht-011001.xlsx"))
        #expect(!names.contains { $0.hasSuffix(".pdf") })
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("statusbericht-011001.html") && manifest.contains("statusbericht-011001.xlsx"))
    }

    @Test(
        "with SOURCE_DATE_EPOCH the same inputs give the same HTML, XLSX, DOCX and ODT bytes, on two workers, seconds apart"
    )
    func reproducible() throws {
        let formats = ["html", "xlsx", "docx", "odt"]
        let areas = ["011001", "011002"]
        var files: [[String: Data]] = []
        for run in 0..<2 {
            // A ZIP entry's time counts in steps of two seconds: the second run must not share the first's.
            if run > 0 { Thread.sleep(forTimeInterval: 2.1) }
            let folder = try PDFInspection.temporaryDirectory()
            let result = try ReportFixture.run(
                [
                    "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o",
                    folder.path, "--format", formats.joined(separator: ","), "--jobs", "2",
                ] + areas.flatMap { ["--area", $0] })
            #expect(result.status == 0, "\(result.output)")
            var written: [String: Data] = [:]
            for area in areas {
                for format in formats {
                    let name = "statusbericht-\(area).\(format)"
                    written[name] = try Data(contentsOf: folder.appendingPathComponent(name))
                }
            }
            files.append(written)
        }
        for name in files[0].keys.sorted() { #expect(files[0][name] == files[1][name], "\(name) differs") }
    }

    @Test("an unknown format is refused with the nearest known one, before anything is written")
    func unknownFormat() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let result = try ReportFixture.run([
            "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "--area", "011001",
            "-o", folder.path, "--format", "pdf,htm",
        ])
        #expect(result.status != 0)
        #expect(result.output.contains("unknown format \"htm\". Did you mean \"html\"?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a template names its default formats; an unknown one is an error at its line and column")
    func templateFormats() throws {
        let plan = try Catalogue.plan(
            text: """
                report: { title: "T", formats: [pdf, xlsx] }
                body:
                  - heading: "Test"
                """)
        #expect(plan.settings.formats.map(\.rawValue) == ["pdf", "xlsx"])
        #expect {
            try Catalogue.plan(text: "report:\n  title: T\n  formats: [pdf, dox]\nbody: []\n")
        } throws: { error in
            let error = error as? TemplateError
            return error?.location.line == 3 && "\(error.map { "\($0)" } ?? "")".contains("Did you mean \"docx\"")
        }
    }
}
