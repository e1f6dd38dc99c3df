/// A point in a projected coordinate system (metres in the working CRS) or on the page (points).
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A closed ring of points; the first point is not repeated at the end.
public struct Ring: Hashable, Sendable {
    public var points: [Point]

    public init(_ points: [Point]) {
        self.points = points
    }

    /// Twice the signed area (shoelace formula): positive for counter-clockwise rings in a y-up system.
    public var signedDoubleArea: Double {
        guard points.count > 2 else { return 0 }
        var sum = 0.0
        var previous = points[points.count - 1]
        for point in points {
            sum += previous.x * point.y - point.x * previous.y
            previous = point
        }
        return sum
    }

    /// The area-weighted centre of the ring; nil for a ring without area or whose centre is not finite.
    public var centroid: Point? {
        let doubleArea = signedDoubleArea
        guard doubleArea != 0, doubleArea.isFinite else { return nil }
        var cx = 0.0
        var cy = 0.0
        var previous = points[points.count - 1]
        for point in points {
            let cross = previous.x * point.y - point.x * previous.y
            cx += (previous.x + point.x) * cross
            cy += (previous.y + point.y) * cross
            previous = point
        }
        let point = Point(x: cx / (3 * doubleArea), y: cy / (3 * doubleArea))
        return point.x.isFinite && point.y.isFinite ? point : nil
    }
}

/// A polygon: one outer ring and any number of holes.
public struct Polygon: Hashable, Sendable {
    public var exterior: Ring
    public var holes: [Ring]

    public init(exterior: Ring, holes: [Ring] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

/// The geometry of one area: one or more polygons.
public struct MultiPolygon: Hashable, Sendable {
    public var polygons: [Polygon]

    public init(_ polygons: [Polygon]) {
        self.polygons = polygons
    }

    public var bounds: Bounds? {
        Bounds(enclosing: polygons.lazy.flatMap { $0.exterior.points })
    }

    public var vertexCount: Int {
        polygons.reduce(0) { $0 + $1.exterior.points.count + $1.holes.reduce(0) { $0 + $1.points.count } }
    }
}

/// An axis-aligned rectangle in map coordinates.
public struct Bounds: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest bounds around `points`, or nil when there are none.
    public init?<S: Sequence>(enclosing points: S) where S.Element == Point {
        var iterator = points.makeIterator()
        guard let first = iterator.next() else { return nil }
        var bounds = Bounds(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        while let point = iterator.next() {
            bounds.minX = min(bounds.minX, point.x)
            bounds.minY = min(bounds.minY, point.y)
            bounds.maxX = max(bounds.maxX, point.x)
            bounds.maxY = max(bounds.maxY, point.y)
        }
        self = bounds
    }

    /// The smallest bounds around all of `bounds`, or nil when there are none.
    public init?(union bounds: some Sequence<Bounds>) {
        guard let combined = bounds.reduce(nil, { (sum: Bounds?, next: Bounds) in sum?.union(next) ?? next }) else {
            return nil
        }
        self = combined
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public func union(_ other: Bounds) -> Bounds {
        Bounds(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY))
    }

    /// Grown by `fraction` of its larger side on every side.
    public func expanded(by fraction: Double) -> Bounds {
        let margin = max(width, height) * fraction
        return Bounds(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }

    public func intersects(_ other: Bounds) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    public func contains(_ point: Point) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }
}

extension Ring {
    /// Whether `point` lies inside the ring (even-odd ray casting; points on the boundary may go either way).
    public func contains(_ point: Point) -> Bool {
        guard var previous = points.last else { return false }
        var inside = false
        for current in points {
            if (current.y > point.y) != (previous.y > point.y) {
                let crossing = (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x
                if point.x < crossing { inside.toggle() }
            }
            previous = current
        }
        return inside
    }
}

extension Polygon {
    /// Inside the exterior ring and outside every hole.
    public func contains(_ point: Point) -> Bool {
        exterior.contains(point) && !holes.contains { $0.contains(point) }
    }
}

extension MultiPolygon {
    public func contains(_ point: Point) -> Bool {
        polygons.contains { $0.contains(point) }
    }
}
