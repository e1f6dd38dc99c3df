/// Everything the store derives from delivered values, in order: rates on too small a base set aside, weights
/// attached, higher levels aggregated, computed indicators evaluated (both in dependency order), then disclosure
/// control over all of it.
struct Derivation {
    let hierarchy: AreaHierarchy
    /// In dependency order (see `IndicatorCatalogue.validated`).
    let indicators: [Indicator]
    /// Totals that are sums of other indicators (declared or detected), for disclosure control.
    var relations: [AdditiveRelation] = []

    /// Returns what disclosure control could not check (see `DisclosureControl.apply`).
    @discardableResult
    func run(on table: inout ValueTable) -> [String: Int] {
        let aggregator = Aggregator(hierarchy: hierarchy)
        let evaluator = FormulaEvaluator(hierarchy: hierarchy)
        for indicator in indicators {
            if let formula = indicator.formula {
                evaluator.compute(indicator, formula: formula, in: &table)
            } else {
                if case .weightedMean(let weight) = indicator.aggregation {
                    attach(weight, to: indicator.key, in: &table)
                }
                setAsideSmallBases(of: indicator, in: &table)
                aggregator.aggregate(indicator, in: &table)
            }
        }
        for indicator in indicators { setAsideSmallBases(of: indicator, in: &table) }
        let byKey = Dictionary(indicators.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return DisclosureControl(hierarchy: hierarchy, indicators: byKey, relations: relations).apply(to: &table)
    }

    /// Marks the values of a rate whose area has too small a base (`minimum-base`) as invalid, with the reason:
    /// they are "k. A." everywhere and enter no aggregate and no statistic.
    private func setAsideSmallBases(of indicator: Indicator, in table: inout ValueTable) {
        guard let rule = indicator.minimumBase else { return }
        let baseName = indicators.first { $0.key == rule.indicator.indicator }?.shortName ?? rule.indicator.indicator
        for (key, record) in table.records where key.indicator == indicator.key && record.sourceStatus == .valid {
            guard let base = table[rule.indicator.indicator, key.area, rule.indicator.period ?? key.period]?.usable,
                base < rule.count
            else { continue }
            table.records[key]?.sourceStatus = .invalid
            table.records[key]?.status = .invalid
            table.records[key]?.note = rule.note(baseName: baseName)
        }
    }

    /// Stores each value's weight (e.g. its number of children) as its denominator.
    private func attach(_ weight: OperandRef, to indicator: String, in table: inout ValueTable) {
        for (key, record) in table.records where key.indicator == indicator && record.denominator == nil {
            let weightValue = table[weight.indicator, key.area, weight.period ?? key.period]?.usable
            table.records[key]?.denominator = weightValue
        }
    }
}
