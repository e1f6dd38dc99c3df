import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("segment grid")
struct SegmentGridTests {
    /// Whether segments `i` and `j` share at least one cell of `grid`.
    private func meet(_ i: Int, _ j: Int, in grid: SegmentGrid) -> Bool {
        var found = false
        grid.forEachCrowdedCell { members in
            if members.contains(i) && members.contains(j) { found = true }
        }
        return found
    }

    @Test("short segments meet only their neighbours")
    func shortSegments() {
        let segments = (0..<100).map { (i: Int) -> (Point, Point) in
            let x = Double(i % 10) * 10
            let y = Double(i / 10) * 10
            return (Point(x: x, y: y), Point(x: x + 1, y: y + 1))
        }
        let bounds = Bounds(minX: 0, minY: 0, maxX: 100, maxY: 100)
        let grid = SegmentGrid(segments + [(Point(x: 0.5, y: 0), Point(x: 0.5, y: 1))], within: bounds)
        #expect(meet(0, 100, in: grid))
        #expect(!meet(0, 99, in: grid))
    }

    @Test("thousands of segments across the whole map still meet, without one entry per cell and segment")
    func longSegments() {
        let long = (0..<3000).map { (i: Int) -> (Point, Point) in
            let y = Double(i) / 3
            return (Point(x: 0, y: y), Point(x: 1000, y: 1000 - y))
        }
        let grid = SegmentGrid(long, within: Bounds(minX: 0, minY: 0, maxX: 1000, maxY: 1000))
        #expect(meet(0, 2999, in: grid))
    }
}
