import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("synthetic areas")
struct SyntheticAreasTests {
    @Test("a grid shares every inner border vertex for vertex, and simplification keeps it so")
    func sharedBorders() throws {
        let grid = SyntheticAreas.grid(columns: 3, rows: 2, pointsPerEdge: 20)
        #expect(grid.count == 6)
        #expect(grid["0-0"]?.vertexCount == 84)
        let left = try #require(grid["0-0"]?.polygons.first?.exterior.points)
        let right = try #require(grid["1-0"]?.polygons.first?.exterior.points)
        #expect(Set(left).intersection(right).count == 22)
        let simplified = TopologySimplifier(tolerance: 5).simplify(grid)
        let simpleLeft = try #require(simplified["0-0"]?.polygons.first?.exterior.points)
        let simpleRight = try #require(simplified["1-0"]?.polygons.first?.exterior.points)
        let sharedLeft = simpleLeft.filter { Set(simpleRight).contains($0) }
        let sharedRight = simpleRight.filter { Set(simpleLeft).contains($0) }
        #expect(sharedLeft.count < 22 && sharedLeft.count >= 2)
        #expect(Set(sharedLeft) == Set(sharedRight))
        #expect(simpleLeft.count < left.count)
    }
}
