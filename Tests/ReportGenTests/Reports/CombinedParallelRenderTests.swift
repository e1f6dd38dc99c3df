import Foundation
import PDFInspection
import Testing

@testable import Layout
@testable import ReportGen

@Suite("A combined document rendered on two threads has the bytes of one rendered on one")
struct CombinedParallelRenderTests {
    /// Four Bezirksregionen of the benchmark document: eight pages, each with figures whose marks (a highlighted
    /// map, bars, a scatter plot, age bars) differ from area to area, so marks painted on the wrong page or figures
    /// numbered out of order change the bytes.
    let areas = ["011001", "031001", "081004", "111003"]

    func render(jobs: Int) throws -> Data {
        let folder = try PDFInspection.temporaryDirectory()
        let arguments =
            ["render", "benchmarks/bzr-profil.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path]
            + ["--jobs", "\(jobs)"] + areas.flatMap { ["--area", $0] }
        let run = try ReportFixture.run(arguments)
        #expect(run.status == 0, "\(run.output)")
        let file = folder.appendingPathComponent("bzr-profil.pdf")
        #expect(try PDFInspection.run("qpdf", ["--check", file.path]).status == 0)
        return try Data(contentsOf: file)
    }

    @Test("the benchmark document falls into parts, laid out on two threads as on one")
    func partsWithPango() throws {
        let plan = try TemplateParser().parse(
            fileAt: TestSupport.repoRoot.appendingPathComponent("benchmarks/bzr-profil.yaml").path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let document = resolver.combinedReport(for: resolver.scopes(only: Set(areas))).document
        let theme = plan.settings.theme.theme
        let parts = try #require(
            PartLayout.paginate(document, theme: theme, measurers: [PangoMeasurer(), PangoMeasurer()]))
        #expect(parts.pages.count == 2 * areas.count)
        let whole = DocumentLayout.layout(document, theme: theme, measurer: PangoMeasurer())
        let inParts = DocumentLayout.layout(
            document, theme: theme, measurer: PangoMeasurer(), partMeasurers: [PangoMeasurer(), PangoMeasurer()])
        #expect(inParts.pages.map(\.plainText) == whole.pages.map(\.plainText))
        #expect(inParts.pages.map(\.number) == whole.pages.map(\.number))
        #expect(inParts.headings == whole.headings)
    }

    @Test("rendered with one worker and, three times over, with two, the PDF is byte for byte the same")
    func helpersEqualOneThread() throws {
        let serial = try render(jobs: 1)
        #expect(serial.count > 10_000)
        for run in 1...3 {
            #expect(try render(jobs: 2) == serial, "run \(run) with two workers differs from one worker")
        }
    }
}
