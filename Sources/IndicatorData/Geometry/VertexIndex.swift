import Values

/// Numbers distinct points 0, 1, 2, … in order of first appearance. An open-addressing table on the coordinates'
/// bit patterns: several times faster than a `Dictionary<Point, Int32>` for the 100,000 vertices of a city.
struct VertexIndex {
    private(set) var points: [Point] = []
    private var slots: [Int32]
    private let mask: Int

    init(expectedCount: Int) {
        var capacity = 16
        while capacity < 2 * max(expectedCount, 1), capacity < 1 << 30 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        points.reserveCapacity(expectedCount)
    }

    /// The number of `point`, new or known; 0.0 and −0.0 are the same coordinate.
    mutating func id(of point: Point) -> Int32 {
        let x = (point.x + 0).bitPattern
        let y = (point.y + 0).bitPattern
        var slot = Int(truncatingIfNeeded: ((x &* 0x9E37_79B9_7F4A_7C15) ^ (y &* 0xC2B2_AE3D_27D4_EB4F)) >> 20) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 {
                if points.count * 2 >= slots.count {
                    grow()
                    return id(of: point)
                }
                let new = Int32(truncatingIfNeeded: points.count)
                slots[slot] = new
                points.append(point)
                return new
            }
            let known = points[Int(existing)]
            if (known.x + 0).bitPattern == x && (known.y + 0).bitPattern == y { return existing }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        var larger = VertexIndex(expectedCount: slots.count)
        for point in points { _ = larger.id(of: point) }
        self = larger
    }
}
