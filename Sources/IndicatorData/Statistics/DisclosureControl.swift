import Values

/// Withholds values that would disclose too few cases, and enough others that no withheld value can be
/// recomputed from a published parent and its other children (or from a withheld parent's published children),
/// from a published total and its other parts (`AdditiveRelation`), or from a formula's other operands.
///
/// The case count is the value for counts (zero is no case and stays published), the denominator for ratios,
/// the weight (e.g. the number of children) for weighted means.
struct DisclosureControl {
    let hierarchy: AreaHierarchy
    let indicators: [String: Indicator]
    var relations: [AdditiveRelation] = []

    /// Suppresses what must not be shown. Returns, per indicator and level, how many shares had no case count
    /// (no denominator or weight), so that their minimum could not be checked: the import reports them, and
    /// they stay as the publisher delivered them.
    @discardableResult
    func apply(to table: inout ValueTable) -> [String: Int] {
        var unchecked: [String: Int] = [:]
        for (key, record) in table.records where record.status == .valid {
            guard let indicator = indicators[key.indicator], let minimum = indicator.minimumCount else { continue }
            switch (indicator.aggregation, caseCount(record, aggregation: indicator.aggregation)) {
            case (_, let count?) where count < minimum:
                table.records[key]?.status = .suppressed
                table.records[key]?.note = "primär: Fallzahl unter \(GermanNumberFormat.number(minimum))"
            case (.ratio, nil), (.weightedMean, nil):
                unchecked["\(key.indicator) (\(key.area.level))", default: 0] += 1
            default: break
            }
        }
        // Everything below walks keys in a fixed order, so the same data always gives the same notes.
        var changed = true
        while changed {
            changed = protectOperands(in: &table)
            changed = protectRelations(in: &table) || changed
            for indicator in sortedIndicators where indicator.aggregation.isAdditive {
                for period in table.periods(of: indicator.key) {
                    changed = protectGroups(of: indicator, period: period, in: &table) || changed
                }
            }
            if !changed {
                changed = DisclosureAudit(hierarchy: hierarchy, indicators: indicators, relations: relations)
                    .enforce(on: &table)
            }
        }
        return unchecked
    }

    private var sortedIndicators: [Indicator] { indicators.values.sorted { $0.key < $1.key } }

    func caseCount(_ record: ValueRecord, aggregation: Aggregation) -> Double? {
        switch aggregation {
        case .sum: record.value.flatMap { $0 == 0 ? nil : $0 }
        case .ratio, .weightedMean: record.denominator
        case .none: nil
        }
    }

    /// Computed values and their operands protect each other: a value whose operand is withheld is withheld
    /// (a share would reveal its numerator), and a withheld value whose operands are all published gets its
    /// smallest operand withheld (else the quotient could be recomputed from them).
    private func protectOperands(in table: inout ValueTable) -> Bool {
        var changed = false
        for indicator in sortedIndicators {
            guard let formula = indicator.formula else { continue }
            let keys = table.records.keys.filter { $0.indicator == indicator.key }
                .sorted { ($0.area, $0.period) < ($1.area, $1.period) }
            for key in keys {
                guard let record = table.records[key] else { continue }
                let operands = formula.operands.map { operand in
                    (operand, table[operand.indicator, key.area, operand.period ?? key.period])
                }
                if record.status == .valid {
                    guard let hidden = operands.first(where: { $0.1?.status == .suppressed })?.0 else { continue }
                    table.records[key]?.status = .suppressed
                    table.records[key]?.note = "sekundär: Operand \(hidden.indicator) ist gesperrt"
                    changed = true
                } else if record.status == .suppressed, record.sourceStatus == .valid,
                    operands.allSatisfy({ $0.1?.status == .valid })
                {
                    guard let victim = operands.min(by: { ($0.1?.value ?? 0) < ($1.1?.value ?? 0) })?.0 else {
                        continue
                    }
                    let period = victim.period ?? key.period
                    table[victim.indicator, key.area, period]?.status = .suppressed
                    table[victim.indicator, key.area, period]?.note = "sekundär: schützt \(indicator.key)"
                    changed = true
                }
            }
        }
        return changed
    }

    private func protectGroups(of indicator: Indicator, period: Period, in table: inout ValueTable) -> Bool {
        var changed = false
        for parent in hierarchy.childrenByArea.keys.sorted() {
            guard let groups = hierarchy.childrenByArea[parent] else { continue }
            guard let parentRecord = table[indicator.key, parent, period] else { continue }
            for level in groups.keys.sorted() {
                let children = groups[level] ?? []
                let present = children.filter { table[indicator.key, $0, period] != nil }
                // Values delivered as secret carry no number, are in no total, and need no protection.
                let hidden = present.filter { area in
                    table[indicator.key, area, period].map { $0.status == .suppressed && $0.sourceStatus == .valid }
                        ?? false
                }
                let shown = present.filter { table[indicator.key, $0, period]?.status == .valid }
                let parentShown = parentRecord.status == .valid
                guard
                    (parentShown && hidden.count == 1)
                        || (!parentShown && parentRecord.status == .suppressed
                            && hidden.isEmpty && !shown.isEmpty)
                else { continue }
                if let victim = smallest(shown, indicator: indicator, period: period, table: table) {
                    let reason = hidden.first.map { "schützt \($0.key) in \(parent.key)" } ?? "schützt \(parent.key)"
                    table[indicator.key, victim, period]?.status = .suppressed
                    table[indicator.key, victim, period]?.note = "sekundär: \(reason)"
                } else {
                    table[indicator.key, parent, period]?.status = .suppressed
                    table[indicator.key, parent, period]?.note = "sekundär: einziges Teilgebiet gesperrt"
                }
                changed = true
            }
        }
        return changed
    }

    private func smallest(_ areas: [AreaID], indicator: Indicator, period: Period, table: ValueTable) -> AreaID? {
        areas.min { a, b in
            let countA = table[indicator.key, a, period].flatMap { caseCount($0, aggregation: indicator.aggregation) }
            let countB = table[indicator.key, b, period].flatMap { caseCount($0, aggregation: indicator.aggregation) }
            return (countA ?? 0, a) < (countB ?? 0, b)
        }
    }
}

extension DisclosureControl {
    /// A total and its parts protect each other as a parent and its children do: where the relation holds, never
    /// exactly one of them withheld. The smallest published part is withheld next (the total when no part is
    /// published).
    fileprivate func protectRelations(in table: inout ValueTable) -> Bool {
        var changed = false
        for relation in relations {
            let keys = table.records.keys.filter { $0.indicator == relation.total }
                .sorted { ($0.area, $0.period) < ($1.area, $1.period) }
            for key in keys where relation.holds(in: table, area: key.area, period: key.period) {
                let cells = [relation.total] + relation.parts
                let hidden = cells.filter { table[$0, key.area, key.period]?.status == .suppressed }
                guard hidden.count == 1, let withheld = hidden.first else { continue }
                let shownParts = relation.parts.filter { table[$0, key.area, key.period]?.status == .valid }
                let victim =
                    shownParts.min { a, b in
                        (table[a, key.area, key.period]?.value ?? 0, a) < (
                            table[b, key.area, key.period]?.value ?? 0, b
                        )
                    } ?? relation.total
                guard table[victim, key.area, key.period]?.status == .valid else { continue }
                table[victim, key.area, key.period]?.status = .suppressed
                table[victim, key.area, key.period]?.note =
                    "sekundär: schützt \(withheld) in der Summe \(relation.total)"
                changed = true
            }
        }
        return changed
    }
}
