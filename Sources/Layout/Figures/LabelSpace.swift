import CairoBridge

/// Labels placed so far, for greedy collision avoidance: a label is kept only when it touches none of them
/// and stays inside the bounds.
struct LabelSpace {
    private(set) var placed: [Rect] = []
    let bounds: Rect
    /// Extra space kept around every label.
    let margin: Double

    init(bounds: Rect, margin: Double = 1) {
        self.bounds = bounds
        self.margin = margin
    }

    func fits(_ rect: Rect) -> Bool {
        guard rect.x >= bounds.x - 0.01, rect.y >= bounds.y - 0.01, rect.maxX <= bounds.maxX + 0.01,
            rect.maxY <= bounds.maxY + 0.01
        else { return false }
        let padded = rect.insetBy(dx: -margin, dy: -margin / 2)
        return !placed.contains { $0.intersects(padded) }
    }

    /// Keeps the first of `candidates` that fits, and returns it; nil when none does.
    mutating func place(_ candidates: [Rect]) -> Rect? {
        guard let rect = candidates.first(where: fits) else { return nil }
        placed.append(rect)
        return rect
    }

    /// Marks `rect` as taken without checking, e.g. for something drawn that labels must avoid.
    mutating func reserve(_ rect: Rect) {
        placed.append(rect)
    }
}
