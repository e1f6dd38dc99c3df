import Layout

/// `key-figures:`: the area's headline values beside its comparison areas (Bezirk, city) as a table, with a
/// last column saying in an arrow and a word how the area's value changed since the previous period, where the
/// store has two.
struct KeyFiguresResolver {
    let context: ResolveContext

    func resolve(_ plan: KeyFiguresPlan, scope: Scope, evaluator: inout ExpressionEvaluator) -> Layout.Table {
        let snapshot = context.snapshot
        var areas = [scope.area]
        for selector in plan.compare {
            for area in snapshot.areas(selector, scope: scope, context: context) where !areas.contains(where: { $0.id == area.id }) {
                areas.append(area)
            }
        }
        let indicators = plan.indicators.compactMap { snapshot.indicator(key: $0.value) }
        let changes = indicators.map { change(of: $0, in: scope.area) }
        let showsChange = changes.contains { $0 != nil }
        var header = ["Kennzahl"] + areas.map(\.name)
        if showsChange { header.append("Entwicklung") }
        let rows = zip(indicators, changes).map { indicator, change in
            var cells = [ValueText.title(indicator)]
            cells += areas.map { ValueText.format(context.value(indicator.key, of: $0.id), indicator, withUnit: false) }
            if showsChange { cells.append(change ?? GermanNarrative.notAvailable) }
            return TableRow(texts: cells)
        }
        var columns = [TableColumn(width: .relative(1))] + areas.map { _ in TableColumn.number }
        if showsChange { columns.append(TableColumn(width: .content)) }
        return Layout.Table(
            columns: columns, header: [TableRow(texts: header)], rows: rows, caption: evaluator.render(plan.caption),
            source: context.sourceLine(for: indicators.map(\.key)))
    }

    /// "↑ +1,2 Prozentpunkte seit 31.12.2018", "→ unverändert seit …"; nil without an earlier valid value.
    func change(of indicator: Indicator, in area: Area) -> String? {
        guard let previous = context.previousPeriod(of: indicator.key, level: area.id.level) else { return nil }
        let now = context.value(indicator.key, of: area.id)
        let before = context.snapshot.value(indicator.key, of: area.id, period: previous)
        guard now.status == .valid, before.status == .valid, let current = now.value, let earlier = before.value else { return nil }
        let text = ValueText.change(current - earlier, indicator)
        let since = "seit \(previous.german)"
        if text.hasPrefix("±") { return "→ unverändert \(since)" }
        return (current > earlier ? "↑ " : "↓ ") + text + " " + since
    }
}
