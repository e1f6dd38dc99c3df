import Foundation
import Values

/// Computes indicators that the catalogue defines from others, in every area of every level, from the operands'
/// values there (which are already aggregated by their own rules, so a share of a Bezirk is its summed numerator
/// over its summed denominator).
struct FormulaEvaluator {
    let hierarchy: AreaHierarchy

    func compute(_ indicator: Indicator, formula: Formula, in table: inout ValueTable) {
        switch formula {
        case .zScore(let operands, let inverted):
            computeZScores(indicator.key, operands: operands, inverted: inverted, in: &table)
        case .index(let method):
            IndexEvaluator(hierarchy: hierarchy).computeIndex(indicator.key, method: method, in: &table)
        case .classes(let method):
            IndexEvaluator(hierarchy: hierarchy).computeClasses(indicator.key, method: method, in: &table)
        case .cross(let pair):
            IndexEvaluator(hierarchy: hierarchy).computeCross(indicator.key, pair: pair, in: &table)
        default:
            for period in resultPeriods(of: formula, in: table) {
                for area in hierarchy.allAreas where table[indicator.key, area, period] == nil {
                    table[indicator.key, area, period] = evaluate(formula, area: area, period: period, table: table)
                }
            }
        }
    }

    private func resultPeriods(of formula: Formula, in table: ValueTable) -> [Period] {
        if case .change(_, _, let to, _) = formula { return [to] }
        let free = formula.operands.filter { $0.period == nil }.map { Set(table.periods(of: $0.indicator)) }
        guard let first = free.first else { return formula.operands.first?.period.map { [$0] } ?? [] }
        return free.dropFirst().reduce(first) { $0.intersection($1) }.sorted()
    }

    /// nil when no operand has a record here; a non-valid status when an operand is not usable.
    private func evaluate(_ formula: Formula, area: AreaID, period: Period, table: ValueTable) -> ValueRecord? {
        let records = formula.operands.map { table[$0.indicator, area, $0.period ?? period] }
        guard records.contains(where: { $0 != nil }) else { return nil }
        let values = records.compactMap { $0?.usable }
        guard values.count == records.count else {
            let status: ValueStatus = records.contains { $0?.sourceStatus == .invalid } ? .invalid : .missing
            return ValueRecord(value: nil, sourceStatus: status, status: status, origin: .computed)
        }
        var record = ValueRecord(value: nil, sourceStatus: .valid, status: .valid, origin: .computed)
        switch formula {
        case .sum:
            record.value = values.reduce(0, +)
        case .quotient(_, _, let factor):
            guard values.count == 2, values[1] != 0 else { return nil }
            record.value = values[0] / values[1] * factor
            record.numerator = values[0]
            record.denominator = values[1]
        case .change(_, _, _, let relative):
            guard values.count == 2 else { return nil }
            let difference = values[1] - values[0]
            if relative {
                guard values[0] != 0 else { return nil }
                record.value = difference / values[0] * 100
            } else {
                record.value = difference
            }
        case .zScore, .index, .classes, .cross:
            return nil
        }
        return record
    }

    /// Mean of the operands' z-scores among the areas of each level with all operands valid.
    private func computeZScores(
        _ key: String, operands: [OperandRef], inverted: Set<String>, in table: inout ValueTable
    ) {
        let periods = operands.map { Set(table.periods(of: $0.indicator)) }
        guard let first = periods.first else { return }
        for period in periods.dropFirst().reduce(first, { $0.intersection($1) }).sorted() {
            for (_, areas) in hierarchy.areasByLevel {
                let rows = areas.compactMap { area -> (AreaID, [Double])? in
                    let values = operands.compactMap { table[$0.indicator, area, $0.period ?? period]?.usable }
                    return values.count == operands.count ? (area, values) : nil
                }
                guard rows.count >= 3 else { continue }
                let columns = operands.indices.map { index in rows.map { $0.1[index] } }
                let stats = columns.map { column -> (mean: Double, sd: Double) in
                    let mean = column.reduce(0, +) / Double(column.count)
                    let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(column.count)
                    return (mean, variance.squareRoot())
                }
                for (area, values) in rows where table[key, area, period] == nil {
                    let scores = values.indices.map { index -> Double in
                        let stat = stats[index]
                        let z = stat.sd > 0 ? (values[index] - stat.mean) / stat.sd : 0
                        return inverted.contains(operands[index].indicator) ? -z : z
                    }
                    let composite = scores.reduce(0, +) / Double(scores.count)
                    table[key, area, period] = ValueRecord(
                        value: composite, sourceStatus: .valid, status: .valid, origin: .computed)
                }
            }
        }
    }
}
