import Values

/// The rings of a set of areas cut into arcs at junctions, so that a border shared by two areas is one arc.
///
/// A junction is a vertex with more than two distinct neighbours over all rings: where a border between two
/// areas ends, where three areas meet, or where a ring touches itself. Between junctions every vertex has the
/// same two neighbours in every ring through it, so each stretch is stored once and used forwards or backwards.
/// Shared vertices must be identical (as in LOR and most official boundary data); near misses are not snapped.
struct ArcTopology {
    /// One use of an arc by a ring.
    struct ArcUse {
        var arc: Int
        var isReversed: Bool
    }

    /// Where a ring sits in the input.
    struct RingPlace {
        var area: String
        var polygon: Int
        /// 0 for the exterior, 1… for the holes.
        var ring: Int
    }

    private(set) var points: [Point] = []
    /// Each arc as vertex indices into `points`, from junction to junction.
    private(set) var arcs: [[Int32]] = []
    /// For each ring in `places`, its arcs in order; empty for rings with fewer than three distinct points.
    private(set) var rings: [[ArcUse]] = []
    private(set) var places: [RingPlace] = []

    init(_ areas: [String: MultiPolygon]) {
        var index = VertexIndex(expectedCount: areas.values.reduce(0) { $0 + $1.vertexCount })
        var ringIDs: [[Int32]] = []
        for area in areas.keys.sorted() {
            for (polygonIndex, polygon) in (areas[area]?.polygons ?? []).enumerated() {
                for (ringIndex, ring) in ([polygon.exterior] + polygon.holes).enumerated() {
                    places.append(RingPlace(area: area, polygon: polygonIndex, ring: ringIndex))
                    ringIDs.append(Self.vertexIDs(of: ring, index: &index))
                }
            }
        }
        points = index.points
        let isJunction = Self.junctions(of: ringIDs, points: points)
        var arcByFirstEdge: [UInt64: ArcUse] = [:]
        rings = ringIDs.map { ids in
            cutIntoArcs(ids, isJunction: isJunction, arcByFirstEdge: &arcByFirstEdge)
        }
    }

    /// The ring's vertex indices without consecutive repeats or a repeated closing point; empty when fewer than
    /// three distinct points remain (such a ring is passed through unchanged).
    private static func vertexIDs(of ring: Ring, index: inout VertexIndex) -> [Int32] {
        var result: [Int32] = []
        result.reserveCapacity(ring.points.count)
        for point in ring.points {
            let id = index.id(of: point)
            if result.last != id { result.append(id) }
        }
        while result.count > 1, result.first == result.last { result.removeLast() }
        guard let first = result.first, let second = result.first(where: { $0 != first }) else { return [] }
        return result.contains { $0 != first && $0 != second } ? result : []
    }

    /// Marks vertices with more than two distinct neighbours; a ring without any gets its lowest-left vertex
    /// marked, which is the same vertex for every ring that runs along it (e.g. a hole filled by an enclave).
    private static func junctions(of rings: [[Int32]], points: [Point]) -> [Bool] {
        var first = [Int32](repeating: -1, count: points.count)
        var second = [Int32](repeating: -1, count: points.count)
        var isJunction = [Bool](repeating: false, count: points.count)
        func add(_ neighbour: Int32, to vertex: Int32) {
            let v = Int(vertex)
            if first[v] == -1 || first[v] == neighbour {
                first[v] = neighbour
            } else if second[v] == -1 || second[v] == neighbour {
                second[v] = neighbour
            } else {
                isJunction[v] = true
            }
        }
        for ring in rings where !ring.isEmpty {
            var previous = ring[ring.count - 1]
            for (index, vertex) in ring.enumerated() {
                add(previous, to: vertex)
                add(ring[(index + 1) % ring.count], to: vertex)
                previous = vertex
            }
        }
        for ring in rings where !ring.isEmpty && !ring.contains(where: { isJunction[Int($0)] }) {
            let lowest = ring.min { a, b in
                let (p, q) = (points[Int(a)], points[Int(b)])
                return p.x != q.x ? p.x < q.x : p.y < q.y
            }
            if let lowest { isJunction[Int(lowest)] = true }
        }
        return isJunction
    }

    /// Splits a ring at its junctions, reusing an arc already stored for the same stretch in either direction.
    private mutating func cutIntoArcs(
        _ ring: [Int32], isJunction: [Bool], arcByFirstEdge: inout [UInt64: ArcUse]
    ) -> [ArcUse] {
        guard let start = ring.firstIndex(where: { isJunction[Int($0)] }) else { return [] }
        var uses: [ArcUse] = []
        var piece: [Int32] = [ring[start]]
        for step in 1...ring.count {
            let vertex = ring[(start + step) % ring.count]
            piece.append(vertex)
            guard isJunction[Int(vertex)] else { continue }
            let key = Self.edgeKey(piece[0], piece[1])
            if let use = arcByFirstEdge[key] {
                uses.append(use)
            } else {
                let arc = arcs.count
                arcs.append(piece)
                arcByFirstEdge[key] = ArcUse(arc: arc, isReversed: false)
                arcByFirstEdge[Self.edgeKey(piece[piece.count - 1], piece[piece.count - 2])] =
                    ArcUse(arc: arc, isReversed: true)
                uses.append(ArcUse(arc: arc, isReversed: false))
            }
            piece = [vertex]
        }
        return uses
    }

    /// Between junctions the path is forced, so an arc is known by its first directed edge.
    private static func edgeKey(_ from: Int32, _ to: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: from)) << 32 | UInt64(UInt32(bitPattern: to))
    }
}
