import Testing

@testable import Layout

@Suite("Label points")
struct LabelPointTests {
    func polygon(_ points: [(Double, Double)], holes: [[(Double, Double)]] = []) -> Polygon {
        Polygon(
            exterior: Ring(points.map { Point(x: $0.0, y: $0.1) }),
            holes: holes.map { Ring($0.map { Point(x: $0.0, y: $0.1) }) })
    }

    @Test("a compact area is labelled at its centroid")
    func square() throws {
        let point = try #require(LabelPoint.point(for: MultiPolygon([polygon([(0, 0), (10, 0), (10, 10), (0, 10)])])))
        #expect(abs(point.x - 5) < 1e-9 && abs(point.y - 5) < 1e-9)
    }

    @Test("a U-shaped area, whose centroid lies outside, is labelled inside, away from the edges")
    func uShape() throws {
        let shape = polygon([(0, 0), (30, 0), (30, 30), (20, 30), (20, 10), (10, 10), (10, 30), (0, 30)])
        let point = try #require(LabelPoint.point(for: MultiPolygon([shape])))
        #expect(shape.contains(point))
        #expect(LabelPoint.distance(from: point, to: shape) >= 3)
    }

    @Test("a ring-shaped area is labelled on the ring, not in its hole; the largest part of several wins")
    func holesAndParts() throws {
        let ring = polygon(
            [(0, 0), (30, 0), (30, 30), (0, 30)], holes: [[(5, 5), (25, 5), (25, 25), (5, 25)]])
        let islet = polygon([(100, 100), (101, 100), (101, 101), (100, 101)])
        let point = try #require(LabelPoint.point(for: MultiPolygon([islet, ring])))
        #expect(ring.contains(point))
        #expect(point.x < 31 && point.y < 31)
    }

    @Test("empty and degenerate geometry gives no point or a finite one")
    func degenerate() {
        #expect(LabelPoint.point(for: MultiPolygon([])) == nil)
        #expect(LabelPoint.point(for: MultiPolygon([polygon([(0, 0), (1, 1)])])) == nil)
        let emptyHole = Polygon(exterior: polygon([(0, 0), (4, 0), (4, 4), (0, 4)]).exterior, holes: [Ring([])])
        #expect(LabelPoint.point(for: MultiPolygon([emptyHole])) != nil)
        let flat = LabelPoint.point(for: MultiPolygon([polygon([(0, 0), (1, 0), (2, 0)])]))
        #expect(flat.map { $0.x.isFinite && $0.y.isFinite } ?? true)
    }
}
