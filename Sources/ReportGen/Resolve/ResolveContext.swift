import Foundation
import IndicatorData
import Layout

/// What resolving needs for every report of a run: the data, the plan, and the period of each indicator.
public struct ResolveContext: Sendable {
    public let snapshot: StoreSnapshot
    public let plan: ReportPlan
    /// The period each indicator is shown for (see `period(of:)`), computed once.
    private let periods: [String: Period]
    /// The same per level: an indicator may reach further at one level than at another (the 2023 population of
    /// the Bezirke, the 2022 one of the Planungsräume).
    private let periodsByLevel: [String: [String: Period]]
    /// Every period each indicator has at each level, oldest first.
    private let availableByLevel: [String: [String: [Period]]]
    /// The shared part of every `map:` block, by where the block is written; a map that cannot be prepared
    /// (no values for its level, say) fails alone, as an error of that figure.
    private(set) var maps: [SourceLocation: Result<PreparedMap, FigureError>] = [:]
    /// The points of every scatter plot whose areas are the same in every report, by where the block is written.
    private(set) var scatters: [SourceLocation: ScatterPoints] = [:]
    /// The classes of the report's `similar:` index at each level (`similarAreas(to:)`), made on first use.
    let similarClasses = RunMemo<String, [AreaID: [Area]]>()
    /// The ranges the profile charts draw, by level and indicator, made on first use.
    let profileRanges = RunMemo<ProfileRangeKey, ProfileRange?>()
    /// The day the documents are published ("Stand: …"): `SOURCE_DATE_EPOCH` when set, else today.
    public let published: Period
    /// Each area's predecessor in its level's earlier layout (`earlier-layouts:`), whose values continue its series.
    let predecessors: [AreaID: Predecessor]

    /// Prepares what all reports of the run share.
    public init(snapshot: StoreSnapshot, plan: ReportPlan) {
        self.snapshot = snapshot
        self.plan = plan
        published = Period.publication(environment: ProcessInfo.processInfo.environment)
        let wanted = plan.settings.period.flatMap { Period($0.value) }
        func choose(_ available: [Period]) -> Period? {
            if let wanted, available.contains(wanted) { return wanted }
            if let wanted, let earlier = available.last(where: { $0 <= wanted }) { return earlier }
            return available.last
        }
        var periods: [String: Period] = [:]
        for indicator in snapshot.indicators { periods[indicator.key] = choose(snapshot.periods(of: indicator.key)) }
        self.periods = periods
        var available: [String: [String: Set<Period>]] = [:]
        for key in snapshot.values.keys {
            available[key.indicator, default: [:]][key.area.level, default: []].insert(key.period)
        }
        availableByLevel = available.mapValues { levels in levels.mapValues { $0.sorted() } }
        periodsByLevel = availableByLevel.mapValues { levels in levels.compactMapValues { choose($0) } }
        predecessors = Predecessors.find(
            snapshot: snapshot, earlierLayouts: plan.settings.earlierLayouts.mapValues(\.value))
        for map in plan.figurePlans.compactMap(\.map) {
            do {
                maps[map.location] = .success(try PreparedMap(plan: map, context: self))
            } catch let error as FigureError {
                maps[map.location] = .failure(error)
            } catch {
                maps[map.location] = .failure(.noData("\(error)"))
            }
        }
        scatters = sharedScatterPoints()
    }

    /// The points of the scatter plots that show the same areas in every report, made once for the run.
    private func sharedScatterPoints() -> [SourceLocation: ScatterPoints] {
        let figures = FigureResolver(context: self)
        var shared: [SourceLocation: ScatterPoints] = [:]
        for figure in plan.figurePlans {
            guard case .scatter(let scatter) = figure.kind,
                ScatterPoints.areSameForEveryReport(scatter.areas, snapshot: snapshot),
                let city = snapshot.city, let x = snapshot.indicator(key: scatter.x.value),
                let y = snapshot.indicator(key: scatter.y.value)
            else { continue }
            let areas = snapshot.areas(scatter.areas, scope: Scope(area: city, snapshot: snapshot), context: self)
            shared[figure.location] = ScatterPoints(areas: areas, x: x, y: y, resolver: figures)
        }
        return shared
    }

    /// The points of the scatter plot written at `location`, when they are the same in every report.
    func scatterPoints(at location: SourceLocation) -> ScatterPoints? { scatters[location] }

    /// The class breaks of every map that could be prepared, for the run's manifest.
    public var classBreaks: [String: [Double]] {
        Dictionary(
            uniqueKeysWithValues: maps.compactMap { location, result in
                (try? result.get()).map { ("\(location) \($0.indicator.key)", $0.classes.classification.breaks) }
            })
    }

    /// The shared part of a `map:` block, or the error that kept it from being prepared.
    func preparedMap(_ plan: MapPlan) throws(FigureError) -> PreparedMap {
        guard let result = maps[plan.location] else { throw .noData("the map at \(plan.location)") }
        return try result.get()
    }

    /// The report's period when the indicator has values for it, else its latest period before it, else its latest.
    public func period(of indicator: String) -> Period? { periods[indicator] }

    /// The same choice among the periods the indicator has at `level`.
    public func period(of indicator: String, level: String) -> Period? {
        periodsByLevel[indicator]?[level] ?? periods[indicator]
    }

    /// Every period the indicator has values (or markers) for at `level`, oldest first.
    func periods(of indicator: String, level: String) -> [Period] { availableByLevel[indicator]?[level] ?? [] }

    public func value(_ indicator: String, of area: AreaID) -> IndicatorValue {
        guard let period = period(of: indicator, level: area.level) else { return .missing }
        return snapshot.value(indicator, of: area, period: period)
    }

    /// The value a figure shows: of the figure's own `period:` when it has one, else of the report's.
    func value(_ indicator: String, of area: AreaID, in figure: MapPlan) -> IndicatorValue {
        guard let period = figure.period.flatMap({ Period($0.value) }) else { return value(indicator, of: area) }
        return snapshot.value(indicator, of: area, period: period)
    }

    /// "Amt für Statistik Berlin-Brandenburg, Stand: 31.12.2020" for the source lines of figures and tables.
    /// `periods` names what a figure shows when it is not the report's period (a time series, a map of
    /// another year): each period's publication is cited. The layers of `points` (a map's Kitas, a list of
    /// Kitas) follow with their own sources.
    public func sourceLine(for indicators: [String], periods: [Period]? = nil, points: [String] = []) -> String {
        var line = SourceLine()
        for key in indicators {
            guard let indicator = snapshot.indicator(key: key) else { continue }
            for shown in periods ?? [period(of: key)].compactMap({ $0 }) {
                line.add(indicator.source(of: shown), date: shown.german)
            }
            if periods == nil, period(of: key) == nil {
                line.add(indicator.source(of: nil), date: indicator.referenceDate?.german ?? "")
            }
        }
        for category in points {
            guard let layer = snapshot.pointSource(category: category) else { continue }
            line.add(layer.source, date: layer.referenceDate?.german ?? "")
        }
        return line.text
    }
}
