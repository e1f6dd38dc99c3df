import Values

/// Finds totals the catalogue does not declare: a delivered count that equals the sum of other delivered counts of
/// the same level and period in every area where all are delivered (at least `minimumAreas` areas, not all zero).
struct RelationDetector {
    /// Fewer areas than this are too few to call a sum a rule of the data.
    var minimumAreas = 5
    /// Sets of parts tried per total: the search stops there (a catalogue has a few dozen counts per period).
    var maximumTries = 200_000

    func detect(in table: ValueTable, indicators: [Indicator]) -> [AdditiveRelation] {
        let counts = Set(indicators.filter { $0.formula == nil && $0.aggregation == .sum }.map(\.key))
        var cells: [LevelPeriod: [String: [AreaID: Double]]] = [:]
        for (key, record) in table.records where record.origin == .imported && counts.contains(key.indicator) {
            guard let value = record.usable else { continue }
            cells[LevelPeriod(level: key.area.level, period: key.period), default: [:]][key.indicator, default: [:]][
                key.area] = value
        }
        var found: Set<AdditiveRelation> = []
        for group in cells.keys.sorted(by: { ($0.level, $0.period) < ($1.level, $1.period) }) {
            guard let columns = cells[group] else { continue }
            for total in columns.keys.sorted() {
                found.formUnion(relations(of: total, among: columns))
            }
        }
        return found.sorted { $0.description < $1.description }
    }

    private struct LevelPeriod: Hashable {
        var level: String
        var period: Period
    }

    /// Sets of other columns that sum to `total` wherever all are present: candidates from one area by a bounded
    /// subset-sum search, each then checked in every area.
    private func relations(of total: String, among columns: [String: [AreaID: Double]]) -> [AdditiveRelation] {
        guard let totals = columns[total] else { return [] }
        // The area where the most columns have a positive value seeds the search.
        let others = columns.keys.filter { $0 != total }.sorted()
        guard
            let seed = totals.keys.sorted().max(by: { a, b in
                others.count { (columns[$0]?[a] ?? 0) > 0 } < others.count { (columns[$0]?[b] ?? 0) > 0 }
            }), let target = totals[seed], target > 0
        else { return [] }
        let candidates = others.compactMap { key in columns[key]?[seed].map { (key, $0) } }.filter { $0.1 > 0 }
        var results: [AdditiveRelation] = []
        var tries = 0
        func search(from index: Int, chosen: [String], sum: Double) {
            tries += 1
            guard tries < maximumTries, sum <= target + 1e-9 * target else { return }
            if abs(sum - target) <= 1e-9 * target, !chosen.isEmpty {
                let relation = AdditiveRelation(total: total, parts: chosen)
                if holdsEverywhere(relation, columns: columns) { results.append(relation) }
                return
            }
            for next in index..<candidates.count {
                search(from: next + 1, chosen: chosen + [candidates[next].0], sum: sum + candidates[next].1)
            }
        }
        search(from: 0, chosen: [], sum: 0)
        return results
    }

    private func holdsEverywhere(_ relation: AdditiveRelation, columns: [String: [AreaID: Double]]) -> Bool {
        guard let totals = columns[relation.total] else { return false }
        var checked = 0
        for (area, total) in totals {
            let parts = relation.parts.compactMap { columns[$0]?[area] }
            guard parts.count == relation.parts.count else { continue }
            guard abs(parts.reduce(0, +) - total) <= 1e-9 * max(1, abs(total)) else { return false }
            checked += 1
        }
        return checked >= minimumAreas
    }
}
