/// Rounds to a number of decimals the way `GermanNumberFormat` prints (half away from zero), so that a rounded
/// value and its printed form agree.
struct DecimalRounding: Sendable, Hashable {
    let decimals: Int
    private let scale: Double

    init(decimals: Int) {
        self.decimals = min(max(decimals, 0), 10)
        var scale = 1.0
        for _ in 0..<self.decimals { scale *= 10 }
        self.scale = scale
    }

    /// `value` rounded; values too large to carry these decimals stay as they are.
    func round(_ value: Double) -> Double {
        let scaled = value * scale
        guard scaled.isFinite, abs(scaled) < 9.0e15 else { return value }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }
}
