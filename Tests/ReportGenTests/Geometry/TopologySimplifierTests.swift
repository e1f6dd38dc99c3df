import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

private func p(_ x: Double, _ y: Double) -> Point { Point(x: x, y: y) }

/// A vertical border at x = 10 from y = 0 up to y = 10 with small wiggles and one large bump at y = 5.
private let wigglyBorder: [Point] = (1...9).map { (y: Int) -> Point in
    let offset: Double = y == 5 ? 0.5 : 0.01 * Double(y % 3 - 1)
    return p(10 + offset, Double(y))
}

private func area(_ points: [Point], holes: [[Point]] = []) -> MultiPolygon {
    MultiPolygon([Polygon(exterior: Ring(points), holes: holes.map(Ring.init))])
}

/// The points of `ring` that also lie on `other`, in ring order.
private func shared(_ ring: Ring, with other: Ring) -> [Point] {
    let others = Set(other.points)
    return ring.points.filter { others.contains($0) }
}

/// Whether `b` is `a` rotated, i.e. the same closed sequence starting elsewhere.
private func isRotation(_ a: [Point], of b: [Point]) -> Bool {
    guard a.count == b.count else { return false }
    guard !a.isEmpty else { return true }
    return a.indices.contains { shift in a.indices.allSatisfy { a[($0 + shift) % a.count] == b[$0] } }
}

private func isSharedBorderIdentical(_ a: Ring, _ b: Ring) -> Bool {
    let fromA = shared(a, with: b)
    let fromB = shared(b, with: a)
    return isRotation(fromA, of: Array(fromB.reversed()))
}

@Suite("topology-preserving simplification")
struct TopologySimplifierTests {
    /// Two squares side by side, counter-clockwise, sharing the wiggly border.
    let twoSquares: [String: MultiPolygon] = [
        "A": area([p(0, 0), p(5, 0), p(10, 0)] + wigglyBorder + [p(10, 10), p(0, 10)]),
        "B": area([p(10, 0), p(20, 0), p(20, 10), p(10, 10)] + wigglyBorder.reversed()),
    ]

    @Test("two squares: the shared border is identical in both and loses vertices, the bump stays")
    func twoSquaresShareBorder() throws {
        let simplified = TopologySimplifier(tolerance: 0.1).simplify(twoSquares)
        let a = try #require(simplified["A"]?.polygons.first?.exterior)
        let b = try #require(simplified["B"]?.polygons.first?.exterior)
        #expect(isSharedBorderIdentical(a, b))
        #expect(shared(a, with: b).count < 11)
        #expect(a.points.contains(p(10.5, 5)) && b.points.contains(p(10.5, 5)))
        #expect(a.signedDoubleArea > 0 && b.signedDoubleArea > 0)
    }

    @Test("two squares with a tolerance above the bump: each becomes its four corners")
    func twoSquaresToCorners() throws {
        let simplified = TopologySimplifier(tolerance: 0.6).simplify(twoSquares)
        let a = try #require(simplified["A"]?.polygons.first?.exterior)
        let b = try #require(simplified["B"]?.polygons.first?.exterior)
        #expect(isRotation(a.points, of: [p(0, 0), p(10, 0), p(10, 10), p(0, 10)]))
        #expect(isRotation(b.points, of: [p(10, 0), p(20, 0), p(20, 10), p(10, 10)]))
    }

    @Test("three areas meeting in a T: the junction is kept in all three, all borders identical")
    func threeAreas() throws {
        let top: [Point] = (1...19).filter { $0 != 10 }.map { (x: Int) -> Point in
            p(Double(x), 10 + 0.02 * Double(x % 2))
        }
        let topOfA = top.filter { $0.x < 10 }
        let topOfB = top.filter { $0.x > 10 }
        let areas: [String: MultiPolygon] = [
            "A": area([p(0, 0), p(10, 0)] + wigglyBorder + [p(10, 10)] + topOfA.reversed() + [p(0, 10)]),
            "B": area([p(10, 0), p(20, 0), p(20, 10)] + topOfB.reversed() + [p(10, 10)] + wigglyBorder.reversed()),
            "C": area([p(0, 10)] + topOfA + [p(10, 10)] + topOfB + [p(20, 10), p(20, 20), p(0, 20)]),
        ]
        let simplified = TopologySimplifier(tolerance: 0.1).simplify(areas)
        let rings = try ["A", "B", "C"].map { try #require(simplified[$0]?.polygons.first?.exterior) }
        for ring in rings {
            #expect(ring.points.contains(p(10, 10)))
        }
        #expect(isSharedBorderIdentical(rings[0], rings[1]))
        #expect(isSharedBorderIdentical(rings[0], rings[2]))
        #expect(isSharedBorderIdentical(rings[1], rings[2]))
        #expect(rings[2].points.count < areas["C"]?.vertexCount ?? 0)
        #expect(!rings[2].points.contains(p(5, 10.02)))
    }

    @Test("a ring with no neighbours is simplified on its own and keeps its shape")
    func island() throws {
        let circle = (0..<100).map { (i: Int) -> Point in
            let angle = Double(i) * .pi / 50
            return p(10 * cos(angle), 10 * sin(angle))
        }
        let simplified = TopologySimplifier(tolerance: 0.5).simplify(["island": area(circle)])
        let ring = try #require(simplified["island"]?.polygons.first?.exterior)
        #expect(ring.points.count >= 3 && ring.points.count < 30)
        #expect(ring.points.allSatisfy { circle.contains($0) })
        #expect(abs(ring.signedDoubleArea / 2 - .pi * 100) < 0.1 * .pi * 100)
    }

    @Test("rings smaller than the tolerance keep at least three points")
    func tinyRing() throws {
        let triangle = [p(0, 0), p(0.01, 0), p(0, 0.01)]
        let square = [p(0, 0), p(0.01, 0), p(0.01, 0.01), p(0, 0.01)]
        let simplified = TopologySimplifier(tolerance: 1).simplify(["t": area(triangle), "s": area(square)])
        #expect(simplified["t"]?.polygons.first?.exterior.points.count == 3)
        #expect(Set(simplified["s"]?.polygons.first?.exterior.points ?? []).count >= 3)
    }

    @Test("a hole filled by an enclave: hole and enclave stay identical")
    func holes() throws {
        let hole = (0..<40).map { (i: Int) -> Point in
            let angle = Double(i) * .pi / 20
            return p(50 + 10 * cos(angle), 50 + 10 * sin(angle))
        }
        let outer = [p(0, 0), p(100, 0), p(100, 100), p(0, 100)]
        let areas = ["outer": area(outer, holes: [hole.reversed()]), "enclave": area(hole)]
        let simplified = TopologySimplifier(tolerance: 1).simplify(areas)
        let holeRing = try #require(simplified["outer"]?.polygons.first?.holes.first)
        let enclave = try #require(simplified["enclave"]?.polygons.first?.exterior)
        #expect(holeRing.points.count >= 3 && holeRing.points.count < 40)
        #expect(isRotation(holeRing.points, of: enclave.points.reversed()))
        #expect(simplified["outer"]?.polygons.first?.exterior.points.count == 4)
    }

    @Test("a border that simplification would pull across a small enclave keeps the vertex that avoids it")
    func crossingRepaired() throws {
        // The top border dips to y = 0 at both ends and rises to 0.4 in the middle; the enclave reaches up to
        // y = 0.2 just below it. Without (5, 0.4) (0.4 from the chord, under the tolerance 0.5) the border would
        // cut through the enclave.
        let enclave = [p(5, -0.1), p(5.1, 0.2), p(4.9, 0.2)]
        let outer = [p(0, -10), p(10, -10), p(10, 0), p(5, 0.4), p(0, 0)]
        let areas = ["outer": area(outer, holes: [enclave.reversed()]), "enclave": area(enclave)]
        let simplified = TopologySimplifier(tolerance: 0.5).simplify(areas)
        let exterior = try #require(simplified["outer"]?.polygons.first?.exterior.points)
        #expect(exterior.contains(p(5, 0.4)))
        #expect(simplified["enclave"]?.polygons.first?.exterior.points.count == 3)
    }

    @Test("segments that cross, touch, or stay apart")
    func segmentIntersection() {
        #expect(CrossingRepair.intersect(p(0, 0), p(2, 2), p(0, 2), p(2, 0)))
        #expect(CrossingRepair.intersect(p(0, 0), p(2, 0), p(1, 0), p(1, 5)))
        #expect(!CrossingRepair.intersect(p(0, 0), p(2, 0), p(0, 1), p(2, 1)))
        #expect(!CrossingRepair.intersect(p(0, 0), p(1, 1), p(2, 2), p(3, 0)))
    }

    @Test("non-finite coordinates do not trap")
    func nonFinite() {
        let ring = [p(0, 0), p(.nan, 1), p(10, 0), p(.infinity, 10), p(0, 10)]
        let simplified = TopologySimplifier(tolerance: 1).simplify(["x": area(ring)])
        #expect(simplified["x"] != nil)
    }

    @Test("a repeated closing point and repeated vertices are tolerated")
    func repeatedPoints() throws {
        let ring = [p(0, 0), p(0, 0), p(10, 0), p(10, 10), p(0, 10), p(0, 0)]
        let simplified = TopologySimplifier(tolerance: 0.1).simplify(["r": area(ring)])
        #expect(simplified["r"]?.polygons.first?.exterior.points.count == 4)
    }

    @Test("zero, negative or NaN tolerance returns the input; degenerate rings pass through")
    func noSimplification() {
        #expect(TopologySimplifier(tolerance: 0).simplify(twoSquares) == twoSquares)
        #expect(TopologySimplifier(tolerance: .nan).simplify(twoSquares) == twoSquares)
        let line = ["l": area([p(0, 0), p(1, 1)]), "empty": MultiPolygon([])]
        #expect(TopologySimplifier(tolerance: 1).simplify(line) == line)
    }

    @Test(
        "a grid at any tolerance: every ring keeps three points, every border stays shared",
        arguments: [0.1, 5, 50, 1e6])
    func gridAtAnyTolerance(tolerance: Double) {
        let grid = SyntheticAreas.grid(columns: 4, rows: 3, pointsPerEdge: 15, cellSize: 100)
        let simplified = TopologySimplifier(tolerance: tolerance).simplify(grid)
        let rings = simplified.mapValues { $0.polygons.first?.exterior ?? Ring([]) }
        #expect(rings.values.allSatisfy { Set($0.points).count >= 3 })
        for (a, ringA) in rings {
            for (b, ringB) in rings where a < b {
                #expect(isSharedBorderIdentical(ringA, ringB), "\(a) and \(b)")
            }
        }
        #expect(simplified.values.reduce(0) { $0 + $1.vertexCount } < grid.values.reduce(0) { $0 + $1.vertexCount })
    }

    @Test("tolerance from the output size: a quarter point per point of paper")
    func toleranceFromOutput() {
        let extent = Bounds(minX: 0, minY: 0, maxX: 40_000, maxY: 20_000)
        #expect(TopologySimplifier(fitting: extent, intoWidth: 400, height: 400).tolerance == 25)
        #expect(TopologySimplifier(fitting: extent, intoWidth: 0, height: 400).tolerance == 0)
    }
}
