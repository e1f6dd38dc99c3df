import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Nothing internal reaches a public report in another form: not through a formula, not through the manifest.
@Suite("Internal indicators stay out of public reports and their manifests")
struct VisibilityTests {
    static let catalogue = """
        indicators:
          - { key: pop, name: Einwohner, topic: T, source: S, aggregation: sum }
          - { key: kids, name: Kinder, topic: T, source: S, aggregation: sum, minimum-count: 3, visibility: internal }
          - { key: kids_share, name: Anteil Kinder, unit: "%", topic: T, source: S,
              formula: { share: { numerator: kids, denominator: pop } } }
          - { key: kids_per_person, name: Kinder je Person, topic: T, source: S,
              formula: { quotient: { numerator: kids_share, denominator: pop, factor: 1 } } }
          - { key: kitas, name: Kitas, topic: T, source: S, aggregation: sum }
        """

    @Test("a public indicator computed from an internal one, directly or through another formula, is internal")
    func visibilityFlowsThroughFormulas() throws {
        let fixture = try StoreFixture()
        try fixture.data.write("indicators.yaml", Self.catalogue)
        let report = try fixture.data.importAll()
        #expect(report.notes.contains { $0.hasPrefix("kids_share is computed from the internal indicator kids") })
        #expect(
            report.notes.contains { $0.hasPrefix("kids_per_person is computed from the internal indicator kids_share") }
        )
        let snapshot = try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
        #expect(snapshot.indicator(key: "kids_share")?.visibility == .internal)
        #expect(snapshot.indicator(key: "kids_per_person")?.visibility == .internal)
        #expect(snapshot.indicator(key: "pop")?.visibility == .public)
        try fixture.data.write(
            "report.yaml",
            StoreFixture.templateYAML.replacingOccurrences(of: "value.pop", with: "value.kids_per_person"))
        for command in ["check", "render"] {
            let result = try fixture.run(
                [
                    command, fixture.template.path, "--store", fixture.store.path, "-o",
                    fixture.data.folder.appendingPathComponent("out").path,
                ].prefix(command == "check" ? 4 : 6).map { $0 })
            #expect(result.status != 0, "\(command) accepted an internal value in a public report")
            #expect(result.output.contains("\"kids_per_person\" is internal"), "\(result.output)")
        }
    }

    @Test("the manifest of every public catalogue template lists only suppressions it shows, none internal")
    func publicManifests() throws {
        let berlin = try BerlinStore.get()
        let internalKeys = Set(berlin.snapshot.indicators.filter { $0.visibility == .internal }.map(\.key))
        #expect(!internalKeys.isEmpty)
        var listedAnything = false
        for name in Catalogue.templateNames {
            let plan = try Catalogue.plan(name)
            guard plan.settings.audience == .public else { continue }
            let snapshot = try IndicatorStore(at: berlin.url, readOnly: true).snapshot()
            let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
            // The samples, and the Bezirksregion and Bezirk of the Planungsräume the demo store suppresses.
            let chosen = Set(plan.settings.sample.map(\.value) + ["033005", "03"])
            let scopes = resolver.scopes().filter { chosen.contains($0.point?.sourceID ?? $0.area.id.key) }
            for scope in (scopes.isEmpty ? resolver.scopes() : scopes).prefix(4) { _ = resolver.report(for: scope) }
            let listed = snapshot.shownSuppressions(for: .public)
            #expect(listed.allSatisfy { !internalKeys.contains($0.indicator) }, "\(name)")
            #expect(
                listed.count < (try IndicatorStore(at: berlin.url).suppressions().count),
                "\(name) lists the whole store")
            listedAnything = listedAnything || !listed.isEmpty
        }
        #expect(listedAnything, "no public template shows a suppressed value: the test proves nothing")
    }

    @Test("render writes the shown suppressions into manifest.json, and no internal indicator")
    func manifestFile() throws {
        let berlin = try BerlinStore.get()
        let folder = try PDFInspection.temporaryDirectory()
        let result = try ReportFixture.run(
            [
                "render", "templates/statusbericht.yaml", "--store", berlin.url.path, "-o", folder.path, "--area",
                "011001",
            ])
        #expect(result.status == 0, "\(result.output)")
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        for indicator in berlin.snapshot.indicators where indicator.visibility == .internal {
            #expect(!manifest.contains(indicator.key), "manifest.json names \(indicator.key)")
        }
        #expect(manifest.contains("suppressedCells"))
    }
}
