import CairoBridge

/// A point of interest such as a Kita or a school, drawn as the symbol of its category.
public struct MapPoint: Hashable, Sendable {
    public var name: String
    public var position: Point
    /// Index into the legend's point categories.
    public var category: Int
    /// An attribute drawn as the symbol's area (e.g. Kita places); nil for the standard size.
    public var size: Double?
    /// The point the report is about (e.g. the applying Kita): drawn large, haloed and on top of the others.
    public var highlighted: Bool

    public init(name: String, position: Point, category: Int, size: Double? = nil, highlighted: Bool = false) {
        self.name = name
        self.position = position
        self.category = category
        self.size = size
        self.highlighted = highlighted
    }
}

/// The shape of a point symbol; categories differ in shape as well as colour, so they stay apart in grey.
public enum PointSymbol: Hashable, Sendable, CaseIterable {
    case circle, square, triangle, diamond

    /// The symbol centred on `(x, y)` with the area of a circle of radius `radius`.
    public func path(x: Double, y: Double, radius: Double) -> Path {
        let r = radius.isFinite ? max(0, radius) : 0
        switch self {
        case .circle:
            return .circle(centerX: x, centerY: y, radius: r)
        case .square:
            let half = r * 0.886  // same area as the circle: side = r·√π
            return .rectangle(Rect(x: x - half, y: y - half, width: 2 * half, height: 2 * half))
        case .triangle:
            let side = r * 2.694  // equilateral triangle with the circle's area
            let height = side * 0.866
            var path = Path()
            path.move(to: x, y - height * 2 / 3)
            path.line(to: x + side / 2, y + height / 3)
            path.line(to: x - side / 2, y + height / 3)
            path.close()
            return path
        case .diamond:
            let half = r * 1.253  // a square turned by 45°, diagonal 2·half
            var path = Path()
            path.move(to: x, y - half)
            path.line(to: x + half, y)
            path.line(to: x, y + half)
            path.line(to: x - half, y)
            path.close()
            return path
        }
    }
}
