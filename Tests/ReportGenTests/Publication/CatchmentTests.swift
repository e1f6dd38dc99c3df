import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("A catchment lists the points within a radius, nearest first, by name, provider and places")
struct CatchmentTests {
    @Test("the Kitas within 500 m of a Kita, its own row first and emphasised, names from ';' lists cleaned")
    func kitasAround() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Umfeld"
                  for-each: { points: kita }
                body:
                  - catchment: { points: kita, radius: 500, provider: t_name, places: e_platz, limit: 6, caption: "Umkreis" }
                """)
        let snapshot = try BerlinStore.get().snapshot
        let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: ["08142880"]).first)
        let own = try #require(scope.point)
        let table = try #require(
            resolver.report(for: scope).document.blocks.compactMap { block -> Layout.Table? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        func metres(_ point: PointOfInterest) -> Double {
            let (dx, dy) = (point.position.x - own.position.x, point.position.y - own.position.y)
            return (dx * dx + dy * dy).squareRoot()
        }
        let within = snapshot.pointsOfInterest(category: "kita").filter { metres($0) <= 500 }
            .sorted { (metres($0), $0.name) < (metres($1), $1.name) }
        #expect(within.count > 6)
        #expect(table.caption == "Umkreis (die 6 nächstgelegenen von \(within.count))")
        #expect(
            table.header.first?.cells.map { $0.map(\.text).joined() } == [
                "Einrichtung", "Träger", "Plätze", "Entfernung",
            ])
        let names = table.rows.map { $0.cells[0].map(\.text).joined() }
        #expect(names == within.prefix(6).map { PointOfInterest.printed($0.name) })
        #expect(table.rows.first?.emphasized == true)
        #expect(table.rows.dropFirst().allSatisfy { !$0.emphasized })
        let places = table.rows.map { $0.cells[2].map(\.text).joined() }
        #expect(places == within.prefix(6).map { $0.attributes["e_platz"] ?? "" })
        #expect(PointOfInterest.printed("Träger A;Träger B; ") == "Träger A, Träger B")
        #expect(PointOfInterest.printedAddress("Weisestr. 4 12049 Berlin") == "Weisestr. 4, 12049 Berlin")
        #expect(PointOfInterest.printedAddress("Albrechtstr. 20, 10117 Berlin") == "Albrechtstr. 20, 10117 Berlin")
    }

    @Test("outside a report per point the catchment has no centre and says so")
    func needsAPoint() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Umfeld"
                  for-each: { level: bezirk, sort: key }
                body:
                  - catchment: { points: kita, radius: 500 }
                """)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let report = resolver.report(for: try #require(resolver.scopes(only: ["01"]).first))
        #expect(report.findings.contains { $0.severity == .error && $0.message.contains("for-each: { points: … }") })
    }

    @Test("a Kita name the source writes as \"A;B\" is printed \"A, B\" in the annex")
    func cleanedName() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scope = try #require(resolver.scopes(only: ["03040700"]).first)
        let raw = try #require(scope.point?.name)
        #expect(raw.contains(";"))
        let document = resolver.report(for: scope).document
        let text = Catalogue.texts(of: document.blocks).joined(separator: " ")
        let cleaned = raw.replacingOccurrences(of: ";", with: ", ")
        #expect(!text.contains(raw))
        #expect(text.contains(cleaned))
        #expect(document.metadata.title.contains(cleaned))
    }
}
