import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Random public templates over the demo data, resolved for random areas: every number their tables print stands for
/// published values of the store (a change for two), never for a withheld one, and a withheld value is shown as a
/// sign. `DisclosureArithmeticTests` proves that all published values together, with every sum and ratio that holds
/// in the data, determine no suppressed value; knowing fewer values determines no more, so what each template
/// publishes (a subset, as checked here from what it printed) reveals none either. (Solving the system for each
/// template's own cells directly would leave thousands of unknowns in one group: population is linked through
/// every level and age group.)
@Suite("Random public templates print only published values, and withheld ones as signs")
struct DisclosureTemplateTests {
    typealias Cell = DisclosureArithmeticTests.Cell

    /// A public template: for each area of a random level, two to four tables of random rows and public indicators,
    /// each column its value or its change since the previous period.
    static func template(_ random: inout SplitMix64, snapshot: StoreSnapshot) -> String {
        let levels = snapshot.levels.map(\.key).filter { level in
            snapshot.areas(level: level).contains { !snapshot.children(of: $0.id).isEmpty }
        }
        let indicators = snapshot.indicators.filter { $0.visibility == .public }.map(\.key)
        let selectors = ["area", "city", "parent", "children", "siblings"]
        var lines = [
            "report:", "  title: \"Zufall {{ area.name }}\"", "  audience: public",
            "  for-each: { level: \(levels.randomElement(using: &random) ?? "bezirk"), sort: key }", "body:",
        ]
        for table in 0..<Int.random(in: 2...4, using: &random) {
            let rows = selectors.shuffled(using: &random).prefix(Int.random(in: 1...2, using: &random))
            let columns = (0..<Int.random(in: 1...4, using: &random)).compactMap { _ -> String? in
                guard let indicator = indicators.randomElement(using: &random) else { return nil }
                let changes = snapshot.periods(of: indicator).count > 1 && Bool.random(using: &random)
                return changes ? "{ indicator: \(indicator), show: change }" : indicator
            }
            lines.append(
                "  - table: { rows: [\(rows.joined(separator: ", "))], columns: [\(columns.joined(separator: ", "))], "
                    + "caption: \"T\(table)\" }")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text), .bold(let text), .italic(let text), .link(let text, _): text
            }
        }.joined()
    }

    /// The cells behind what one table printed, checked cell by cell: a number only where every cell it stands
    /// for is valid, a sign where one is not.
    static func cells(
        printed table: Layout.Table, plan: TablePlan, scope: Scope, context: ResolveContext, template: String
    ) -> (published: Set<Cell>, withheld: Int) {
        var areas: [Area] = []
        for selector in plan.rows {
            for area in context.snapshot.areas(selector, scope: scope, context: context)
            where !areas.contains(where: { $0.id == area.id }) {
                areas.append(area)
            }
        }
        #expect(areas.count == table.rows.count, "rows of \(plan.caption) in\n\(template)")
        var published: Set<Cell> = []
        var withheld = 0
        for (area, row) in zip(areas, table.rows) {
            for (column, cell) in zip(plan.columns, row.cells.dropFirst()) {
                let indicator = column.indicator.value
                let level = area.id.level
                var periods = [context.period(of: indicator, level: level)]
                if column.show == .change {
                    periods.append(
                        context.snapshot.indicator(key: indicator).flatMap {
                            context.previousPoint($0, of: area)?.period
                        })
                }
                let keys = periods.map { period in
                    period.map { Cell(indicator: indicator, area: area.id, period: $0) }
                }
                let valid = keys.allSatisfy { key in
                    key.map { context.snapshot.value($0.indicator, of: $0.area, period: $0.period).status == .valid }
                        ?? false
                }
                let text = plain(cell)
                let isNumber = text.contains { $0.isNumber } && text != "–"
                #expect(isNumber == valid || text == "–", "\(indicator) \(area.id): \"\(text)\" in\n\(template)")
                if valid {
                    published.formUnion(keys.compactMap { $0 })
                } else if keys.contains(where: { key in
                    key.map {
                        context.snapshot.value($0.indicator, of: $0.area, period: $0.period).status == .suppressed
                    }
                        ?? false
                }) {
                    withheld += 1
                }
            }
        }
        return (published, withheld)
    }

    @Test("40 random templates, each for three random areas")
    func randomTemplates() throws {
        let berlin = try BerlinStore.get()
        let snapshot = try IndicatorStore(at: berlin.url, readOnly: true).snapshot()
        let all = try DisclosureArithmeticTests.knowledge(of: berlin.url)
        let folder = try PDFInspection.temporaryDirectory()
        var random = SplitMix64(state: 2026)
        var withheldShown = 0
        var publishedCells = 0
        for number in 0..<40 {
            let text = Self.template(&random, snapshot: snapshot)
            let file = folder.appendingPathComponent("zufall-\(number).yaml")
            try TestSupport.write(text, to: file)
            let plan = try TemplateParser().parse(fileAt: file.path)
            let errors = TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan)
            #expect(errors.isEmpty, "\(errors)\n\(text)")
            let context = ResolveContext(snapshot: snapshot, plan: plan)
            let resolver = ReportResolver(context: context)
            let tables = plan.body.compactMap { block -> TablePlan? in
                if case .table(let table) = block.kind { table } else { nil }
            }
            var published: Set<Cell> = []
            for scope in resolver.scopes().shuffled(using: &random).prefix(3) {
                let printed = resolver.report(for: scope).document.blocks.compactMap { block -> Layout.Table? in
                    if case .table(let table) = block { table } else { nil }
                }
                for (index, table) in tables.enumerated() {
                    guard let shown = printed.first(where: { $0.caption == "T\(index)" }) else { continue }
                    let found = Self.cells(printed: shown, plan: table, scope: scope, context: context, template: text)
                    published.formUnion(found.published)
                    withheldShown += found.withheld
                }
            }
            let foreign = published.subtracting(all.published)
            #expect(foreign.isEmpty, "printed numbers that are no published value: \(foreign.prefix(10))\n\(text)")
            publishedCells += published.count
        }
        #expect(withheldShown > 0, "no template showed a withheld value: the test would prove nothing")
        #expect(publishedCells > 1000, "the templates published too little to mean anything")
    }
}
