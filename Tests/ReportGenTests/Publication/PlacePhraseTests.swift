import Foundation
import Layout
import Testing

@testable import ReportGen

@Suite("A rank in the text says among how many areas and which end comes first")
struct PlacePhraseTests {
    @Test("the Statusbericht places the area among its Bezirk's regions, highest share of child poverty first")
    func statusbericht() throws {
        let fixture = try ReportFixture(template: "templates/statusbericht.yaml")
        let snapshot = fixture.context.snapshot
        let scope = try #require(fixture.resolver.scopes(only: ["011001"]).first)
        let period = try #require(Period("2020-12-31"))
        let parent = try #require(snapshot.parent(of: scope.area.id))
        let values = snapshot.children(of: parent.id, level: scope.area.id.level)
            .compactMap { snapshot.value("kinderarmut", of: $0.id, period: period).value }
        let own = try #require(snapshot.value("kinderarmut", of: scope.area.id, period: period).value)
        let place = values.filter { $0 > own }.count + 1
        let text = Catalogue.texts(of: fixture.resolver.report(for: scope).document.blocks).joined(separator: " ")
        #expect(text.contains("an \(place). Stelle von \(values.count) (höchster Anteil zuerst)"), "\(text)")
    }
}
