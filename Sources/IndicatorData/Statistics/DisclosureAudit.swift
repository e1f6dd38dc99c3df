/// The last step of disclosure control: checks that no withheld value follows from the published ones through any
/// combination of the sums and ratios that hold in the data (a parent and its children, weighted means, formulas,
/// additive relations), and withholds more until none does.
///
/// The rules of `DisclosureControl` protect each relation on its own; relations combined can still give a value
/// away (children under 18 = population − 18 to 65 − 65 and older). Linear relations are solved per connected
/// group of unknowns: a withheld value is determined when its unit vector lies in the row space. A quotient or a
/// change with one unknown cell determines it.
struct DisclosureAudit {
    let hierarchy: AreaHierarchy
    let indicators: [String: Indicator]
    let relations: [AdditiveRelation]

    /// Withholds the smallest published value related to each recomputable one until no withheld value can be
    /// recomputed. Returns whether anything changed.
    func enforce(on table: inout ValueTable) -> Bool {
        let system = RelationSystem(table: table, hierarchy: hierarchy, indicators: indicators, relations: relations)
        var changed = false
        // Every round withholds one more value, so the rounds end.
        while let (cell, victim) = system.leak(in: table) {
            table.records[victim]?.status = .suppressed
            table.records[victim]?.note = "sekundär: schützt \(cell.indicator) in \(cell.area.key)"
            changed = true
        }
        return changed
    }
}

/// The relations that hold exactly in the raw values of a table, as linear equations and as triples of cells any
/// two of which give the third.
struct RelationSystem {
    typealias Equation = [ValueKey: Double]
    private(set) var equations: [Equation] = []
    private(set) var triples: [[ValueKey]] = []

    init(table: ValueTable, hierarchy: AreaHierarchy, indicators: [String: Indicator], relations: [AdditiveRelation]) {
        for key in table.records.keys.sorted(by: {
            ($0.indicator, $0.area, $0.period) < ($1.indicator, $1.area, $1.period)
        }) {
            guard let indicator = indicators[key.indicator] else { continue }
            addChildren(of: key, indicator: indicator, table: table, hierarchy: hierarchy)
            addFormula(of: key, indicator: indicator, table: table)
        }
        for relation in relations {
            for key in table.records.keys where key.indicator == relation.total {
                let parts = relation.parts.map { ValueKey(indicator: $0, area: key.area, period: key.period) }
                add(total: key, parts: parts.map { ($0, 1) }, table: table)
            }
        }
    }

    private mutating func addChildren(
        of key: ValueKey, indicator: Indicator, table: ValueTable, hierarchy: AreaHierarchy
    ) {
        for children in (hierarchy.childrenByArea[key.area] ?? [:]).values {
            let cells = children.map { ValueKey(indicator: key.indicator, area: $0, period: key.period) }
            switch indicator.aggregation {
            case .sum:
                add(total: key, parts: cells.map { ($0, 1) }, table: table)
            case .weightedMean:
                let weights = cells.map { table.records[$0]?.denominator ?? 0 }
                let sum = weights.reduce(0, +)
                guard sum > 0 else { continue }
                add(total: key, parts: zip(cells, weights).map { ($0, $1 / sum) }, table: table)
            case .ratio, .none:
                continue
            }
        }
    }

    private mutating func addFormula(of key: ValueKey, indicator: Indicator, table: ValueTable) {
        func cell(_ operand: OperandRef) -> ValueKey {
            ValueKey(indicator: operand.indicator, area: key.area, period: operand.period ?? key.period)
        }
        switch indicator.formula {
        case .sum(let operands):
            add(total: key, parts: operands.map { (cell($0), 1) }, table: table)
        case .quotient(let numerator, let denominator, _):
            triples.append([key, cell(numerator), cell(denominator)])
        case .change(let of, let from, let to, _):
            triples.append([
                key, ValueKey(indicator: of, area: key.area, period: from),
                ValueKey(indicator: of, area: key.area, period: to),
            ])
        // Standardised scores and their classes depend on every area at once: no sum or ratio recovers a cell.
        case .zScore, .index, .classes, .cross, nil:
            break
        }
    }

    /// Adds total − Σ weight · part = 0 where it holds exactly in the raw values.
    private mutating func add(total: ValueKey, parts: [(ValueKey, Double)], table: ValueTable) {
        guard !parts.isEmpty, let value = table.records[total]?.usable else { return }
        let values = parts.compactMap { part in table.records[part.0]?.usable.map { $0 * part.1 } }
        guard values.count == parts.count, abs(values.reduce(0, +) - value) <= 1e-9 * max(1, abs(value)) else { return }
        var equation: Equation = [total: 1]
        for (cell, weight) in parts { equation[cell, default: 0] -= weight }
        equations.append(equation)
    }

    /// A withheld value that the published ones determine, and the published value to withhold next to protect
    /// it; nil when no withheld value can be recomputed.
    func leak(in table: ValueTable) -> (cell: ValueKey, victim: ValueKey)? {
        let hidden = Set(table.records.filter { $0.value.status == .suppressed && $0.value.usable != nil }.keys)
        var unknown = Set(table.records.filter { $0.value.status != .valid }.keys)
        var changed = true
        while changed {
            changed = false
            var found: [ValueKey] = []
            for triple in triples {
                let open = triple.filter(unknown.contains)
                guard open.count == 1, let cell = open.first,
                    triple.allSatisfy({ $0 == cell || (table.records[$0]?.usable ?? 0) != 0 })
                else { continue }
                found.append(cell)
            }
            found += LinearSolver.determined(equations, unknown: unknown)
            for cell in found.sorted(by: Self.order) where unknown.contains(cell) {
                if hidden.contains(cell), let victim = victim(for: cell, unknown: unknown, table: table) {
                    return (cell, victim)
                }
                unknown.remove(cell)
                changed = true
            }
        }
        return nil
    }

    /// The published value to withhold so that `cell` can no longer be recomputed: the first that breaks every
    /// way to it among the values in a relation with it or with the unknowns it is linked to, the area's own
    /// values first, smaller before larger; when none breaks it alone, the first of them.
    private func victim(for cell: ValueKey, unknown: Set<ValueKey>, table: ValueTable) -> ValueKey? {
        let linked = LinearSolver.group(of: cell, in: equations, unknown: unknown)
        let relevant = equations.filter { $0.keys.contains(where: linked.contains) }
        let related = relevant.flatMap(\.keys) + triples.filter { $0.contains(cell) }.flatMap { $0 }
        let candidates = Set(related).filter { table.records[$0]?.status == .valid }.sorted { a, b in
            (a.area == cell.area ? 0 : 1, table.records[a]?.value ?? 0, Self.describe(a))
                < (b.area == cell.area ? 0 : 1, table.records[b]?.value ?? 0, Self.describe(b))
        }
        return candidates.first { candidate in
            var trial = unknown
            trial.insert(candidate)
            let system = relevant + equations.filter { $0[candidate] != nil }
            let byTriple = triples.contains { $0.contains(cell) && $0.filter(trial.contains).count == 1 }
            return !byTriple && !LinearSolver.determined(system, unknown: trial).contains(cell)
        } ?? candidates.first
    }

    private static func order(_ a: ValueKey, _ b: ValueKey) -> Bool {
        (a.indicator, a.area, a.period) < (b.indicator, b.area, b.period)
    }

    private static func describe(_ key: ValueKey) -> String { "\(key.indicator) \(key.area) \(key.period)" }
}
