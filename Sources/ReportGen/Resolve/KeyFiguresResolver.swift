import IndicatorData
import Layout

/// `key-figures:`: the area's headline values beside its comparison areas (Bezirk, city) as a table, with a
/// last column saying in an arrow and a word how the area's value changed since the previous period, where the
/// store has two.
struct KeyFiguresResolver {
    let context: ResolveContext

    func resolve(_ plan: KeyFiguresPlan, scope: Scope, evaluator: inout ExpressionEvaluator) -> Layout.Table {
        let snapshot = context.snapshot
        let areas =
            [scope.area]
            + snapshot.areas(plan.compare, scope: scope, context: context).filter { $0.id != scope.area.id }
        let indicators = plan.indicators.compactMap { snapshot.indicator(key: $0.value) }
        let found = indicators.map { context.change($0, of: scope.area) }
        let showsChange = found.contains { $0 != nil }
        // One "seit …" in the header when every change starts at the same period, else one in each cell.
        let starts = Set(found.compactMap { $0?.from })
        let common = starts.count == 1 ? starts.first : nil
        let changes = zip(indicators, found).map { indicator, change in
            change.map { text($0, indicator, since: common == nil) }
        }
        var header = ["Kennzahl"] + areas.map(\.name)
        if showsChange { header.append("Entwicklung" + (common.map { " seit \($0.german)" } ?? "")) }
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
            source: sourceLine(indicators, area: scope.area))
    }

    /// The sources of the values shown and of the earlier values of the changes, and what limits the changes.
    private func sourceLine(_ indicators: [Indicator], area: Area) -> String {
        var line = SourceLine()
        var breaks = Set<SeriesBreak>()
        for indicator in indicators {
            let change = context.change(indicator, of: area)
            let periods = [change?.from, context.period(of: indicator.key)].compactMap { $0 }
            for period in Set(periods).sorted() { line.add(indicator.source(of: period), date: period.german) }
            breaks.formUnion(change?.breaks ?? [])
        }
        let reasons = SeriesBreak.ordered(breaks)
        return line.text
            + (reasons.isEmpty ? "" : ". \(GermanNarrative.breakMark) " + GermanNarrative.limitedComparability(reasons))
    }

    /// "↑ +1,2 Prozentpunkte", "→ unverändert", with "seit 31.12.2018" when the header cannot say it, and "¹" after
    /// a break in the series (the source line says what limits the comparison).
    func text(_ change: SeriesChange, _ indicator: Indicator, since: Bool) -> String {
        let printed = ValueText.change(change.difference, indicator)
        var text = printed.hasPrefix("±") ? "→ unverändert" : (change.difference > 0 ? "↑ " : "↓ ") + printed
        if since { text += " seit \(change.from.german)" }
        return text + (change.breaks.isEmpty ? "" : GermanNarrative.breakMark)
    }
}
