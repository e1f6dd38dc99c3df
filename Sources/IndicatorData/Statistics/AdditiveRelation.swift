import Values

/// A total that is the sum of other indicators in the same area and period (population = its eight age groups):
/// declared in the catalogue (`parts:`) or detected at import where the delivered values sum exactly.
/// Disclosure control protects it like a parent and its children.
struct AdditiveRelation: Hashable, CustomStringConvertible {
    var total: String
    var parts: [String]

    var description: String { "\(total) = \(parts.joined(separator: " + "))" }

    /// The relations the catalogue declares; an unknown part is an error naming the catalogue.
    static func declared(in indicators: [Indicator], file: String) throws -> [AdditiveRelation] {
        let keys = Set(indicators.map(\.key))
        return try indicators.filter { !$0.parts.isEmpty }.map { indicator in
            for part in indicator.parts where !keys.contains(part) {
                throw DataError.unknownIndicator(
                    file: file, indicator: part, suggestions: Suggestions.nearest(to: part, in: Array(keys)))
            }
            return AdditiveRelation(total: indicator.key, parts: indicator.parts)
        }
    }

    /// Whether the relation holds exactly for the raw values of `area` and `period`: every cell delivered or
    /// derived with a number, and the parts summing to the total. Only then can a reader exploit it.
    func holds(in table: ValueTable, area: AreaID, period: Period) -> Bool {
        guard let total = table[self.total, area, period]?.usable else { return false }
        let values = parts.compactMap { table[$0, area, period]?.usable }
        guard values.count == parts.count else { return false }
        return abs(values.reduce(0, +) - total) <= 1e-9 * max(1, abs(total))
    }
}
