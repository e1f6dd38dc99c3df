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
            if let sort = plan.sortBy, [.children, .siblings].contains(selector.kind) || isLevel(selector) {
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
            case .rank: header.append("Rang \(base)")
            case .change: header.append("Veränderung \(base)")
            case .value, .count, .label: header.append(base)
            }
        }
        var signs = TableSigns()
        let rows = areas.map { area in
            var cells = [area.name]
            for (column, indicator) in zip(plan.columns, indicators) {
                cells.append(cell(column, indicator, area, scope: scope, signs: &signs))
            }
            return TableRow(texts: cells, emphasized: area.id == scope.area.id)
        }
        let caption = evaluator.render(plan.caption)
        let table = Layout.Table(
            columns: [TableColumn(width: .relative(1))] + plan.columns.map { _ in TableColumn.number },
            header: [TableRow(texts: header)], rows: rows, caption: caption,
            source: context.sourceLine(for: plan.columns.map(\.indicator.value)),
            continuation: GermanNarrative.continuation)
        return (table, signs.key)
    }

    private func isLevel(_ selector: AreaSelector) -> Bool {
        if case .level = selector.kind { return true }
        return false
    }

    private func cell(
        _ column: ColumnPlan, _ indicator: Indicator?, _ area: Area, scope: Scope, signs: inout TableSigns
    ) -> String {
        guard let indicator else { return signs.unavailable() }
        let value = context.value(indicator.key, of: area.id)
        switch column.show {
        case .rank:
            let position = rank(of: area, by: indicator.key, scope: scope)?.position
            return position.map { "\($0)" } ?? signs.unavailable()
        case .change:
            guard let previous = context.previousPeriod(of: indicator.key, level: area.id.level) else { return signs.unavailable() }
            let before = context.snapshot.value(indicator.key, of: area.id, period: previous)
            guard value.status == .valid, before.status == .valid, let now = value.value, let then = before.value else {
                return signs.unavailable()
            }
            return ValueText.change(now - then, indicator)
        case .count:
            if let sign = signs.sign(for: value) { return sign }
            return value.numerator.map { GermanNumberFormat.number($0) } ?? signs.unavailable()
        case .value:
            return signs.sign(for: value) ?? ValueText.format(value, indicator, withUnit: false)
        case .label:
            return signs.sign(for: value) ?? ValueText.category(value, indicator)
        }
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
