import IndicatorData
import Layout

/// The area of an earlier layout whose values continue an area's series, and whether it covered the same ground.
struct Predecessor: Sendable {
    var area: Area
    /// True when the earlier area shares the name but not the extent (Britz of 2017 held today's Britz and more):
    /// its values continue the series, and every comparison says that the area was cut differently.
    var reshaped: Bool
}

/// Finds each area's predecessor in its level's earlier layout (`earlier-layouts:`), once per run.
///
/// The extent is compared through the areas of the finest level below (the Planungsräume): each one counts with
/// its surface at the point where a map writes its name. An earlier area covers the same ground as today's when
/// at least 95 % of today's surface lies in it and at least 95 % of the surface it holds (within the same parent)
/// belongs to today's area. The predecessor is the earlier area of the same parent with the same name (as import
/// matches names), marked `reshaped` when the extents differ; without a namesake, an earlier area of the same
/// ground under another name. Without geometry or a finer level, the namesake is taken as it is.
enum Predecessors {
    static let sameGround = 0.95

    static func find(snapshot: StoreSnapshot, earlierLayouts: [String: String]) -> [AreaID: Predecessor] {
        var result: [AreaID: Predecessor] = [:]
        for (level, earlier) in earlierLayouts.sorted(by: { $0.key < $1.key }) {
            let older = Dictionary(grouping: snapshot.areas(level: earlier)) { $0.parent }
            let parts = snapshot.childLevel(of: level).map { Parts(snapshot: snapshot, level: $0) }
            for area in snapshot.areas(level: level) {
                let candidates = older[area.parent] ?? []
                let name = NameMatcher.normalise(area.name)
                let namesake = candidates.first { NameMatcher.normalise($0.name) == name }
                guard let parts else {
                    result[area.id] = namesake.map { Predecessor(area: $0, reshaped: false) }
                    continue
                }
                func same(_ candidate: Area) -> Bool {
                    parts.overlap(of: area, with: candidate, snapshot: snapshot).map { $0 >= sameGround } ?? false
                }
                if let namesake {
                    result[area.id] = Predecessor(area: namesake, reshaped: !same(namesake))
                } else if let renamed = candidates.first(where: same) {
                    result[area.id] = Predecessor(area: renamed, reshaped: false)
                }
            }
        }
        return result
    }

    /// The finest areas below a level: where each one's name would be written, and its surface.
    struct Parts {
        var entries: [(area: Area, point: Point, surface: Double)]

        init(snapshot: StoreSnapshot, level: String) {
            entries = snapshot.areas(level: level).compactMap { area in
                guard let geometry = snapshot.geometry(of: area.id), let point = LabelPoint.point(for: geometry)
                else { return nil }
                let surface = geometry.polygons.reduce(0.0) { sum, polygon in
                    sum + abs(polygon.exterior.signedDoubleArea)
                        - polygon.holes.reduce(0.0) { $0 + abs($1.signedDoubleArea) }
                }
                return (area, point, surface / 2)
            }
        }

        /// The smaller of two shares: of today's area's surface inside the earlier area, and of the surface inside
        /// the earlier area (within today's parent) that belongs to today's area; nil without geometry.
        func overlap(of area: Area, with earlier: Area, snapshot: StoreSnapshot) -> Double? {
            guard let shape = snapshot.geometry(of: earlier.id), let bounds = shape.bounds else { return nil }
            let inParent = entries.filter { part in area.parent.map { snapshot.isWithin(part.area.id, $0) } ?? true }
            let own = inParent.filter { snapshot.isWithin($0.area.id, area.id) }
            let inside = inParent.filter { bounds.contains($0.point) && shape.contains($0.point) }
            let shared = inside.filter { snapshot.isWithin($0.area.id, area.id) }.reduce(0) { $0 + $1.surface }
            let ownSurface = own.reduce(0) { $0 + $1.surface }
            let insideSurface = inside.reduce(0) { $0 + $1.surface }
            guard ownSurface > 0, insideSurface > 0 else { return own.isEmpty ? nil : 0 }
            return min(shared / ownSurface, shared / insideSurface)
        }
    }
}
