import Values

/// Fills higher levels from their children by each indicator's rule: sums of counts, ratios of summed numerators
/// and denominators, weighted means with the indicator's own weight. Never a plain mean of shares, and never a
/// value for a parent whose children of that level were not all delivered (a city total from one of its two
/// districts is no city total).
struct Aggregator {
    let hierarchy: AreaHierarchy

    /// Aggregates `indicator` upwards, level by level, into every area that has no delivered value.
    func aggregate(_ indicator: Indicator, in table: inout ValueTable) {
        guard indicator.aggregation.isAdditive else { return }
        for period in table.periods(of: indicator.key) {
            for level in hierarchy.levelsBottomUp {
                for area in hierarchy.areasByLevel[level] ?? [] where table[indicator.key, area, period] == nil {
                    guard let children = bestChildGroup(of: area, indicator: indicator.key, period: period, in: table),
                        let record = combine(children, indicator: indicator, period: period, table: table)
                    else { continue }
                    table[indicator.key, area, period] = record
                }
            }
        }
    }

    /// The child level with the most values for this indicator and period, when every child of that level has a
    /// value (delivered, or marked missing by the source); nil when the children do not cover the parent.
    private func bestChildGroup(
        of area: AreaID, indicator: String, period: Period, in table: ValueTable
    )
        -> [ValueRecord]?
    {
        // Levels in a fixed order, so that a tie between two child levels is always decided the same way.
        let byLevel = hierarchy.childrenByArea[area] ?? [:]
        let groups = byLevel.keys.sorted().map { level in
            (
                children: byLevel[level] ?? [],
                records: (byLevel[level] ?? []).compactMap { table[indicator, $0, period] }
            )
        }
        let best = groups.reduce(nil) { (best: (children: [AreaID], records: [ValueRecord])?, group) in
            group.records.count > (best?.records.count ?? 0) ? group : best
        }
        guard let best, best.records.count == best.children.count else { return nil }
        return best.records
    }

    private func combine(
        _ children: [ValueRecord], indicator: Indicator, period: Period, table: ValueTable
    )
        -> ValueRecord?
    {
        let usable = children.filter { $0.usable != nil }
        guard !usable.isEmpty else { return nil }
        let note = usable.count < children.count ? "aus \(usable.count) von \(children.count) Teilgebieten" : nil
        var record = ValueRecord(value: nil, sourceStatus: .valid, status: .valid, origin: .aggregated, note: note)
        switch indicator.aggregation {
        case .sum:
            record.value = usable.compactMap(\.usable).reduce(0, +)
        case .ratio(let factor):
            let pairs = usable.compactMap { r in r.numerator.flatMap { n in r.denominator.map { (n, $0) } } }
            let numerator = pairs.map(\.0).reduce(0, +)
            let denominator = pairs.map(\.1).reduce(0, +)
            guard denominator > 0 else { return nil }
            record.value = numerator / denominator * factor
            record.numerator = numerator
            record.denominator = denominator
        case .weightedMean:
            let pairs = usable.compactMap { r in r.usable.flatMap { v in r.denominator.map { (v, $0) } } }
            let weight = pairs.map(\.1).reduce(0, +)
            guard weight > 0 else { return nil }
            record.value = pairs.map { $0.0 * $0.1 }.reduce(0, +) / weight
            record.denominator = weight
            if pairs.count < children.count { record.note = "aus \(pairs.count) von \(children.count) Teilgebieten" }
        case .none:
            return nil
        }
        return record
    }
}
