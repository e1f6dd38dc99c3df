import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

/// `areas:` takes one selection or a list, `level:` and `top:` choose within the area, its parent or the city, and a
/// scatter plot highlights a selection among its points; every mistake is an error where it is written.
@Suite("Charts over any selection, lists of selections and highlighted subsets")
struct AreaSelectionGrammarTests {
    /// The figure plans of a template whose body is `body`, read as the Berlin store's context.
    static func resolver(body: String) throws -> ReportResolver {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("t.yaml").path
        try "report:\n  title: x\n  for-each: { level: bezirksregion, sort: key }\n  period: 2020-12-31\nbody:\n\(body)"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        return ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
    }

    static func scatter(_ resolver: ReportResolver, area key: String) throws -> ScatterPlotSpec {
        let scope = try #require(resolver.scopes(only: [key]).first)
        let plan = try #require(resolver.context.plan.figurePlans.first)
        guard case .scatter(let scatter) = plan.kind else {
            throw TemplateError.syntax(plan.location, "no scatter", fix: "")
        }
        return try FigureResolver(context: resolver.context).scatterPlot(scatter, scope: scope, at: plan.location).spec
    }

    @Test("a scatter plot of every Planungsraum of the city highlights and names the area's own")
    func scatterOverTheCity() throws {
        let resolver = try Self.resolver(
            body: """
                  - chart: { type: scatter, x: arbeitslosigkeit, y: kinderarmut,
                             areas: { level: planungsraum, within: city }, highlight: children }
                """)
        let snapshot = resolver.context.snapshot
        let spec = try Self.scatter(resolver, area: "011001")
        #expect(spec.items.count == snapshot.areas(level: "planungsraum").count)
        let own = snapshot.areas(level: "planungsraum").filter { $0.parent?.key == "011001" }.map(\.name)
        #expect(!own.isEmpty)
        #expect(Set(spec.highlighted.map { spec.items[$0].name }) == Set(own))
    }

    @Test(
        "without within:, a level selection stays inside the area, and without highlight: only the area is highlighted")
    func defaults() throws {
        let resolver = try Self.resolver(
            body: """
                  - chart: { type: scatter, x: arbeitslosigkeit, y: kinderarmut, areas: [area, { level: planungsraum }] }
                """)
        let spec = try Self.scatter(resolver, area: "011001")
        let own = resolver.context.snapshot.areas(level: "planungsraum").filter { $0.parent?.key == "011001" }
        #expect(spec.items.count == own.count + 1)
        #expect(spec.highlighted == [0])
    }

    @Test("within: parent chooses the areas of the level in the Bezirk; top: takes within: inside it")
    func withinParent() throws {
        let resolver = try Self.resolver(
            body: """
                  - chart: { type: bar, indicator: kinderarmut, areas: { level: bezirksregion, within: parent } }
                  - chart: { type: bar, indicator: kinderarmut,
                             areas: { top: { count: 3, level: planungsraum, by: kinderarmut, within: city } } }
                """)
        let scope = try #require(resolver.scopes(only: ["011001"]).first)
        let figures = FigureResolver(context: resolver.context)
        let located = resolver.context.plan.figurePlans
        let plans = located.compactMap { plan -> BarPlan? in
            if case .bar(let bar) = plan.kind { return bar }
            return nil
        }
        try #require(plans.count == 2)
        let at = located[0].location
        let siblings = resolver.context.snapshot.areas(level: "bezirksregion").filter { $0.parent?.key == "01" }
        let inBezirk = figures.barSpec(plans[0], try figures.indicator(plans[0].indicator), scope: scope, at: at)
        #expect(Set(inBezirk.bars.map(\.label)) == Set(siblings.map(\.name)))
        let top = figures.barSpec(plans[1], try figures.indicator(plans[1].indicator), scope: scope, at: at)
        #expect(top.bars.count == 3)
        #expect(top.bars.contains { bar in !siblings.contains { $0.name == bar.label } })
    }

    @Test("areas: [area, city] gives a chart of exactly the area and the city, in that order, each once")
    func listOfSelections() throws {
        let resolver = try Self.resolver(
            body: """
                  - chart: { type: grouped-bar, indicators: [anteil_u18, anteil_65plus], areas: [area, city, area] }
                """)
        let scope = try #require(resolver.scopes(only: ["011001"]).first)
        let plan = try #require(resolver.context.plan.figurePlans.first)
        guard case .groupedBar(let bars) = plan.kind else {
            Issue.record("not a grouped bar chart")
            return
        }
        let spec = try FigureResolver(context: resolver.context).groupedBars(
            bars, scope: scope, stacked: false, at: plan.location
        ).spec
        #expect(spec.categories.map(\.label) == [scope.area.name, try #require(scope.city).name])
        #expect(spec.categories.map(\.highlighted) == [true, false])
    }

    /// The error of the one-block body `block` (on line 4), which must be at the column where `needle` starts.
    static func error(_ block: String, at needle: String) throws -> TemplateError {
        let error = try #require(try TemplateGrammarTests.error(body: block + "\n"), "\(block)")
        let start = try #require(block.range(of: needle)).lowerBound
        #expect(error.location.line == 4, "\(block)")
        #expect(
            error.location.column == block.distance(from: block.startIndex, to: start) + 1, "\(block): \(error.message)"
        )
        return error
    }

    @Test(
        "a wrong within:, within: beside top:, highlight: on a bar chart and a wrong word in a list are errors where written"
    )
    func locatedErrors() throws {
        let within = try Self.error(
            "  - chart: { type: scatter, x: a, y: b, areas: { level: planungsraum, within: citty } }", at: "citty")
        #expect(within.message.contains("\"citty\"") && within.message.contains("Did you mean \"city\"?"))
        let beside = try Self.error(
            "  - chart: { type: bar, indicator: a, areas: { top: { level: planungsraum, by: a }, within: city } }",
            at: "city")
        #expect(beside.message.contains("belongs inside it"))
        let highlight = try Self.error("  - chart: { type: bar, indicator: a, highlight: children }", at: "highlight")
        #expect(highlight.message.contains("\"highlight\""))
        let listed = try Self.error("  - chart: { type: line, indicator: a, areas: [area, childen] }", at: "childen")
        #expect(listed.message.contains("Did you mean \"children\"?"))
        let height = try Self.error("  - chart: { type: scatter, x: a, y: b, height-mm: 5 }", at: "5 }")
        #expect(height.message.contains("millimetres from 20 to 250"))
    }
}
