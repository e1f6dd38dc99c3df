import GermanWords
import IndicatorData
import Layout

/// Line charts, scatter plots, profile charts and grouped or stacked bars.
extension FigureResolver {
    func valueFormat(_ indicator: Indicator) -> ValueFormat {
        ValueFormat(decimals: indicator.decimals, unit: indicator.unit == "%" ? "%" : "")
    }

    func number(_ indicator: String, _ area: Area) -> Double? {
        let value = context.value(indicator, of: area.id)
        return value.status == .valid ? value.value : nil
    }

    func indicators(_ names: [Located<String>]) throws -> [Indicator] {
        try names.map(indicator)
    }

    func indicator(_ name: Located<String>) throws -> Indicator {
        guard let indicator = snapshot.indicator(key: name.value) else {
            throw FigureError.unknownIndicator(name.value)
        }
        return indicator
    }

    /// One line per area (the area, its parent, the city unless `areas:` says otherwise) over every period of their
    /// series, a break marked where an area's layout or the source changes between two periods; with the periods
    /// it plots (its source line names exactly these).
    func lineChart(_ plan: LinePlan, _ indicator: Indicator, scope: Scope, at location: SourceLocation)
        -> (chart: LineChart, periods: [Period])
    {
        let selectors =
            plan.areas.isEmpty
            ? [AreaSelector.Kind.area, .parent, .city].map { AreaSelector(kind: $0, location: location) } : plan.areas
        let areas = snapshot.areas(selectors, scope: scope, context: context)
        let lines = areas.map { context.series(indicator, of: $0) }
        let periods = Set(lines.flatMap { $0.points.map(\.period) }).sorted()
        let series = zip(areas, lines).map { area, line in
            LineChartSpec.Series(
                name: area.name,
                values: periods.map { period in
                    guard let point = line.points.first(where: { $0.period == period }), point.value.status == .valid
                    else { return nil }
                    return point.value.value
                },
                highlighted: area.id == scope.area.id)
        }
        let chart = LineChart(
            LineChartSpec(
                words: .german, indicator: indicator.shortName, axisTitle: ValueText.title(indicator),
                periods: periods.map(\.german),
                series: series, format: valueFormat(indicator), breaks: breaks(in: lines, periods: periods)),
            style: style)
        return (chart, periods)
    }

    /// Before each period where any line has a break: "Bruch: neue Gebietsabgrenzung, andere Datenquelle".
    private func breaks(in lines: [TimeSeries], periods: [Period]) -> [LineChartSpec.Break] {
        periods.indices.dropFirst().compactMap { index -> LineChartSpec.Break? in
            let reasons = SeriesBreak.ordered(
                lines.flatMap { line in
                    line.points.firstIndex { $0.period == periods[index] }.map(line.breaks(before:)) ?? []
                })
            guard !reasons.isEmpty else { return nil }
            return LineChartSpec.Break(index: index, label: GermanNarrative.seriesBreakLabel(reasons))
        }
    }

    /// Areas as points over two indicators, with the least-squares line, r and R².
    func scatterPlot(_ plan: ScatterPlan, scope: Scope, at location: SourceLocation) throws -> ScatterPlot {
        let xIndicator = try indicator(plan.x)
        let yIndicator = try indicator(plan.y)
        let selectors = plan.areas.isEmpty ? [AreaSelector(kind: .children, location: location)] : plan.areas
        let points =
            context.scatterPoints(at: location)
            ?? ScatterPoints(
                areas: snapshot.areas(selectors, scope: scope, context: context), x: xIndicator, y: yIndicator,
                resolver: self)
        let highlighted =
            plan.highlight.isEmpty
            ? [scope.area.id] : Set(snapshot.areas(plan.highlight, scope: scope, context: context).map(\.id))
        return ScatterPlot(
            ScatterPlotSpec(
                words: .german, xIndicator: xIndicator.shortName, yIndicator: yIndicator.shortName,
                xTitle: ValueText.title(xIndicator),
                yTitle: ValueText.title(yIndicator), xFormat: valueFormat(xIndicator), yFormat: valueFormat(yIndicator),
                items: points.items, highlighted: points.indices(of: highlighted),
                trend: points.regression.map { ScatterPlotSpec.TrendLine(slope: $0.slope, intercept: $0.intercept) },
                annotation: points.annotation, areaNoun: LevelNouns.dativePlural(points.areas.first?.id.level ?? ""),
                quadrants: quadrants(plan, scope: scope)), style: style)
    }

    /// The quadrants at the city's values of both indicators, when the plan names them and the city has both.
    private func quadrants(_ plan: ScatterPlan, scope: Scope) -> ScatterPlotSpec.Quadrants? {
        guard plan.quadrants.count == 4, let city = scope.city,
            let x = context.validNumber(plan.x.value, of: city.id),
            let y = context.validNumber(plan.y.value, of: city.id)
        else { return nil }
        return ScatterPlotSpec.Quadrants(x: x, y: y, labels: plan.quadrants)
    }

    /// Why areas are missing from a statistic: per `minimum-base` rule of the indicators, how many areas it left
    /// out ("1 Gebiet mit weniger als 300 Einwohnern nicht berücksichtigt").
    func omissions(of indicators: [Indicator], among areas: [Area]) -> [String] {
        func baseName(_ rule: MinimumBase) -> String {
            snapshot.indicator(key: rule.indicator.indicator)?.shortName ?? rule.indicator.indicator
        }
        var omitted: [MinimumBase: Set<AreaID>] = [:]
        var rules: [MinimumBase] = []
        for indicator in indicators {
            guard let rule = indicator.minimumBase else { continue }
            let note = rule.note(baseName: baseName(rule))
            let left = areas.filter { context.value(indicator.key, of: $0.id).note == note }.map(\.id)
            guard !left.isEmpty else { continue }
            if omitted[rule] == nil { rules.append(rule) }
            omitted[rule, default: []].formUnion(left)
        }
        return rules.map { $0.omission(areas: omitted[$0]?.count ?? 0, baseName: baseName($0)) }
    }

    /// The area's value of each indicator against the range (and middle half) of all areas of its level, its
    /// parent's (the Bezirk of a Bezirksregion; none below the city itself) and the city's.
    func profileChart(_ plan: ProfilePlan, scope: Scope) throws -> ProfileChart {
        let parent = scope.parent.flatMap { $0.id == scope.city?.id ? nil : $0 }
        // An indicator without values at this level has no range to show: its row is left out.
        let rows = try indicators(plan.indicators).compactMap { indicator -> ProfileChartSpec.Row? in
            guard let range = context.profileRange(level: scope.area.id.level, indicator: indicator.key) else {
                return nil
            }
            let (lowest, highest) = (range.lowest, range.highest)
            let format = valueFormat(indicator)
            func label(_ value: Double?) -> String { format.string(value, missing: FigureWords.german[.missing]) }
            let area = number(indicator.key, scope.area)
            let city = scope.city.flatMap { number(indicator.key, $0) }
            let parentValue = parent.flatMap { number(indicator.key, $0) }
            return ProfileChartSpec.Row(
                indicator: indicator.shortName, areaValue: area, areaLabel: label(area), cityValue: city,
                cityLabel: label(city), minimum: lowest, maximum: highest,
                minimumLabel: label(lowest), maximumLabel: label(highest),
                lowerQuartile: range.lowerQuartile, upperQuartile: range.upperQuartile,
                parentValue: parentValue, parentLabel: label(parentValue))
        }
        return ProfileChart(
            ProfileChartSpec(
                words: .german, areaName: scope.area.name, cityName: scope.city?.name ?? "Stadt",
                parentName: parent.map { "\(LevelNouns.singular($0.id.level)) \($0.name)" },
                areasName: LevelNouns.plural(scope.area.id.level), rows: rows), style: style)
    }

    /// Several indicators (series) for several areas (categories), side by side or stacked.
    func groupedBars(_ plan: SeriesBarPlan, scope: Scope, stacked: Bool, at location: SourceLocation) throws
        -> GroupedBarChart
    {
        let chosen = try indicators(plan.indicators)
        let selectors = plan.areas.isEmpty ? [AreaSelector(kind: .siblings, location: location)] : plan.areas
        let areas = snapshot.areas(selectors, scope: scope, context: context)
        let categories = areas.map { area in
            GroupedBarChartSpec.Category(
                label: area.name, values: chosen.map { number($0.key, area) }, highlighted: area.id == scope.area.id)
        }
        let first = chosen.first
        return GroupedBarChart(
            GroupedBarChartSpec(
                words: .german, indicator: chosen.map(\.shortName).joined(separator: ", "),
                axisTitle: first.map { $0.unit.isEmpty ? "" : $0.unit } ?? "", mode: stacked ? .stacked : .grouped,
                series: chosen.map { GroupedBarChartSpec.Series(name: $0.shortName) }, categories: categories,
                format: first.map(valueFormat) ?? ValueFormat()), style: style)
    }

    /// Age groups by sex as shares of the area's population, with the city's as an outline. When any group is
    /// missing or withheld, the area shows no shares at all: the others would reveal it as the rest to 100 %.
    func pyramid(_ plan: PyramidPlan, scope: Scope) throws -> PopulationPyramid {
        let men = try indicators(plan.men)
        let women = try indicators(plan.women)
        let half = men.count
        func shares(_ area: Area) -> (men: [Double?], women: [Double?]) {
            let counts = (men + women).map { number($0.key, area) }
            let total = counts.compactMap { $0 }.reduce(0, +)
            guard counts.allSatisfy({ $0 != nil }), total > 0 else {
                return (men.map { _ in nil }, women.map { _ in nil })
            }
            let percent = counts.map { $0.map { $0 / total * 100 } }
            return (Array(percent.prefix(half)), Array(percent.dropFirst(half)))
        }
        let own = shares(scope.area)
        let city = scope.city.flatMap { $0.id == scope.area.id ? nil : shares($0) }
        return PopulationPyramid(
            PopulationPyramidSpec(
                words: .german, areaName: scope.area.name, bands: men.map(\.shortName), men: own.men, women: own.women,
                comparisonMen: city?.men ?? [], comparisonWomen: city?.women ?? [],
                comparisonLabel: scope.city?.name ?? "",
                axisTitle: "Anteil an der Bevölkerung (%)", format: .percent), style: style)
    }
}
