/// A map's main body and its far-off parts (an island out at sea, an exclave): the parts lying so far from the
/// rest that showing them all would shrink the city to a fraction of its frame. The map then fits its frame to
/// the main body and draws the far-off parts in an inset.
struct MapBody: Hashable {
    /// The extent of the connected main body, in the plane.
    var main: Bounds
    /// The extent of the parts far from it.
    var farOff: Bounds

    /// Parts count as near the body while their gap to it is under this share of the body's larger side.
    static let nearGap = 0.15
    /// The far-off parts are drawn in an inset only when showing them would widen or heighten the map by this.
    static let smallestGrowth = 1.3

    /// The main body and far-off parts of `areas` inside `view`; nil when every part lies near the body.
    init?(areas: [ChoroplethMapSpec.Area], view: Bounds) {
        var parts = areas.flatMap { area in area.geometry.polygons.compactMap { Bounds(enclosing: $0.exterior.points) }
        }
        .filter { $0.intersects(view) }
        .sorted { $0.width * $0.height > $1.width * $1.height }
        guard var main = parts.first else { return nil }
        parts.removeFirst()
        var grew = true
        while grew {
            grew = false
            let reach = main.expanded(by: Self.nearGap)
            let (near, far) = (parts.filter { $0.intersects(reach) }, parts.filter { !$0.intersects(reach) })
            if !near.isEmpty {
                main = near.reduce(main) { $0.union($1) }
                parts = far
                grew = true
            }
        }
        guard let farOff = Bounds(union: parts) else { return nil }
        let whole = main.union(farOff)
        guard whole.width > main.width * Self.smallestGrowth || whole.height > main.height * Self.smallestGrowth else {
            return nil
        }
        self.main = main
        self.farOff = farOff
    }
}
