import Foundation
import Layout

/// Made-up area boundaries shaped like real small-area data: a grid of cells whose borders wiggle, shared
/// vertex for vertex between neighbours. For benchmarks and tests; the same arguments give the same areas.
public enum SyntheticAreas {
    /// `columns` × `rows` cells of `cellSize` metres, each border with `pointsPerEdge` vertices between corners;
    /// keys are "column-row".
    public static func grid(columns: Int, rows: Int, pointsPerEdge: Int, cellSize: Double = 500)
        -> [String: MultiPolygon]
    {
        let columns = max(columns, 0)
        let rows = max(rows, 0)
        let points = max(pointsPerEdge, 0)
        var areas: [String: MultiPolygon] = [:]
        for column in 0..<columns {
            for row in 0..<rows {
                let corner = { (dx: Int, dy: Int) in
                    Point(x: Double(column + dx) * cellSize, y: Double(row + dy) * cellSize)
                }
                var ring = [corner(0, 0)] + border(from: corner(0, 0), to: corner(1, 0), points, cellSize)
                ring += [corner(1, 0)] + border(from: corner(1, 0), to: corner(1, 1), points, cellSize)
                ring += [corner(1, 1)] + border(from: corner(0, 1), to: corner(1, 1), points, cellSize).reversed()
                ring += [corner(0, 1)] + border(from: corner(0, 0), to: corner(0, 1), points, cellSize).reversed()
                areas["\(column)-\(row)"] = MultiPolygon([Polygon(exterior: Ring(ring))])
            }
        }
        return areas
    }

    /// The inner vertices of the border from `start` to `end` (left to right, or bottom to top), pushed sideways
    /// by a wave that depends only on the border, so that both neighbours get the same points.
    private static func border(from start: Point, to end: Point, _ count: Int, _ cellSize: Double) -> [Point] {
        let isHorizontal = start.y == end.y
        let seed = start.x * 0.013 + start.y * 0.007 + (isHorizontal ? 0 : 1.7)
        return (0..<count).map { index in
            let t = Double(index + 1) / Double(count + 1)
            let envelope = sin(t * .pi)
            let offset = cellSize * envelope * (0.04 * sin(t * 9 + seed) + 0.01 * sin(t * 57 + 3 * seed))
            let along = Point(x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t)
            return isHorizontal ? Point(x: along.x, y: along.y + offset) : Point(x: along.x + offset, y: along.y)
        }
    }
}
