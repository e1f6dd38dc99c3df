/// Where to write an area's name: a point well inside its largest polygon, an approximation of the pole of
/// inaccessibility (the inside point farthest from the boundary).
public enum LabelPoint {
    public static func point(for geometry: MultiPolygon) -> Point? {
        let polygons = geometry.polygons.filter { $0.exterior.points.count > 2 }
        guard let largest = polygons.max(by: { abs($0.exterior.signedDoubleArea) < abs($1.exterior.signedDoubleArea) }),
            let bounds = largest.exterior.bounds
        else { return nil }
        let half = min(bounds.width, bounds.height) / 2
        if let centroid = largest.exterior.centroid, largest.contains(centroid),
            distance(from: centroid, to: largest) >= half * 0.3
        {
            return centroid
        }
        var best: (point: Point, distance: Double)?
        let steps = 8
        for i in 0...steps {
            for j in 0...steps {
                let candidate = Point(
                    x: bounds.minX + bounds.width * (Double(i) + 0.5) / Double(steps + 1),
                    y: bounds.minY + bounds.height * (Double(j) + 0.5) / Double(steps + 1))
                guard largest.contains(candidate) else { continue }
                let d = distance(from: candidate, to: largest)
                if d > (best?.distance ?? -1) { best = (candidate, d) }
            }
        }
        return best?.point ?? largest.exterior.centroid
    }

    /// The distance from `point` to the nearest edge of any ring.
    static func distance(from point: Point, to polygon: Polygon) -> Double {
        var best = Double.infinity
        for ring in [polygon.exterior] + polygon.holes where !ring.points.isEmpty {
            var previous = ring.points[ring.points.count - 1]
            for current in ring.points {
                best = min(best, segmentDistanceSquared(point, previous, current))
                previous = current
            }
        }
        return best.squareRoot()
    }

    private static func segmentDistanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = dx * dx + dy * dy
        let t = length > 0 ? min(max(((p.x - a.x) * dx + (p.y - a.y) * dy) / length, 0), 1) : 0
        let x = a.x + t * dx - p.x
        let y = a.y + t * dy - p.y
        return x * x + y * y
    }
}

extension Ring {
    var bounds: Bounds? { Bounds(enclosing: points) }
}
