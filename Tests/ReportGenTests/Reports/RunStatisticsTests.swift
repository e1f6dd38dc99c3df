import Foundation
import IndicatorData
import Layout
import Testing

@testable import ReportGen

/// The Statusbericht compares every Bezirksregion with those of similar social standing and draws each indicator's
/// range over all areas of its level: both are made once per run and must be what each report computed on its own.
@Suite("Statistics over all areas of a level, made once per run, are what each report would compute alone")
struct RunStatisticsTests {
    private func statusbericht() throws -> ResolveContext {
        let plan = try TemplateParser().parse(
            fileAt: TestSupport.repoRoot.appendingPathComponent("templates/statusbericht.yaml").path)
        return ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
    }

    private func number(_ context: ResolveContext, _ indicator: String, _ area: Area) -> Double? {
        let value = context.value(indicator, of: area.id)
        return value.status == .valid ? value.value : nil
    }

    @Test("every area's similar areas are those of its level in the same quantile class of the index, by name")
    func similarAreas() throws {
        let context = try statusbericht()
        let snapshot = context.snapshot
        let similar = try #require(context.plan.settings.similar)
        var checked = 0
        for level in snapshot.levels {
            let valued = snapshot.areas(level: level.key).compactMap { area -> (Area, Double)? in
                number(context, similar.indicator.value, area).flatMap { $0.isFinite ? (area, $0) : nil }
            }
            let sorted = valued.map(\.1).sorted()
            func classOf(_ value: Double) -> Int {
                min(similar.classes - 1, sorted.filter { $0 < value }.count * similar.classes / max(1, sorted.count))
            }
            for area in snapshot.areas(level: level.key) {
                let own = valued.first { $0.0.id == area.id }
                let expected =
                    own.map { own in
                        valued.filter { classOf($0.1) == classOf(own.1) }.map(\.0).sorted { $0.name < $1.name }
                    } ?? []
                #expect(context.similarAreas(to: area).map(\.id) == expected.map(\.id), "\(area.id)")
                checked += expected.isEmpty ? 0 : 1
            }
        }
        #expect(checked >= 143, "the Bezirksregionen have classes")
    }

    @Test("every profile row's range and quartiles are those of all areas of the report's level")
    func profileRanges() throws {
        let context = try statusbericht()
        let snapshot = context.snapshot
        let figure = try #require(
            context.plan.figurePlans.first {
                if case .profile = $0.kind { return true }
                return false
            })
        guard case .profile(let profile) = figure.kind else { return }
        let scopes = ReportResolver(context: context).scopes()
        for scope in scopes.prefix(4) {
            let drawing = try FigureResolver(context: context).figure(figure, scope: scope).drawing
            let rows = try #require((drawing as? ProfileChart)?.spec.rows)
            let peers = snapshot.areas(level: scope.area.id.level)
            let expected = profile.indicators.compactMap { indicator -> ([Double], String)? in
                let values = peers.compactMap { number(context, indicator.value, $0) }.sorted()
                return values.isEmpty ? nil : (values, indicator.value)
            }
            #expect(rows.count == expected.count)
            for (row, (values, key)) in zip(rows, expected) {
                let sample = try SortedSample(values)
                #expect(row.minimum == values.first, "\(key)")
                #expect(row.maximum == values.last, "\(key)")
                #expect(row.lowerQuartile == sample.percentile(25), "\(key)")
                #expect(row.upperQuartile == sample.percentile(75), "\(key)")
            }
        }
    }
}
