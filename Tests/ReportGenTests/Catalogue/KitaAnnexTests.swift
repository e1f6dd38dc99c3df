import Foundation
import Layout
import Testing

@testable import ReportGen

@Suite("Kita funding annex")
struct KitaAnnexTests {
    /// Twenty Kitas spread over the city: every 144th of the 2,880 in the order of the store.
    func spread(_ scopes: [Scope]) -> [Scope] {
        stride(from: 0, to: scopes.count, by: max(1, scopes.count / 20)).map { scopes[$0] }
    }

    @Test("the annex fits on at most two pages and names the Kita and its Planungsraum, for Kitas all over the city")
    func twoPages() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scopes = spread(resolver.scopes())
        #expect(scopes.count == 20)
        let renderer = try PDFRenderer()
        for scope in scopes {
            let point = try #require(scope.point)
            let report = resolver.report(for: scope)
            let laidOut = renderer.layout(report.document)
            #expect(laidOut.pages.count <= 2, "\(point.sourceID) \(point.name): \(laidOut.pages.count) pages")
            #expect(laidOut.warnings.isEmpty, "\(point.sourceID): \(laidOut.warnings)")
            let text = Catalogue.texts(of: report.document.blocks).joined(separator: "\n")
            #expect(text.contains(point.name), "\(point.sourceID)")
            #expect(text.contains("Planungsraum \(scope.area.name)"), "\(point.sourceID)")
        }
    }

    @Test("the header carries the Kita number; the table lists the Planungsraum, its Bezirksregion, Bezirk and Berlin")
    func areaChain() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scope = try #require(resolver.scopes(only: ["08142880"]).first)
        let document = resolver.report(for: scope).document
        #expect(document.runningHeader.hasSuffix("Kita-Nr. 08142880"))
        let tables = document.blocks.compactMap { block -> Layout.Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        let snapshot = try BerlinStore.get().snapshot
        let region = try #require(snapshot.parent(of: scope.area.id))
        let district = try #require(snapshot.parent(of: region.id))
        let names = tables.first?.rows.map { $0.cells.first?.map(\.text).joined() ?? "" }
        #expect(names == [scope.area.name, region.name, district.name, "Berlin"])
        #expect(tables.first?.rows.first?.emphasized == true)
    }

    @Test("the Kita itself is drawn highlighted once, with a legend entry of its own, among the other Kitas")
    func highlightedPoint() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scope = try #require(resolver.scopes(only: ["08142880"]).first)
        let plan = try #require(resolver.context.plan.figurePlans.compactMap(\.map).first)
        let prepared = try resolver.context.preparedMap(plan)
        let spec = try FigureResolver(context: resolver.context).mapSpec(plan, prepared, scope: scope)
        let highlighted = spec.points.filter(\.highlighted)
        #expect(highlighted.count == 1)
        #expect(highlighted.first?.position == scope.point?.position)
        #expect(spec.points.count > 10)
        #expect(spec.legend.pointCategories.map(\.label) == ["Kitas", "Diese Einrichtung"])
        #expect(highlighted.first?.category == 1)
    }

    @Test("the legend of a zoomed map counts the areas it shows, not those of the whole city")
    func zoomedCounts() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let scope = try #require(resolver.scopes(only: ["08142880"]).first)
        let plan = try #require(resolver.context.plan.figurePlans.compactMap(\.map).first)
        let prepared = try resolver.context.preparedMap(plan)
        let spec = try FigureResolver(context: resolver.context).mapSpec(plan, prepared, scope: scope)
        let counted = spec.legend.entries.compactMap(\.count).reduce(0, +)
        #expect(counted == spec.areas.count)
        #expect(spec.areas.count < 40)
        let perClass = spec.legend.entries.filter { !$0.hatched }.compactMap(\.count)
        let expected = prepared.classes.classification.counting(spec.areas.map(\.value)).counts
        #expect(perClass == expected)
    }
}
