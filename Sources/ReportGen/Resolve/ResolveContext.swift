import Layout

/// What resolving needs for every report of a run: the data, the plan, and the period of each indicator.
public struct ResolveContext: Sendable {
    public let snapshot: StoreSnapshot
    public let plan: ReportPlan
    /// The period each indicator is shown for (see `period(of:)`), computed once.
    private let periods: [String: Period]
    /// The shared part of every `map:` block, by where the block is written.
    private(set) var maps: [SourceLocation: PreparedMap] = [:]

    /// Prepares what all reports of the run share; throws for a map whose classes or colours cannot be made.
    public init(snapshot: StoreSnapshot, plan: ReportPlan) throws {
        self.snapshot = snapshot
        self.plan = plan
        let wanted = plan.settings.period.flatMap { Period($0.value) }
        var periods: [String: Period] = [:]
        for indicator in snapshot.indicators {
            let available = snapshot.periods(of: indicator.key)
            if let wanted, available.contains(wanted) {
                periods[indicator.key] = wanted
            } else if let wanted, let earlier = available.last(where: { $0 <= wanted }) {
                periods[indicator.key] = earlier
            } else if let latest = available.last {
                periods[indicator.key] = latest
            }
        }
        self.periods = periods
        for figure in plan.figurePlans where figure.kind == .map {
            maps[figure.location] = try PreparedMap(plan: figure, context: self)
        }
    }

    /// The class breaks of every map, for the run's manifest.
    public var classBreaks: [String: [Double]] {
        Dictionary(uniqueKeysWithValues: maps.map { location, map in
            ("\(location) \(map.indicator.key)", map.classes.classification.breaks)
        })
    }

    /// The report's period when the indicator has values for it, else its latest period before it, else its latest.
    public func period(of indicator: String) -> Period? { periods[indicator] }

    /// The period before `period(of:)`, for changes.
    public func previousPeriod(of indicator: String) -> Period? {
        guard let current = period(of: indicator) else { return nil }
        return snapshot.periods(of: indicator).last { $0 < current }
    }

    public func value(_ indicator: String, of area: AreaID) -> IndicatorValue {
        guard let period = period(of: indicator) else { return .missing }
        return snapshot.value(indicator, of: area, period: period)
    }

    /// "Amt für Statistik Berlin-Brandenburg, Stand: 31.12.2020" for the source lines of figures and tables.
    public func sourceLine(for indicators: [String]) -> String {
        var line = SourceLine()
        for key in indicators {
            guard let indicator = snapshot.indicator(key: key) else { continue }
            let shown = period(of: key)
            line.add(indicator.source(of: shown), date: shown?.german ?? indicator.referenceDate?.german ?? "")
        }
        return line.text
    }
}
