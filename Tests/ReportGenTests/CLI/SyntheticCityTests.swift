import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// `bench --part growth` measures the benchmark document on made-up cities; they must be what they claim to be.
@Suite("The bench's synthetic city")
struct SyntheticCityTests {
    @Test("scale 1 is 143 Bezirksregionen of four Planungsräume in Bezirke, with the benchmark document's indicators")
    func scaleOne() throws {
        let synthetic = SyntheticCity(scale: 1)
        #expect(synthetic.regionGrid.columns * synthetic.regionGrid.rows == 143)
        let store = try synthetic.build(in: try PDFInspection.temporaryDirectory())
        let snapshot = try IndicatorStore(at: store).snapshot()
        let regions = snapshot.areas(level: "bezirksregion")
        #expect(regions.count == 143)
        #expect(snapshot.areas(level: "planungsraum").count == 4 * 143)
        #expect(snapshot.areas(level: "bezirk").count == 12)
        for region in regions {
            #expect(snapshot.children(of: region.id, level: "planungsraum").count == 4, "\(region.id.key)")
        }
        let plan = try TemplateParser().parse(
            fileAt: TestSupport.repoRoot.appendingPathComponent("benchmarks/bzr-profil.yaml").path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
        let scopes = resolver.scopes()
        #expect(scopes.count == 143)
        let scope = try #require(scopes.first)
        let report = resolver.report(for: scope)
        #expect(!report.findings.contains { $0.severity == .error }, "\(report.findings)")
        let city = try #require(scope.city)
        for indicator in ["einwohner", "kinderarmut", "arbeitslosigkeit", "anteil_u18", "anteil_65plus"] {
            #expect(
                snapshot.value(indicator, of: city.id, period: try #require(Period("2020-12-31"))).value != nil,
                "\(indicator)")
        }
    }

    @Test("larger cities have scale × 143 Bezirksregionen in a grid of nearly the same shape, never taller")
    func largerScales() {
        let one = SyntheticCity(scale: 1).regionGrid
        for scale in [2, 3, 5, 10] {
            let city = SyntheticCity(scale: scale)
            let (columns, rows) = city.regionGrid
            let cells = (0..<columns).flatMap { column in (0..<rows).map { (column, $0) } }
            #expect(cells.filter { city.hasRegion($0.0, $0.1) }.count == 143 * scale, "scale \(scale)")
            let shape = Double(rows) / Double(columns)
            let first = Double(one.rows) / Double(one.columns)
            #expect(shape <= first && shape > 0.9 * first, "scale \(scale): \(columns) × \(rows)")
        }
    }
}
