import Values

/// Finds the area containing a point: a bounding-box prefilter, then point-in-polygon.
struct AreaIndex {
    private var entries: [(id: AreaID, bounds: Bounds, geometry: MultiPolygon)]

    init(areas: [(AreaID, MultiPolygon)]) {
        entries = areas.compactMap { id, geometry in geometry.bounds.map { (id, $0, geometry) } }
            .sorted { $0.id < $1.id }
    }

    var isEmpty: Bool { entries.isEmpty }

    func area(containing point: Point) -> AreaID? {
        entries.first { $0.bounds.contains(point) && $0.geometry.contains(point) }?.id
    }
}
