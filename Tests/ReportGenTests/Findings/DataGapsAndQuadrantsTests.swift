import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Data gaps, named quadrants and the signature line are built from the data and the model")
struct DataGapsAndQuadrantsTests {
    private func blocks(_ body: String) throws -> (blocks: [Block], snapshot: StoreSnapshot) {
        let plan = try Catalogue.plan(text: "report: { title: x, period: 2020-12-31 }\nbody:\n\(body)\n")
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scope = try #require(resolver.scopes().first)
        return (resolver.report(for: scope).document.blocks, try BerlinStore.get().snapshot)
    }

    @Test("\"gaps: true\" lists per area of the model the cells with indicators and the admitted cells without")
    func gaps() throws {
        let (blocks, snapshot) = try blocks("  - indicator-overview: { gaps: true, caption: Datenlücken }")
        guard case .table(let table)? = blocks.first else {
            Issue.record("expected one table, got \(blocks)")
            return
        }
        let rows = table.rows.map { $0.cells.map { $0.map(\.text).joined() } }
        #expect(rows.count == TemplateVocabulary.modelAreas.count)
        let covered = Set(snapshot.indicators.filter { $0.visibility == .public }.compactMap(\.modelCell))
        for (row, (letter, name)) in zip(rows, TemplateVocabulary.modelAreas) {
            let admitted = IndicatorModel.cells(of: Character(letter))
            #expect(row[0] == "\(letter) \(name)")
            let with = admitted.filter { covered.contains($0) }
            let without = admitted.filter { !covered.contains($0) }
            #expect(row[1] == (with.isEmpty ? "–" : with.joined(separator: ", ")), "\(letter)")
            #expect(row[2] == (without.isEmpty ? "–" : without.joined(separator: ", ")), "\(letter)")
        }
        #expect(rows.first?[1] == "A1, A2, A3")
    }

    @Test("a scatter plot's quadrants lie at the city's values; the alt text counts the areas in each named quadrant")
    func quadrants() throws {
        let (blocks, snapshot) = try blocks(
            """
              - chart: { type: scatter, x: kita_plaetze_je_100_u6, y: kinderarmut, areas: { level: bezirk },
                         quadrants: [oben links, oben rechts, unten links, unten rechts] }
            """)
        guard case .figure(let figure)? = blocks.first, let plot = figure.drawing as? ScatterPlot else {
            Issue.record("expected a scatter plot")
            return
        }
        let quadrants = try #require(plot.spec.quadrants)
        let plan = try Catalogue.plan(text: "report: { title: x, period: 2020-12-31 }\nbody:\n  - text: x\n")
        let context = ResolveContext(snapshot: snapshot, plan: plan)
        let city = try #require(snapshot.city)
        #expect(quadrants.x == context.value("kita_plaetze_je_100_u6", of: city.id).value)
        #expect(quadrants.y == context.value("kinderarmut", of: city.id).value)
        let points = plot.spec.items.compactMap { item in item.x.flatMap { x in item.y.map { (x, $0) } } }
        let topLeft = points.filter { $0.0 < quadrants.x && $0.1 >= quadrants.y }.count
        #expect(points.count == 12)
        #expect(figure.altText.contains("oben links: \(topLeft);"), "\(figure.altText)")
    }

    @Test("four names or none: three quadrant names are refused where they are written")
    func threeNames() {
        #expect(throws: TemplateError.self) {
            _ = try Catalogue.plan(
                text: """
                    report: { title: x }
                    body:
                      - chart: { type: scatter, x: kinderarmut, y: transferbezug, quadrants: [a, b, c] }
                    """)
        }
    }

    @Test("the signature is one row, so that its labels never lie on a zebra band")
    func signatureRow() throws {
        let (blocks, _) = try blocks("  - signature")
        guard case .table(let table)? = blocks.last else {
            Issue.record("expected the signature table")
            return
        }
        #expect(table.rows.count == 1)
        let cells = table.rows.first?.cells.map { $0.map(\.text).joined() } ?? []
        #expect(
            cells.count == 2 && cells[0].hasSuffix("\nOrt, Datum") && cells[1].hasSuffix("\nUnterschrift / Stempel"))
    }
}
