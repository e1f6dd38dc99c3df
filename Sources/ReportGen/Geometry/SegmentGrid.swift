import Layout

/// Segments bucketed by the cells of a square grid that their bounding boxes cover (about one cell per
/// segment), stored flat in two arrays; candidates for intersection tests are the segments sharing a cell.
struct SegmentGrid {
    private let cellStarts: [Int]
    private let members: [Int]

    init(_ segments: [(Point, Point)], within bounds: Bounds) {
        let columns = min(max(Int(Double(segments.count).squareRoot()), 1), 1024)
        let side = max(bounds.width, bounds.height)
        let cellSize = side > 0 ? side / Double(columns) : 1
        func cell(_ value: Double, _ origin: Double) -> Int {
            let position = ((value - origin) / cellSize).rounded(.down)
            return Int(min(max(position.isNaN ? 0 : position, 0), Double(columns - 1)))
        }
        let ranges = segments.map { a, b in
            (
                x: cell(min(a.x, b.x), bounds.minX)...cell(max(a.x, b.x), bounds.minX),
                y: cell(min(a.y, b.y), bounds.minY)...cell(max(a.y, b.y), bounds.minY)
            )
        }
        var counts = [Int](repeating: 0, count: columns * columns + 1)
        for range in ranges {
            for y in range.y {
                for x in range.x { counts[y * columns + x + 1] += 1 }
            }
        }
        for index in counts.indices.dropFirst() { counts[index] += counts[index - 1] }
        var next = counts
        var members = [Int](repeating: 0, count: counts[counts.count - 1])
        for (segment, range) in ranges.enumerated() {
            for y in range.y {
                for x in range.x {
                    members[next[y * columns + x]] = segment
                    next[y * columns + x] += 1
                }
            }
        }
        cellStarts = counts
        self.members = members
    }

    /// Calls `body` with the segments of every cell that holds more than one.
    func forEachCrowdedCell(_ body: (ArraySlice<Int>) -> Void) {
        for cell in cellStarts.indices.dropLast() where cellStarts[cell + 1] - cellStarts[cell] > 1 {
            body(members[cellStarts[cell]..<cellStarts[cell + 1]])
        }
    }
}
