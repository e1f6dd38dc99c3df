import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Simplifying the 542 Berlin Planungsräume")
struct BerlinSimplificationTests {
    static func vertices(_ shape: MultiPolygon) -> Set<Point> {
        Set(shape.polygons.flatMap { [$0.exterior] + $0.holes }.flatMap(\.points))
    }

    @Test("neighbours keep identical borders, and the vertex count falls to a fraction")
    func sharedBorders() throws {
        let snapshot = try BerlinStore.get().snapshot
        var shapes: [String: MultiPolygon] = [:]
        for area in snapshot.areas(level: "planungsraum") { shapes[area.id.key] = snapshot.geometry(of: area.id) }
        #expect(shapes.count == 542)
        let extent = try #require(
            shapes.values.compactMap(\.bounds).reduce(nil) { (sum: Bounds?, next) in sum?.union(next) ?? next })
        let simplified = TopologySimplifier(fitting: extent, intoWidth: 300, height: 300, maximumError: 0.3).simplify(
            shapes)
        let before = shapes.values.reduce(0) { $0 + $1.vertexCount }
        let after = simplified.values.reduce(0) { $0 + $1.vertexCount }
        #expect(after * 10 < before, "\(before) → \(after) vertices")

        // Pairs of neighbours: areas sharing border vertices in the source data.
        var owners: [Point: [String]] = [:]
        for (key, shape) in shapes { for point in Self.vertices(shape) { owners[point, default: []].append(key) } }
        var pairs = Set<[String]>()
        for keys in owners.values where keys.count == 2 { pairs.insert(keys.sorted()) }
        #expect(pairs.count > 1000)
        var checked = 0
        for pair in pairs {
            guard let a = shapes[pair[0]], let b = shapes[pair[1]], let a2 = simplified[pair[0]],
                let b2 = simplified[pair[1]]
            else { continue }
            let shared = Self.vertices(a).intersection(Self.vertices(b))
            // Every vertex of the shared border that one neighbour keeps, the other keeps too: no gaps, no slivers.
            let keptByA = Self.vertices(a2).intersection(shared)
            let keptByB = Self.vertices(b2).intersection(shared)
            #expect(keptByA == keptByB, "border of \(pair[0]) and \(pair[1])")
            checked += 1
        }
        #expect(checked == pairs.count)
    }
}
