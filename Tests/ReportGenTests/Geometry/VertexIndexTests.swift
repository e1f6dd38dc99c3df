import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("vertex index")
struct VertexIndexTests {
    @Test("numbers points in order of first appearance and finds them again, also after growing")
    func numbering() {
        var index = VertexIndex(expectedCount: 1)
        let points = (0..<1000).map { Point(x: Double($0 % 37), y: Double($0 / 37)) }
        #expect(points.map { index.id(of: $0) } == (0..<1000).map { Int32($0) })
        #expect(points.reversed().map { index.id(of: $0) } == (0..<1000).reversed().map { Int32($0) })
        #expect(index.points == points)
    }

    @Test("0.0 and −0.0 are the same coordinate")
    func signedZero() {
        var index = VertexIndex(expectedCount: 4)
        #expect(index.id(of: Point(x: 0, y: 1)) == index.id(of: Point(x: -0.0, y: 1)))
        #expect(index.points.count == 1)
    }
}
