import Values

/// Restores dropped vertices where simplified arcs cross each other: simplifying each arc on its own can pull a
/// border across a nearby island, hole or other border, which would draw overlaps and slivers.
enum CrossingRepair {
    /// A stretch between two kept vertices of an arc (positions in the arc).
    private struct Segment {
        var arc: Int
        var from: Int
        var to: Int
    }

    /// Marks more vertices as kept until no two simplified segments cross, no crossing can be repaired by
    /// restoring a vertex (the input itself crosses), or `rounds` rounds have run.
    static func repair(_ kept: inout [[Bool]], in topology: ArcTopology, rounds: Int = 8) {
        let points = topology.points
        guard points.allSatisfy({ $0.x.isFinite && $0.y.isFinite }), let bounds = Bounds(enclosing: points) else {
            return
        }
        for _ in 0..<rounds {
            let segments = keptSegments(kept, topology.arcs)
            var restored = false
            for segment in crossingSegments(segments, topology: topology, bounds: bounds) {
                let line = topology.arcs[segment.arc].map { points[Int($0)] }
                guard let index = farthestDropped(in: line, segment) else { continue }
                kept[segment.arc][index] = true
                restored = true
            }
            if !restored { return }
        }
    }

    private static func keptSegments(_ kept: [[Bool]], _ arcs: [[Int32]]) -> [Segment] {
        var segments: [Segment] = []
        for (arc, flags) in kept.enumerated() {
            var from = 0
            for index in flags.indices.dropFirst() where flags[index] {
                segments.append(Segment(arc: arc, from: from, to: index))
                from = index
            }
        }
        return segments
    }

    /// The segments that cross or touch another segment without sharing an end.
    private static func crossingSegments(_ segments: [Segment], topology: ArcTopology, bounds: Bounds) -> [Segment] {
        let p = topology.points
        let ends = segments.map { (topology.arcs[$0.arc][$0.from], topology.arcs[$0.arc][$0.to]) }
        let grid = SegmentGrid(ends.map { (p[Int($0.0)], p[Int($0.1)]) }, within: bounds)
        var crossing = [Bool](repeating: false, count: segments.count)
        grid.forEachCrowdedCell { members in
            for (offset, i) in members.enumerated() {
                for j in members.dropFirst(offset + 1) {
                    let (a, b) = ends[i]
                    let (c, d) = ends[j]
                    guard a != c, a != d, b != c, b != d else { continue }
                    if intersect(p[Int(a)], p[Int(b)], p[Int(c)], p[Int(d)]) {
                        crossing[i] = true
                        crossing[j] = true
                    }
                }
            }
        }
        return segments.indices.filter { crossing[$0] }.map { segments[$0] }
    }

    /// Whether segments a–b and c–d have a point in common.
    static func intersect(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double {
            (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
        }
        func within(_ p: Point, _ q: Point, _ r: Point) -> Bool {
            min(p.x, q.x) <= r.x && r.x <= max(p.x, q.x) && min(p.y, q.y) <= r.y && r.y <= max(p.y, q.y)
        }
        let o1 = orientation(a, b, c)
        let o2 = orientation(a, b, d)
        let o3 = orientation(c, d, a)
        let o4 = orientation(c, d, b)
        if (o1 > 0) != (o2 > 0) && o1 != 0 && o2 != 0 && (o3 > 0) != (o4 > 0) && o3 != 0 && o4 != 0 { return true }
        return (o1 == 0 && within(a, b, c)) || (o2 == 0 && within(a, b, d))
            || (o3 == 0 && within(c, d, a)) || (o4 == 0 && within(c, d, b))
    }

    /// The dropped vertex between the segment's ends that lies farthest from it, if any.
    private static func farthestDropped(in line: [Point], _ segment: Segment) -> Int? {
        guard segment.to - segment.from > 1 else { return nil }
        let a = line[segment.from]
        let b = line[segment.to]
        return ((segment.from + 1)..<segment.to).max { i, j in
            DouglasPeucker.squaredDistance(line[i], toSegmentFrom: a, to: b)
                < DouglasPeucker.squaredDistance(line[j], toSegmentFrom: a, to: b)
        }
    }
}
