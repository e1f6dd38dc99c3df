import Foundation
import Layout
import Testing

@testable import ReportGen

/// `benchmarks/bzr-profil.yaml` is the document the peers draw (../shared/benchmarks/README.md): per Bezirksregion
/// two pages, the first with text, the city map and a bar chart, the second with the table, a scatter plot of all
/// Planungsräume and the age chart of the area beside Berlin.
@Suite("The benchmark document is two pages per Bezirksregion")
struct BenchmarkDocumentTests {
    @Test("all 143 Bezirksregionen lay out as 286 pages, each area on two pages of its own with two figures each")
    func twoPagesPerArea() throws {
        let plan = try TemplateParser().parse(
            fileAt: TestSupport.repoRoot.appendingPathComponent("benchmarks/bzr-profil.yaml").path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scopes = resolver.scopes()
        #expect(scopes.count == 143)
        let report = resolver.combinedReport(for: scopes)
        #expect(!report.findings.contains { $0.severity == .error })
        let pages = try PDFRenderer(theme: plan.settings.theme.theme).layout(report.document).pages
        #expect(pages.count == 2 * scopes.count)
        for (index, scope) in scopes.enumerated() where 2 * index + 1 < pages.count {
            let first = pages[2 * index]
            let second = pages[2 * index + 1]
            #expect(first.plainText.contains(scope.area.name), "\(scope.area.name)")
            #expect(first.items.flatMap(\.drawings).count == 2, "\(scope.area.name), page \(first.number)")
            #expect(second.items.flatMap(\.drawings).count == 2, "\(scope.area.name), page \(second.number)")
        }
        let scatter = try #require(
            pages.dropFirst().first?.items.flatMap(\.drawings).first { $0.drawing is ScatterPlot })
        #expect(
            abs(scatter.rect.height - 60 * 72 / 25.4) < 0.01, "height-mm: 60 is the drawing's height: \(scatter.rect)")
    }
}
