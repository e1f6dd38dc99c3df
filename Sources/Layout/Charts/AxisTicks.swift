import Foundation

/// Round tick values covering a data range: steps of 1, 2, 2,5 or 5 times a power of ten, the first tick at
/// or below the smallest value and the last at or above the largest.
public struct AxisTicks: Hashable, Sendable {
    public var values: [Double]
    public var step: Double
    /// Digits after the comma that every tick needs.
    public var decimals: Int

    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }

    /// Ticks for `values` (non-finite ones ignored), about `count` intervals; `includingZero` for bars.
    public init(covering values: [Double], count: Int = 5, includingZero: Bool = false) {
        let finite = values.filter(\.isFinite)
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if includingZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high - low <= 0 || !(high - low).isFinite {
            let spread = low == 0 ? 1 : abs(low) / 2
            low = includingZero && low >= 0 ? 0 : low - spread
            high = includingZero && high <= 0 ? 0 : high + spread
        }
        let step = Self.niceStep((high - low) / Double(min(max(count, 1), 20)))
        // A hair of tolerance, so that 100.00000000000001 (a sum of shares) does not add a tick.
        let first = (low / step + 1e-9).rounded(.down)
        let last = (high / step - 1e-9).rounded(.up)
        let span = last - first
        let intervals = span.isFinite ? Int(min(max(span, 1), 100)) : 1
        self.values = (0...intervals).map { ((first + Double($0)) * step).roundedTo(step: step) }
        self.step = step
        self.decimals = Self.decimals(for: step)
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / magnitude
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * magnitude
    }

    static func decimals(for step: Double) -> Int {
        var decimals = 0
        var scaled = step
        while decimals < 6 && abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    /// German tick labels: `1.000`, `2,5`.
    public var labels: [String] { values.map { GermanNumberFormat.number($0, decimals: decimals) } }
}

extension Double {
    /// Removes floating-point noise such as 0.30000000000000004 from a multiple of `step`.
    fileprivate func roundedTo(step: Double) -> Double {
        let decimals = AxisTicks.decimals(for: step)
        let factor = pow(10, Double(decimals))
        return (self * factor).rounded() / factor
    }
}
