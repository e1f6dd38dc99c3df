import IndicatorData
import Layout

/// The text of `reportgen list`, one line per item, tab-separated.
struct Listing {
    let store: IndicatorStore
    let snapshot: StoreSnapshot
    let level: String?
    let area: String?
    let indicator: String?
    let period: Period?

    init(store: IndicatorStore, level: String?, area: String?, indicator: String?, period: String?) throws {
        self.store = store
        snapshot = try store.snapshot()
        self.level = level
        self.area = area
        self.indicator = indicator
        if let period {
            guard let parsed = Period(period) else { throw DataError.invalidPeriod(file: "--period", text: period) }
            self.period = parsed
        } else {
            self.period = nil
        }
        if let level, !snapshot.levels.contains(where: { $0.key == level }) {
            throw DataError.unknownLevel(file: store.url.path, level: level, known: snapshot.levels.map(\.key))
        }
        if let area, areas.isEmpty {
            throw DataError.unknownArea(store: store.url.path, key: area)
        }
    }

    func lines(_ what: ReportGenCommand.List.What, category: String) throws -> [String] {
        switch what {
        case .areas:
            return areas.map { area in
                "\(area.id.level)\t\(area.id.key)\t\(area.name)\t\(area.parent?.key ?? "-")"
            }
        case .indicators:
            return snapshot.indicators.map { i in
                "\(i.key)\t\(i.name)\t\(i.unit)\t\(i.aggregationName)\t\(i.visibility.rawValue)\t\(i.source)"
            }
        case .values:
            guard let key = indicator, snapshot.indicator(key: key) != nil else {
                throw DataError.unknownIndicator(
                    file: store.url.path, indicator: indicator ?? "(none; give --indicator)",
                    suggestions: Suggestions.nearest(to: indicator ?? "", in: snapshot.indicators.map(\.key)))
            }
            let periods = period.map { [$0] } ?? snapshot.periods(of: key)
            return periods.flatMap { period in
                areas.compactMap { area -> String? in
                    guard let value = snapshot.storedValue(key, of: area.id, period: period) else { return nil }
                    let decimals = snapshot.indicator(key: key)?.decimals ?? 0
                    let number = value.value.map { GermanNumberFormat.number($0, decimals: decimals) } ?? "k. A."
                    return "\(period.iso)\t\(area.id.key)\t\(area.name)\t\(number)\t\(value.status.rawValue)"
                }
            }
        case .suppressions:
            return try store.suppressions().map { "\($0.indicator)\t\($0.period.iso)\t\($0.area)\t\($0.reason)" }
        case .imports:
            return try store.provenance().map { "\($0.importedAt)\t\($0.rows)\t\($0.checksum)\t\($0.file)" }
        case .points:
            guard snapshot.pointCategories.contains(category) else {
                throw DataError.unknownCategory(category: category, known: snapshot.pointCategories)
            }
            let inArea = area == nil ? nil : areas.first?.id
            return snapshot.pointsOfInterest(category: category, in: inArea).map { point in
                "\(point.sourceID)\t\(point.name)\t\(point.address)\t\(point.area?.key ?? "-")"
            }
        }
    }

    private var areas: [Area] {
        let all = level.map { snapshot.areas(level: $0) } ?? snapshot.levels.flatMap { snapshot.areas(level: $0.key) }
        return area.map { key in all.filter { $0.id.key == key } } ?? all
    }
}

extension Indicator {
    var aggregationName: String {
        switch aggregation {
        case .sum: "sum"
        case .ratio: "ratio"
        case .weightedMean(let weight): "weighted-mean(\(weight))"
        case .none: "none"
        }
    }
}
