import Layout

/// An `indicator-overview:` block: one row per indicator of the education model (or of one of its areas) with
/// its cell, name, kind, the levels it has values for, and its reference dates. Internal indicators appear only
/// in internal reports.
struct IndicatorOverviewResolver {
    let context: ResolveContext

    /// The table, or nil when no indicator belongs to the plan's model area.
    func resolve(_ plan: IndicatorOverviewPlan, evaluator: inout ExpressionEvaluator) -> Layout.Table? {
        let snapshot = context.snapshot
        let audience = context.plan.settings.audience
        let chosen = snapshot.indicators.filter { indicator in
            guard let cell = indicator.modelCell, audience == .internal || indicator.visibility == .public else {
                return false
            }
            return plan.modelArea.map { cell.hasPrefix($0.value) } ?? true
        }.sorted { ($0.modelCell ?? "", $0.name) < ($1.modelCell ?? "", $1.name) }
        guard !chosen.isEmpty else { return nil }
        let levels = levelsWithValues()
        let rows = chosen.map { indicator in
            TableRow(texts: [
                indicator.modelCell ?? "", indicator.name, indicator.role == .core ? "Kern" : "Ergänzung",
                (levels[indicator.key] ?? []).joined(separator: ", "),
                snapshot.periods(of: indicator.key).map(\.german).joined(separator: ", "),
            ])
        }
        return Layout.Table(
            columns: [
                TableColumn(width: .fixed(34)), TableColumn(width: .relative(3)), TableColumn(width: .fixed(62)),
                TableColumn(width: .relative(2)), TableColumn(width: .fixed(64)),
            ],
            header: [TableRow(texts: ["Feld", "Indikator", "Art", "Räumliche Ebenen", "Stand"])], rows: rows,
            caption: evaluator.render(plan.caption), source: context.sourceLine(for: chosen.map(\.key)),
            continuation: GermanNarrative.continuation)
    }

    /// The names of the levels each indicator has valid values for, top level first.
    private func levelsWithValues() -> [String: [String]] {
        let snapshot = context.snapshot
        var found: [String: Set<String>] = [:]
        for (key, value) in snapshot.values where value.status == .valid {
            found[key.indicator, default: []].insert(key.area.level)
        }
        return found.mapValues { keys in
            snapshot.levels.filter { keys.contains($0.key) }.map(\.name)
        }
    }
}
