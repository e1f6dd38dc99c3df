import CairoBridge
import Layout

/// What every report of a run shares for one `map:` block, computed once: the level's geometries simplified
/// for the page (shared borders stay shared), the classes (the same on every page), colours and legend.
struct PreparedMap: Sendable {
    let indicator: Indicator
    let level: String
    /// Simplified for a map of the whole city, and finer for maps of a district or one area.
    let cityGeometry: [AreaID: MultiPolygon]
    let detailGeometry: [AreaID: MultiPolygon]
    let classification: Classification?
    let colors: [Color]
    let legend: Legend
    /// Bezirke (the level below the city), simplified, for the locator inset.
    let overview: [MultiPolygon]

    /// Width and height of the map itself (the legend takes the rest of the text width) in points, for the
    /// simplification tolerance: a vertex that moves less than 0,3 pt (0,1 mm) there is not missed.
    static let pageSize = (width: 300.0, height: 300.0)

    init(plan: FigurePlan, context: ResolveContext) throws {
        let snapshot = context.snapshot
        guard let key = plan.indicators.first?.value, let indicator = snapshot.indicator(key: key) else {
            throw FigureError.unknownIndicator(plan.indicators.first?.value ?? "")
        }
        self.indicator = indicator
        level = plan.level?.value ?? snapshot.levels.last?.key ?? ""
        let areas = snapshot.areas(level: level)
        var shapes: [String: MultiPolygon] = [:]
        for area in areas { if let shape = snapshot.geometry(of: area.id) { shapes[area.id.key] = shape } }
        let extent = shapes.values.compactMap(\.bounds).reduce(nil) { (sum: Bounds?, next: Bounds) in sum?.union(next) ?? next }
        var city: [AreaID: MultiPolygon] = [:]
        var detail: [AreaID: MultiPolygon] = [:]
        if let extent {
            let coarse = TopologySimplifier(
                fitting: extent, intoWidth: Self.pageSize.width, height: Self.pageSize.height, maximumError: 0.3)
            let fine = TopologySimplifier(tolerance: coarse.tolerance / 5)
            let coarseShapes = coarse.simplify(shapes)
            let fineShapes = fine.simplify(shapes)
            for area in areas {
                city[area.id] = coarseShapes[area.id.key]
                detail[area.id] = fineShapes[area.id.key]
            }
        }
        cityGeometry = city
        detailGeometry = detail

        let values = areas.map { area -> Double? in
            let value = context.value(key, of: area.id)
            return value.status == .valid ? value.value : nil
        }
        let scheme = try Self.scheme(plan)
        let classification = try Classification(values: values, scheme: scheme, decimals: indicator.decimals)
        let palette = try Palette.named(plan.palette?.value ?? (indicator.polarity == .neutral ? "Blues" : "YlOrRd"))
        let colors: [Color]
        if palette.kind == .diverging, let cityID = snapshot.city?.id,
            let reference = context.value(key, of: cityID).value
        {
            colors = try palette.colors(for: classification, centredOn: reference, polarity: indicator.polarity)
        } else {
            colors = try palette.colors(for: classification, polarity: indicator.polarity)
        }
        let period = context.period(of: key)?.german ?? ""
        let unit = ValueText.unit(of: indicator).map { " in \($0)" } ?? ""
        // The map legend prints the count of areas in its own column, so the labels carry none.
        let format = LegendFormat(unit: indicator.unit == "%" ? "%" : nil, decimals: indicator.decimals, countNoun: nil)
        legend = try Legend(classification: classification, colors: colors, format: format,
                            title: "\(indicator.shortName)\(unit)" + (period.isEmpty ? "" : ", \(period)"))
        self.classification = classification
        self.colors = colors
        let top = snapshot.levels.dropFirst().first?.key ?? level
        var districts: [String: MultiPolygon] = [:]
        for area in snapshot.areas(level: top) { if let shape = snapshot.geometry(of: area.id) { districts[area.id.key] = shape } }
        if let bounds = districts.values.compactMap(\.bounds).reduce(nil, { (sum: Bounds?, next: Bounds) in sum?.union(next) ?? next }) {
            overview = Array(TopologySimplifier(fitting: bounds, intoWidth: 80, height: 70).simplify(districts).values)
        } else {
            overview = []
        }
    }

    private static func scheme(_ plan: FigurePlan) throws -> ClassificationScheme {
        let k = max(2, min(plan.classCount, 9))
        switch plan.scheme.value {
        case "quantiles": return .quantiles(k: k)
        case "equal-interval": return .equalInterval(k: k)
        case "fisher-jenks": return .fisherJenks(k: k)
        case "pretty": return .pretty(k: k)
        case "box-plot": return .boxPlot()
        case "head-tail": return .headTailBreaks
        case "maximum-breaks": return .maximumBreaks(k: k)
        case "standard-deviation": return .standardDeviation()
        case "percentiles": return .percentiles()
        default: throw FigureError.unknownScheme(plan.scheme)
        }
    }

    static let schemes = [
        "quantiles", "equal-interval", "fisher-jenks", "pretty", "box-plot", "head-tail", "maximum-breaks",
        "standard-deviation", "percentiles",
    ]

    func color(of value: IndicatorValue) -> Color? {
        guard value.status == .valid, let number = value.value, let index = classification?.classIndex(of: number),
            colors.indices.contains(index)
        else { return nil }
        return colors[index]
    }
}

/// Problems with a figure that only show once data is at hand.
enum FigureError: Error, CustomStringConvertible {
    case unknownIndicator(String)
    case unknownScheme(Located<String>)
    case noData(String)

    var description: String {
        switch self {
        case .unknownIndicator(let name): "unknown indicator \"\(name)\""
        case .unknownScheme(let scheme):
            "\(scheme.location): error: unknown classification scheme \"\(scheme.value)\"."
                + Suggestions.phrase(for: scheme.value, in: PreparedMap.schemes)
        case .noData(let what): "no data for \(what)"
        }
    }
}
