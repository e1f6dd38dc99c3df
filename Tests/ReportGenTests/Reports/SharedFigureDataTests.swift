import Foundation
import IndicatorData
import Layout
import Testing

@testable import ReportGen

/// A scatter plot of every Planungsraum of the city and a city map with the same classes on every page show the same
/// areas in every report: their points and legend counts are made once per run, and every page must still show
/// exactly what resolving it on its own shows.
@Suite("Figures of the same areas in every report are prepared once and show what each page would show alone")
struct SharedFigureDataTests {
    private func benchmark() throws -> (context: ResolveContext, scopes: [Scope]) {
        let plan = try TemplateParser().parse(
            fileAt: TestSupport.repoRoot.appendingPathComponent("benchmarks/bzr-profil.yaml").path)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        return (context, ReportResolver(context: context).scopes())
    }

    @Test(
        "every page's scatter plot has every Planungsraum's values, its own children highlighted and the trend of all")
    func scatterPointsPerPage() throws {
        let (context, scopes) = try benchmark()
        let snapshot = context.snapshot
        let figure = try #require(
            context.plan.figurePlans.first {
                if case .scatter = $0.kind { return true }
                return false
            })
        #expect(context.scatterPoints(at: figure.location) != nil, "the benchmark's scatter plot is made once")
        func number(_ key: String, _ area: Area) -> Double? {
            let value = context.value(key, of: area.id)
            return value.status == .valid ? value.value : nil
        }
        let all = snapshot.areas(level: "planungsraum")
        let xs = all.map { number("arbeitslosigkeit", $0) }
        let ys = all.map { number("kinderarmut", $0) }
        let regression = try LinearRegression(x: xs, y: ys)
        var firstStorage: UnsafePointer<ScatterPlotSpec.Item>??
        for scope in scopes.prefix(12) + scopes.suffix(3) {
            let drawing = try FigureResolver(context: context).figure(figure, scope: scope).drawing
            let spec = try #require((drawing as? ScatterPlot)?.spec)
            #expect(spec.items.map(\.name) == all.map(\.name))
            #expect(spec.items.map(\.x) == xs)
            #expect(spec.items.map(\.y) == ys)
            let own = all.map { $0.parent == scope.area.id }
            #expect(own.contains(true), "\(scope.area.name) has Planungsräume")
            #expect(spec.highlighted == Set(own.indices.filter { own[$0] }), "\(scope.area.name)")
            // Every page takes the run's one array of points, not a copy: a page holds only its highlighted indices.
            let storage = spec.items.withUnsafeBufferPointer { $0.baseAddress }
            if let first = firstStorage {
                #expect(storage == first, "\(scope.area.name) holds a copy of the points")
            } else {
                firstStorage = storage
            }
            #expect(spec.trend?.slope == regression.slope)
            #expect(spec.trend?.intercept == regression.intercept)
            #expect(spec.annotation.hasSuffix("n = \(regression.count)"), "\(spec.annotation)")
        }
    }

    @Test("only selections that do not depend on the report's area are made once")
    func sameForEveryReport() throws {
        let snapshot = try BerlinStore.get().snapshot
        let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
        func shared(_ kinds: [AreaSelector.Kind]) -> Bool {
            ScatterPoints.areSameForEveryReport(
                kinds.map { AreaSelector(kind: $0, location: here) }, snapshot: snapshot)
        }
        #expect(shared([.level("planungsraum", within: .city)]))
        #expect(shared([.level("planungsraum", within: .city), .city]))
        #expect(
            shared([
                .top(
                    count: 10, level: "planungsraum", indicator: "kinderarmut", descending: true, within: .city,
                    change: false)
            ]))
        #expect(!shared([]))
        #expect(!shared([.level("planungsraum", within: .area)]))
        #expect(!shared([.level("planungsraum", within: .parent)]))
        #expect(!shared([.level("planungsraum", within: .city), .children]))
        #expect(!shared([.siblings]))
        #expect(
            !shared([
                .top(
                    count: 10, level: "planungsraum", indicator: "kinderarmut", descending: true, within: .parent,
                    change: false)
            ]))
    }

    @Test("the city map's legend counts, made once, are the counts of the classes over all areas of the level")
    func mapCountsOnce() throws {
        let (context, scopes) = try benchmark()
        let plan = try #require(context.plan.figurePlans.compactMap(\.map).first)
        let prepared = try context.preparedMap(plan)
        let counts = try #require(prepared.sharedCounts)
        let values = context.snapshot.areas(level: "planungsraum").map { context.value("kinderarmut", of: $0.id) }
        #expect(counts.perClass == prepared.classes.classification.counts)
        #expect(counts.perClass.reduce(0, +) + counts.missing == values.count)
        #expect(counts.missing == values.filter { $0.status != .valid }.count)
        let figure = try #require(context.plan.figurePlans.first { $0.map != nil })
        for scope in scopes.prefix(3) {
            let drawing = try FigureResolver(context: context).figure(figure, scope: scope).drawing
            let legend = try #require((drawing as? ChoroplethMap)?.spec.legend)
            let shown = legend.entries.filter { !$0.hatched }.map(\.count)
            #expect(shown == counts.perClass, "\(scope.area.name)")
        }
    }
}
