import IndicatorData
import Layout

/// A `table:` block: rows of areas, columns of indicators, every cell formatted, a sign where there is no number
/// to show, and the Zeichenerklärung of the signs it used.
struct TableResolver {
    let context: ResolveContext

    func resolve(
        _ plan: TablePlan, scope: Scope, evaluator: inout ExpressionEvaluator
    ) -> (table: Layout.Table, signKey: String?) {
        let snapshot = context.snapshot
        var areas: [Area] = []
        for selector in plan.rows {
            var selected = snapshot.areas(selector, scope: scope, context: context)
            if let sort = plan.sortBy, [.children, .siblings, .similar].contains(selector.kind) || isLevel(selector) {
                selected = context.sorted(selected, by: sort)
            }
            for area in selected where !areas.contains(where: { $0.id == area.id }) { areas.append(area) }
        }
        let indicators = plan.columns.map { snapshot.indicator(key: $0.indicator.value) }
        var header = ["Gebiet"]
        for (column, indicator) in zip(plan.columns, indicators) {
            if let label = column.label {
                header.append(label)
                continue
            }
            let base = indicator.map(ValueText.title) ?? column.indicator.value
            switch column.show {
            case .value where column.period != nil:
                header.append("\(base) \(column.period.flatMap { Period($0.value)?.german } ?? "")")
            case .rank: header.append("Rang \(base)")
            case .change: header.append("Veränderung \(indicator.map(ValueText.changeTitle) ?? base)")
            case .value, .count, .label: header.append(base)
            }
        }
        let changes = self.changes(plan, indicators, areas)
        var signs = TableSigns()
        let rows = areas.enumerated().map { row, area in
            var cells = [area.name]
            for (index, (column, indicator)) in zip(plan.columns, indicators).enumerated() {
                let change = changes[index]?[row]
                cells.append(cell(column, indicator, area, change: change, scope: scope, signs: &signs))
            }
            return TableRow(texts: cells, emphasized: area.id == scope.area.id)
        }
        let caption = evaluator.render(plan.caption)
        let source = sourceLine(plan, areas, changes) + changeNote(changes)
        let table = Layout.Table(
            columns: [TableColumn(width: .relative(1))] + plan.columns.map { _ in TableColumn.number },
            header: [TableRow(texts: header)], rows: rows, caption: caption, source: source,
            continuation: GermanNarrative.continuation)
        return (table, signs.key)
    }

    private func isLevel(_ selector: AreaSelector) -> Bool {
        if case .level = selector.kind { return true }
        return false
    }

    /// Each change column's changes, one per row (nil where there is none), by column index: computed once, as
    /// cells, the source line and the note all need them.
    private func changes(_ plan: TablePlan, _ indicators: [Indicator?], _ areas: [Area]) -> [Int: [SeriesChange?]] {
        var changes: [Int: [SeriesChange?]] = [:]
        for (index, (column, indicator)) in zip(plan.columns, indicators).enumerated() where column.show == .change {
            guard let indicator else { continue }
            changes[index] = areas.map { context.change(indicator, of: $0) }
        }
        return changes
    }

    private func cell(
        _ column: ColumnPlan, _ indicator: Indicator?, _ area: Area, change: SeriesChange?, scope: Scope,
        signs: inout TableSigns
    ) -> String {
        guard let indicator else { return signs.unavailable() }
        let value = context.value(indicator.key, of: area.id)
        switch column.show {
        case .rank:
            let position = rank(of: area, by: indicator.key, scope: scope)?.position
            return position.map { "\($0)" } ?? signs.unavailable()
        case .change:
            return change.map { ValueText.change($0.difference, indicator, withUnit: false) } ?? signs.unavailable()
        case .count:
            if let sign = signs.sign(for: value) { return sign }
            return value.numerator.map { GermanNumberFormat.number($0) } ?? signs.unavailable()
        case .value:
            guard let period = column.period.flatMap({ Period($0.value) }) else {
                return signs.sign(for: value) ?? ValueText.format(value, indicator, withUnit: false)
            }
            let earlier = context.series(indicator, of: area).points.first { $0.period == period }?.value ?? .missing
            return signs.sign(for: earlier) ?? ValueText.format(earlier, indicator, withUnit: false)
        case .label:
            return signs.sign(for: value) ?? ValueText.category(value, indicator)
        }
    }

    /// The source line; a column with a change or a period of its own cites each period it shows.
    private func sourceLine(_ plan: TablePlan, _ areas: [Area], _ changes: [Int: [SeriesChange?]]) -> String {
        guard plan.columns.contains(where: { $0.show == .change || $0.period != nil }) else {
            return context.sourceLine(for: plan.columns.map(\.indicator.value))
        }
        var line = SourceLine()
        for (index, column) in plan.columns.enumerated() {
            guard let indicator = context.snapshot.indicator(key: column.indicator.value) else { continue }
            var periods = Set<Period>()
            if let period = column.period.flatMap({ Period($0.value) }) {
                periods.insert(period)
            } else {
                periods.formUnion(areas.compactMap { context.period(of: indicator.key, level: $0.id.level) })
            }
            periods.formUnion((changes[index] ?? []).compactMap { $0?.from })
            for period in periods.sorted() { line.add(indicator.source(of: period), date: period.german) }
        }
        return line.text
    }

    /// "; Veränderung 31.12.2017 bis 31.12.2020, eingeschränkt vergleichbar: neue Gebietsabgrenzung" under a table
    /// with a change column, naming what limits the comparison in any of its rows.
    private func changeNote(_ changes: [Int: [SeriesChange?]]) -> String {
        let changes = changes.sorted { $0.key < $1.key }.flatMap { $0.value.compactMap { $0 } }
        guard let first = changes.first else { return "" }
        let breaks = SeriesBreak.ordered(changes.flatMap(\.breaks))
        let span =
            changes.allSatisfy({ $0.from == first.from && $0.to == first.to })
            ? " \(first.from.german) bis \(first.to.german)" : ""
        let limit = breaks.isEmpty ? "" : ", " + GermanNarrative.limitedComparability(breaks)
        return ". Veränderung\(span)\(limit)"
    }

    /// An area inside the report's area is ranked among all areas of its level there (the Planungsräume of the
    /// city in a city report), any other among its siblings.
    func rank(of area: Area, by indicator: String, scope: Scope) -> Rank? {
        let snapshot = context.snapshot
        guard let period = context.period(of: indicator, level: area.id.level) else { return nil }
        guard area.id != scope.area.id, snapshot.isWithin(area.id, scope.area.id) else {
            return snapshot.rank(of: area.id, by: indicator, period: period)
        }
        let own = snapshot.value(indicator, of: area.id, period: period)
        guard own.status == .valid, let number = own.value else { return nil }
        let peers = snapshot.areas(level: area.id.level).compactMap { peer -> Double? in
            let value = snapshot.value(indicator, of: peer.id, period: period)
            return value.status == .valid && snapshot.isWithin(peer.id, scope.area.id) ? value.value : nil
        }
        return Rank(position: peers.filter { $0 > number }.count + 1, count: peers.count)
    }
}
