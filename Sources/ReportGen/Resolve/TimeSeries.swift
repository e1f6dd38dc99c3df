/// Why two neighbouring periods of a series are only partly comparable.
enum SeriesBreak: Hashable, Sendable, CaseIterable {
    /// The earlier value belongs to an area of an earlier layout (the Bezirksregion of LOR 2019 with the same name).
    case layout
    /// The indicator's source differs between the two periods (`period-sources:` of the catalogue).
    case source
}

/// One period of an area's series: the value and the area it belongs to (the area itself, or its namesake in an
/// earlier layout).
struct SeriesPoint {
    var period: Period
    var value: IndicatorValue
    var area: Area
}

/// An indicator's values for one area over the periods up to the report's, oldest first, with the breaks between
/// neighbouring periods.
struct TimeSeries {
    var indicator: Indicator
    var points: [SeriesPoint]

    /// What makes point `index` only partly comparable with the one before it; empty for the first point.
    func breaks(before index: Int) -> [SeriesBreak] {
        guard index > 0, points.indices.contains(index) else { return [] }
        let (earlier, later) = (points[index - 1], points[index])
        var breaks: [SeriesBreak] = []
        if earlier.area.id.level != later.area.id.level { breaks.append(.layout) }
        if indicator.source(of: earlier.period) != indicator.source(of: later.period) { breaks.append(.source) }
        return breaks
    }
}

/// The change of a value between two periods of a series.
struct SeriesChange: Hashable, Sendable {
    var from: Period
    var to: Period
    var earlier: Double
    var later: Double
    var breaks: [SeriesBreak]

    var difference: Double { later - earlier }
}

extension ResolveContext {
    /// The series of `indicator` for `area` up to the period the report shows for the area's level; before the
    /// area's own first period, the values of the area of the same name and parent in the level's earlier layout
    /// (`earlier-layouts:` of the report), when there is one.
    func series(_ indicator: Indicator, of area: Area) -> TimeSeries {
        let level = area.id.level
        guard let current = period(of: indicator.key, level: level) else {
            return TimeSeries(indicator: indicator, points: [])
        }
        var points = periods(of: indicator.key, level: level).filter { $0 <= current }.compactMap {
            point($0, indicator, area)
        }
        if let predecessor = predecessor(of: area) {
            let first = points.first?.period ?? current
            let earlier = periods(of: indicator.key, level: predecessor.id.level).filter { $0 < first }
            points = earlier.compactMap { point($0, indicator, predecessor) } + points
        }
        return TimeSeries(indicator: indicator, points: points)
    }

    /// The change from the series' period before the one the report shows to that one; nil unless both are valid.
    func change(_ indicator: Indicator, of area: Area) -> SeriesChange? {
        let series = series(indicator, of: area)
        guard let last = series.points.indices.last, last > 0,
            series.points[last].period == period(of: indicator.key, level: area.id.level)
        else { return nil }
        let (earlier, later) = (series.points[last - 1], series.points[last])
        guard earlier.value.status == .valid, later.value.status == .valid, let before = earlier.value.value,
            let after = later.value.value
        else { return nil }
        return SeriesChange(
            from: earlier.period, to: later.period, earlier: before, later: after,
            breaks: series.breaks(before: last))
    }

    /// The point of the series before the period the report shows for the area's level.
    func previousPoint(_ indicator: Indicator, of area: Area) -> SeriesPoint? {
        let current = period(of: indicator.key, level: area.id.level)
        return series(indicator, of: area).points.last { point in current.map { point.period < $0 } ?? false }
    }

    /// The area of the level's earlier layout with the same name (as import matches names) and the same parent.
    func predecessor(of area: Area) -> Area? {
        predecessors[area.id.level]?[PredecessorKey(area)]
    }

    private func point(_ period: Period, _ indicator: Indicator, _ area: Area) -> SeriesPoint? {
        snapshot.storedValue(indicator.key, of: area.id, period: period).map {
            SeriesPoint(period: period, value: $0, area: area)
        }
    }
}

/// What an area and its predecessor in an earlier layout share: the parent and the name, normalised as import
/// matches names.
struct PredecessorKey: Hashable, Sendable {
    var parent: AreaID?
    var name: String

    init(_ area: Area) {
        parent = area.parent
        name = NameMatcher.normalise(area.name)
    }
}
