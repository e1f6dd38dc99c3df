import IndicatorData

/// The areas of a level inside an area, ranked by an indicator's value or by its change since the previous period:
/// what `top:` selects for tables and charts and what `| highest: 3` names in text.
extension ResolveContext {
    /// Areas of `level` inside `within` (every area of the level when `within` is the city) with a valid value (or a
    /// valid change), highest first when `descending`, ties by name; at most `count`.
    func ranked(
        level: String, within: Area, indicator: String, change: Bool, descending: Bool, count: Int
    ) -> [(area: Area, measure: Double)] {
        let measured = snapshot.areas(level: level, inside: within).compactMap {
            area -> (area: Area, measure: Double)? in
            let measure = change ? self.change(of: indicator, in: area) : validNumber(indicator, of: area.id)
            return measure.map { (area, $0) }
        }
        let sorted = measured.sorted { lhs, rhs in
            if lhs.measure == rhs.measure { return lhs.area.name < rhs.area.name }
            return descending ? lhs.measure > rhs.measure : lhs.measure < rhs.measure
        }
        return Array(sorted.prefix(max(0, count)))
    }

    /// The change of an indicator in an area since the previous period of its series (`ResolveContext.change`); nil
    /// without two valid values.
    func change(of indicator: String, in area: Area) -> Double? {
        snapshot.indicator(key: indicator).flatMap { change($0, of: area)?.difference }
    }

    /// The value of the report's period when it may be shown.
    func validNumber(_ indicator: String, of area: AreaID) -> Double? {
        let value = value(indicator, of: area)
        guard value.status == .valid, let number = value.value, number.isFinite else { return nil }
        return number
    }
}
