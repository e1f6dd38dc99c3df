/// Everything the store derives from delivered values, in order: weights attached, higher levels aggregated,
/// computed indicators evaluated (both in dependency order), then disclosure control over all of it.
struct Derivation {
    let hierarchy: AreaHierarchy
    /// In dependency order (see `IndicatorCatalogue.validated`).
    let indicators: [Indicator]

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
                aggregator.aggregate(indicator, in: &table)
            }
        }
        let byKey = Dictionary(indicators.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return DisclosureControl(hierarchy: hierarchy, indicators: byKey).apply(to: &table)
    }

    /// Stores each value's weight (e.g. its number of children) as its denominator.
    private func attach(_ weight: OperandRef, to indicator: String, in table: inout ValueTable) {
        for (key, record) in table.records where key.indicator == indicator && record.denominator == nil {
            let weightValue = table[weight.indicator, key.area, weight.period ?? key.period]?.usable
            table.records[key]?.denominator = weightValue
        }
    }
}
