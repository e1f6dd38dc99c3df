import Values

/// Douglas–Peucker line simplification (Douglas and Peucker 1973), iterative so that long lines cannot
/// exhaust the stack.
enum DouglasPeucker {
    /// Which points of `line` to keep so that no dropped point is further than `tolerance` from the simplified
    /// line; the first and last are always kept. For a closed line (first equals last) distances are measured
    /// from that point.
    static func keptPoints(of line: [Point], tolerance: Double) -> [Bool] {
        var kept = [Bool](repeating: false, count: line.count)
        guard let last = line.indices.last else { return kept }
        kept[0] = true
        kept[last] = true
        let squaredTolerance = tolerance * tolerance
        var stack = [(0, last)]
        while let (first, end) = stack.popLast() {
            guard end - first > 1 else { continue }
            var farthest = first
            var farthestDistance = -1.0
            for index in (first + 1)..<end {
                let distance = squaredDistance(line[index], toSegmentFrom: line[first], to: line[end])
                if distance > farthestDistance {
                    farthest = index
                    farthestDistance = distance
                }
            }
            if farthestDistance > squaredTolerance {
                kept[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, end))
            }
        }
        return kept
    }

    /// The squared distance from `point` to the segment `a`–`b` (to `a` when they coincide).
    static func squaredDistance(_ point: Point, toSegmentFrom a: Point, to b: Point) -> Double {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = length > 0 ? ((point.x - a.x) * dx + (point.y - a.y) * dy) / length : 0
        t = min(max(t, 0), 1)
        let x = a.x + t * dx - point.x
        let y = a.y + t * dy - point.y
        return x * x + y * y
    }
}
