import Values

/// Segments bucketed by the cells of a square grid that their bounding boxes cover (about one cell per
/// segment), stored flat in two arrays; candidates for intersection tests are the segments sharing a cell.
struct SegmentGrid {
    private let cellStarts: [Int]
    private let members: [Int]

    init(_ segments: [(Point, Point)], within bounds: Bounds) {
        // Long segments cover many cells; a coarser grid keeps the entries within about 16 per segment, so that
        // unusual data (long thin areas) cannot exhaust memory.
        var columns = min(max(Int(Double(segments.count).squareRoot()), 1), 1024)
        var ranges = Self.cellRanges(segments, bounds, columns)
        while columns > 1, ranges.reduce(0, { $0 + $1.x.count * $1.y.count }) > 16 * segments.count + 1024 {
            columns /= 2
            ranges = Self.cellRanges(segments, bounds, columns)
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

    /// The columns and rows of the cells each segment's bounding box covers, in a grid of `columns` × `columns`.
    private static func cellRanges(_ segments: [(Point, Point)], _ bounds: Bounds, _ columns: Int)
        -> [(x: ClosedRange<Int>, y: ClosedRange<Int>)]
    {
        let side = max(bounds.width, bounds.height)
        let cellSize = side > 0 ? side / Double(columns) : 1
        func cell(_ value: Double, _ origin: Double) -> Int {
            let position = ((value - origin) / cellSize).rounded(.down)
            return Int(min(max(position.isNaN ? 0 : position, 0), Double(columns - 1)))
        }
        return segments.map { a, b in
            (
                x: cell(min(a.x, b.x), bounds.minX)...cell(max(a.x, b.x), bounds.minX),
                y: cell(min(a.y, b.y), bounds.minY)...cell(max(a.y, b.y), bounds.minY)
            )
        }
    }

    /// Calls `body` with the segments of every cell that holds more than one.
    func forEachCrowdedCell(_ body: (ArraySlice<Int>) -> Void) {
        for cell in cellStarts.indices.dropLast() where cellStarts[cell + 1] - cellStarts[cell] > 1 {
            body(members[cellStarts[cell]..<cellStarts[cell + 1]])
        }
    }
}
