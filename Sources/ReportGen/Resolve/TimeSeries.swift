import IndicatorData

/// Why two neighbouring periods of a series are only partly comparable.
enum SeriesBreak: Hashable, Sendable {
    /// The earlier value belongs to an area of an earlier layout (the Bezirksregion of LOR 2019 with the same name).
    case layout
    /// As `layout`, and the earlier area has the name but not the extent of today's (see `Predecessors`).
    case reshaped
    /// As `layout`, and the earlier area covered the same ground under another name: the name it had.
    case renamed(from: String)
    /// The indicator's source differs between the two periods (`period-sources:` of the catalogue).
    case source

    /// The reasons among `breaks`, each once, in the order they are named (a new layout before another source;
    /// earlier names by name).
    static func ordered(_ breaks: some Sequence<SeriesBreak>) -> [SeriesBreak] {
        Set(breaks).sorted { ($0.rank, $0.name) < ($1.rank, $1.name) }
    }

    private var rank: Int {
        switch self {
        case .layout: 0
        case .reshaped: 1
        case .renamed: 2
        case .source: 3
        }
    }

    private var name: String {
        if case .renamed(let name) = self { return name }
        return ""
    }
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
    /// Whether the points of an earlier layout belong to an area cut differently from today's.
    var reshaped = false

    /// What makes point `index` only partly comparable with the one before it; empty for the first point.
    func breaks(before index: Int) -> [SeriesBreak] {
        guard index > 0, points.indices.contains(index) else { return [] }
        let (earlier, later) = (points[index - 1], points[index])
        var breaks: [SeriesBreak] = []
        if earlier.area.id.level != later.area.id.level {
            let renamed = NameMatcher.normalise(earlier.area.name) != NameMatcher.normalise(later.area.name)
            breaks.append(reshaped ? .reshaped : renamed ? .renamed(from: earlier.area.name) : .layout)
        }
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
        // A count of an area cut differently is no earlier value of this one (Britz of 2017 held Britz Nord's
        // inhabitants too); a share of it is, with the break said wherever it is compared.
        guard let predecessor = predecessors[area.id], !(predecessor.reshaped && indicator.aggregation == .sum) else {
            return TimeSeries(indicator: indicator, points: points)
        }
        let first = points.first?.period ?? current
        let earlier = periods(of: indicator.key, level: predecessor.area.id.level).filter { $0 < first }
        points = earlier.compactMap { point($0, indicator, predecessor.area) } + points
        return TimeSeries(indicator: indicator, points: points, reshaped: predecessor.reshaped)
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

    private func point(_ period: Period, _ indicator: Indicator, _ area: Area) -> SeriesPoint? {
        snapshot.storedValue(indicator.key, of: area.id, period: period).map {
            SeriesPoint(period: period, value: $0, area: area)
        }
    }
}
