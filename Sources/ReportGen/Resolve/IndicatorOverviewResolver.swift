import IndicatorData
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
        }.sorted { (Self.order($0.modelCell), $0.name) < (Self.order($1.modelCell), $1.name) }
        if plan.gaps {
            return gaps(covered: Set(chosen.compactMap(\.modelCell)), caption: evaluator.render(plan.caption))
        }
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

    /// Cells in the model's order: by area letter, then by topic number (C6 before C16).
    private static func order(_ cell: String?) -> String {
        guard let cell, let letter = cell.first, let topic = Int(cell.dropFirst()) else { return cell ?? "" }
        return "\(letter)\(topic < 10 ? "0" : "")\(topic)"
    }

    /// One row per area of the model: its cells with indicators and the cells it admits without any.
    private func gaps(covered: Set<String>, caption: String) -> Layout.Table {
        let rows = TemplateVocabulary.modelAreas.map { letter, name -> TableRow in
            let admitted = letter.first.map { IndicatorModel.cells(of: $0) } ?? []
            let with = admitted.filter { covered.contains($0) }
            let without = admitted.filter { !covered.contains($0) }
            return TableRow(texts: [
                "\(letter) \(name)", with.isEmpty ? "–" : with.joined(separator: ", "),
                without.isEmpty ? "–" : without.joined(separator: ", "),
            ])
        }
        return Layout.Table(
            columns: [
                TableColumn(width: .relative(2)), TableColumn(width: .relative(1)), TableColumn(width: .relative(2)),
            ],
            header: [TableRow(texts: ["Bereich", "Felder mit Daten", "Felder ohne Daten"])], rows: rows,
            caption: caption,
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
