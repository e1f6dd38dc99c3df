import Values

/// A position in a ranking: 1 is the highest value (or the lowest with `.ascending`).
public struct Rank: Hashable, Sendable {
    public var position: Int
    public var count: Int

    package init(position: Int, count: Int) {
        self.position = position
        self.count = count
    }
}

public enum RankOrder: Sendable {
    case descending, ascending
}

extension StoreSnapshot {
    public func area(_ id: AreaID) -> Area? { areasByID[id] }

    /// The value of an indicator for an area and period; `.missing` when the store has none.
    public func value(_ indicator: String, of area: AreaID, period: Period) -> IndicatorValue {
        lookUp(ValueKey(indicator: indicator, area: area, period: period)) ?? .missing
    }

    /// The value as stored, or nil when the store has no record (not even a missing marker) for it.
    package func storedValue(_ indicator: String, of area: AreaID, period: Period) -> IndicatorValue? {
        lookUp(ValueKey(indicator: indicator, area: area, period: period))
    }

    /// The periods with a value of `indicator` anywhere in the store, oldest first.
    public func periods(of indicator: String) -> [Period] { periodsByIndicator[indicator] ?? [] }

    /// Every period of `indicator` that the area has a value or a status for, oldest first.
    public func timeSeries(_ indicator: String, of area: AreaID) -> [(period: Period, value: IndicatorValue)] {
        periods(of: indicator).compactMap { period in
            lookUp(ValueKey(indicator: indicator, area: area, period: period)).map { (period, $0) }
        }
    }

    /// The areas one level below `area` (of every child level), sorted by name.
    public func children(of area: AreaID) -> [Area] {
        (childrenByID[area] ?? []).compactMap { areasByID[$0] }
    }

    /// The children of `area` at one child level, e.g. the Planungsräume of a Bezirksregion.
    public func children(of area: AreaID, level: String) -> [Area] {
        children(of: area).filter { $0.id.level == level }
    }

    public func parent(of area: AreaID) -> Area? {
        areasByID[area]?.parent.flatMap { areasByID[$0] }
    }

    /// The single area of the top level (Berlin), if there is exactly one.
    public var city: Area? {
        guard let top = levels.first, let ids = areasByLevel[top.key], ids.count == 1 else { return nil }
        return areasByID[ids[0]]
    }

    /// All areas of a level, sorted by key.
    public func areas(level: String) -> [Area] {
        (areasByLevel[level] ?? []).compactMap { areasByID[$0] }
    }

    public func geometry(of area: AreaID) -> MultiPolygon? { geometries[area] }

    public func indicator(key: String) -> Indicator? { indicatorsByKey[key] }

    /// All indicators of the catalogue, sorted by key.
    public var indicators: [Indicator] { indicatorsByKey.values.sorted { $0.key < $1.key } }

    /// The rank of `area` among its siblings (same parent, same level) that have a valid value; nil when the area
    /// itself has none. Equal values share a rank.
    public func rank(of area: AreaID, by indicator: String, period: Period, order: RankOrder = .descending) -> Rank? {
        guard let own = value(indicator, of: area, period: period).value else { return nil }
        let siblings = parent(of: area).map { children(of: $0.id, level: area.level).map(\.id) } ?? [area]
        // Read without noting: a ranking shows no sibling's value, so a withheld sibling is not shown as "k. A.".
        let others = siblings.compactMap { values[ValueKey(indicator: indicator, area: $0, period: period)]?.value }
        let ahead = others.filter { order == .descending ? $0 > own : $0 < own }.count
        return Rank(position: ahead + 1, count: others.count)
    }

    /// The categories of points of interest in the store, sorted.
    public var pointCategories: [String] { Set(points.map(\.category)).sorted() }

    /// Where the points of `category` come from; nil when the store does not know (imported before version 2).
    public func pointSource(category: String) -> PointLayerSource? {
        pointSources[category]
    }

    /// Points of a category inside `area` (at any depth below it), or in the whole dataset when `area` is nil.
    public func pointsOfInterest(category: String, in area: AreaID? = nil) -> [PointOfInterest] {
        guard let area else { return points.filter { $0.category == category } }
        return (pointIndicesByArea[area] ?? []).map { points[$0] }.filter { $0.category == category }
    }
}
