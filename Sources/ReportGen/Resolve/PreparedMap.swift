import CairoBridge
import IndicatorData
import Layout

/// What every report of a run shares for one `map:` block, computed once: the level's geometries simplified
/// for the page (shared borders stay shared), the classes (the same on every page), colours and legend.
struct PreparedMap: Sendable {
    let indicator: Indicator
    let level: String
    /// The level's areas simplified for this map's extent: coarser for the whole city, finer for a district
    /// or one area with its surroundings.
    let geometry: [AreaID: MultiPolygon]
    /// The bounds of all the level's areas, computed once rather than for every page.
    let extent: Bounds?
    /// The classes of all areas of the level: the same on every page of a run.
    let classes: MapClasses
    /// Bezirke (the level below the city), simplified, for the locator inset of zoomed maps; empty for city maps.
    let overview: [MultiPolygon]
    /// Every area of the level filled with the classes of all of them: what a map that is not zoomed shows on
    /// every page, made once (and held once, however many pages show it); nil for zoomed maps and maps whose
    /// classes are each page's own.
    let sharedAreas: [ChoroplethMapSpec.Area]?
    /// The legend's counts of `sharedAreas` (per class, and without a value), counted once; nil without them.
    let sharedCounts: (perClass: [Int], missing: Int)?

    init(plan: MapPlan, context: ResolveContext) throws {
        let snapshot = context.snapshot
        let key = plan.indicator.value
        guard let indicator = snapshot.indicator(key: key) else { throw FigureError.unknownIndicator(key) }
        self.indicator = indicator
        level = plan.level?.value ?? snapshot.levels.last?.key ?? ""
        let areas = snapshot.areas(level: level)
        var shapes: [String: MultiPolygon] = [:]
        for area in areas { if let shape = snapshot.geometry(of: area.id) { shapes[area.id.key] = shape } }
        var geometry: [AreaID: MultiPolygon] = [:]
        if let extent = Bounds(union: shapes.values.compactMap(\.bounds)) {
            // A vertex that moves less than 0,3 pt (0,1 mm) on the map as the theme's page shows it is not missed.
            let frame = ChoroplethMap.bodySize(on: context.plan.settings.theme.pageSetup)
            let coarse = TopologySimplifier(
                fitting: extent, intoWidth: frame.width, height: frame.height, maximumError: 0.3)
            let simplified = (plan.isZoomed ? TopologySimplifier(tolerance: coarse.tolerance / 5) : coarse).simplify(
                shapes)
            for area in areas { geometry[area.id] = simplified[area.id.key] }
        }
        self.geometry = geometry
        extent = Bounds(union: geometry.values.compactMap(\.bounds))

        func values(_ lookup: (AreaID) -> IndicatorValue) -> [Double?] {
            areas.map { area in
                let value = lookup(area.id)
                return value.status == .valid ? value.value : nil
            }
        }
        let pooled = plan.classes.pooledPeriods.compactMap { Period($0.value) }
        let valueSets =
            pooled.isEmpty
            ? [values { context.value(key, of: $0, in: plan) }]
            : pooled.map { period in values { snapshot.value(key, of: $0, period: period) } }
        classes = try MapClasses(valueSets: valueSets, plan: plan, indicator: indicator, context: context)
        let shown = areas.compactMap { area in
            geometry[area.id].map { (area: area, shape: $0, value: context.value(key, of: area.id, in: plan)) }
        }
        let shared =
            !plan.isZoomed && plan.classes.sameForEveryArea
            ? MapAreas.areas(shown, classes: classes, plan: plan, indicator: indicator) : nil
        sharedAreas = shared
        sharedCounts = shared.map { [classes] in MapAreas.counts($0, classes: classes) }
        let top = snapshot.levels.dropFirst().first?.key ?? level
        var districts: [String: MultiPolygon] = [:]
        for area in snapshot.areas(level: top) {
            if let shape = snapshot.geometry(of: area.id) { districts[area.id.key] = shape }
        }
        if plan.isZoomed, let bounds = Bounds(union: districts.values.compactMap(\.bounds)) {
            let size = ChoroplethMap.locatorSize
            let simplified = TopologySimplifier(fitting: bounds, intoWidth: size.width, height: size.height)
                .simplify(districts)
            overview = simplified.keys.sorted().compactMap { simplified[$0] }
        } else {
            overview = []
        }
    }

}

/// Problems with a figure that only show once data is at hand.
enum FigureError: Error, Sendable, CustomStringConvertible {
    case unknownIndicator(String)
    case noData(String)
    /// A point layer the store keeps no source for (imported before ReportGen kept them).
    case noPointSource(String)

    var description: String {
        switch self {
        case .unknownIndicator(let name): "unknown indicator \"\(name)\""
        case .noData(let what): "no data for \(what)"
        case .noPointSource(let category): PointSources.missing(category)
        }
    }
}
