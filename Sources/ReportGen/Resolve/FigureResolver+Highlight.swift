import IndicatorData
import Layout

/// What a map outlines: the report's area, or the areas of the map's `highlight:` selection.
extension FigureResolver {
    struct Outline {
        /// The legend entry of the outline; nil for none.
        var label: String?
        /// A mapped area outlined by its key.
        var key: String?
        /// An outline drawn on its own: an area of another level, or several areas.
        var shape: MultiPolygon?
    }

    func highlight(
        _ plan: MapPlan, scope: Scope, level: String, geometry: [AreaID: MultiPolygon], focus: MultiPolygon?
    ) -> Outline {
        guard let selector = plan.highlight else {
            let isCity = scope.area.id == snapshot.city?.id
            let isMapped = scope.area.id.level == level
            return Outline(
                label: isCity ? nil : scope.area.name, key: isMapped ? scope.area.id.key : nil,
                shape: isMapped || isCity ? nil : focus)
        }
        let areas = snapshot.areas(selector, scope: scope, context: context)
        let polygons = areas.flatMap { area in (geometry[area.id] ?? snapshot.geometry(of: area.id))?.polygons ?? [] }
        guard !polygons.isEmpty else { return Outline() }
        return Outline(label: Self.label(of: selector, areas: areas), shape: MultiPolygon(polygons))
    }

    /// "Die 10 Planungsräume mit den höchsten Werten", or the names of up to three areas.
    static func label(of selector: AreaSelector, areas: [Area]) -> String {
        if case .top(_, let level, _, let descending, _, let change) = selector.kind {
            let extreme =
                change
                ? (descending ? "stärksten Anstiegen" : "stärksten Rückgängen")
                : descending ? "höchsten Werten" : "niedrigsten Werten"
            return "Die \(areas.count) \(LevelNouns.plural(level)) mit den \(extreme)"
        }
        return areas.count <= 3 ? areas.map(\.name).joined(separator: ", ") : "\(areas.count) hervorgehobene Gebiete"
    }
}
