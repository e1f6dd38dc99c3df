import CairoBridge

/// Fits map bounds (projected metres, y up) into a page rectangle (points, y down): one scale for both axes so
/// shapes keep their aspect, north up, centred, with padding.
public struct MapProjection: Hashable, Sendable {
    /// Page points per metre.
    public let scale: Double
    let offsetX: Double
    let offsetY: Double

    /// Nil when the bounds or the rectangle are empty or not finite.
    public init?(fitting bounds: Bounds, into rect: Rect, padding: Double = 4) {
        let inner = rect.insetBy(dx: padding, dy: padding)
        let values = [bounds.minX, bounds.minY, bounds.maxX, bounds.maxY, inner.x, inner.y, inner.width, inner.height]
        guard values.allSatisfy(\.isFinite), inner.width > 0, inner.height > 0 else { return nil }
        let width = max(bounds.width, 0)
        let height = max(bounds.height, 0)
        let extent = max(width, height)
        guard extent > 0 else { return nil }
        // A degenerate side (all points on a line) gets the other side's length, so the scale stays finite.
        let scale = min(inner.width / (width > 0 ? width : extent), inner.height / (height > 0 ? height : extent))
        guard scale.isFinite, scale > 0 else { return nil }
        self.scale = scale
        offsetX = inner.x + (inner.width - width * scale) / 2 - bounds.minX * scale
        offsetY = inner.y + (inner.height - height * scale) / 2 + bounds.maxY * scale
    }

    public func project(_ point: Point) -> Point {
        Point(x: offsetX + point.x * scale, y: offsetY - point.y * scale)
    }

    /// The point of the plane (metres) at page point `point`: the inverse of `project(_:)`.
    public func unproject(_ point: Point) -> Point {
        Point(x: (point.x - offsetX) / scale, y: (offsetY - point.y) / scale)
    }

    /// The page rectangle covered by `bounds`.
    public func project(_ bounds: Bounds) -> Rect {
        let a = project(Point(x: bounds.minX, y: bounds.maxY))
        return Rect(x: a.x, y: a.y, width: bounds.width * scale, height: bounds.height * scale)
    }

    /// The part of the plane (metres) that `rect` shows.
    public func bounds(of rect: Rect) -> Bounds {
        Bounds(
            minX: (rect.x - offsetX) / scale, minY: (offsetY - rect.maxY) / scale,
            maxX: (rect.maxX - offsetX) / scale, maxY: (offsetY - rect.y) / scale)
    }

    /// One path with every ring of `geometry`, to be filled with the even-odd rule (holes stay empty).
    public func path(_ geometry: MultiPolygon) -> Path {
        var path = Path()
        path.reserveCapacity(geometry.vertexCount + 2 * geometry.polygons.count)
        for polygon in geometry.polygons {
            add(polygon.exterior, to: &path)
            for hole in polygon.holes { add(hole, to: &path) }
        }
        return path
    }

    /// Page positions are snapped to a grid of `resolution` points and repeated positions dropped: far finer than
    /// any printer, so nothing visible is lost, but unsimplified borders shrink to what the page can show. The
    /// grid is the same for every area, so neighbours keep identical shared borders.
    public static let resolution = 0.1

    private func add(_ ring: Ring, to path: inout Path) {
        guard ring.points.count > 2 else { return }
        let grid = Self.resolution
        var count = 0
        var last = (x: Double.nan, y: Double.nan)
        for point in ring.points where point.x.isFinite && point.y.isFinite {
            let x = ((offsetX + point.x * scale) / grid).rounded() * grid
            let y = ((offsetY - point.y * scale) / grid).rounded() * grid
            if x == last.x && y == last.y { continue }
            if count == 0 { path.move(to: x, y) } else { path.line(to: x, y) }
            last = (x, y)
            count += 1
        }
        if count > 0 { path.close() }
    }
}
