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
    /// The classes of all areas of the level: the same on every page of a run.
    let classes: MapClasses
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

        func values(_ lookup: (AreaID) -> IndicatorValue) -> [Double?] {
            areas.map { area in
                let value = lookup(area.id)
                return value.status == .valid ? value.value : nil
            }
        }
        let pooled = plan.pooledPeriods.compactMap { Period($0.value) }
        let valueSets = pooled.isEmpty
            ? [values { context.value(key, of: $0, in: plan) }]
            : pooled.map { period in values { snapshot.value(key, of: $0, period: period) } }
        classes = try MapClasses(valueSets: valueSets, plan: plan, indicator: indicator, context: context)
        let top = snapshot.levels.dropFirst().first?.key ?? level
        var districts: [String: MultiPolygon] = [:]
        for area in snapshot.areas(level: top) { if let shape = snapshot.geometry(of: area.id) { districts[area.id.key] = shape } }
        if let bounds = districts.values.compactMap(\.bounds).reduce(nil, { (sum: Bounds?, next: Bounds) in sum?.union(next) ?? next }) {
            let simplified = TopologySimplifier(fitting: bounds, intoWidth: 80, height: 70).simplify(districts)
            overview = simplified.keys.sorted().compactMap { simplified[$0] }
        } else {
            overview = []
        }
    }

}

/// Problems with a figure that only show once data is at hand.
enum FigureError: Error, Sendable, CustomStringConvertible {
    case unknownIndicator(String)
    case unknownScheme(Located<String>)
    case noData(String)

    var description: String {
        switch self {
        case .unknownIndicator(let name): "unknown indicator \"\(name)\""
        case .unknownScheme(let scheme):
            "\(scheme.location): error: unknown classification scheme \"\(scheme.value)\"."
                + Suggestions.phrase(for: scheme.value, in: MapClasses.schemes)
        case .noData(let what): "no data for \(what)"
        }
    }
}
