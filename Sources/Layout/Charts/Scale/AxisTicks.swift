import Foundation

/// Round tick values for a chart axis by loose labelling (Heckbert, "Nice numbers for graph labels", 1990):
/// the step is 1, 2, 2.5 or 5 times a power of ten, and the first and last tick enclose the data.
public struct AxisTicks: Sendable, Hashable {
    /// The tick values, ascending; at least two.
    public let values: [Double]
    /// The distance between ticks.
    public let step: Double
    /// The decimals that print every tick exactly (0 for 25, 1 for 2,5, 2 for 0,25).
    public let decimals: Int

    /// About `targetCount` ticks (2 to 50) covering `low`…`high`; with `includingZero` the axis reaches 0,
    /// as bar charts need. Equal bounds are widened; non-finite bounds are ignored (an axis 0…1 if none is left).
    public init(covering low: Double, _ high: Double, targetCount: Int = 5, includingZero: Bool = false) {
        var (low, high) = Self.sanitized(low, high, includingZero: includingZero)
        if low == high {
            let margin = low == 0 ? 1 : abs(low) * 0.1
            low -= margin
            high += margin
        }
        let count = Double(min(max(targetCount, 2), 50))
        let range = NiceNumber(high - low, rounded: false).value
        let step = NiceNumber(range / (count - 1), rounded: true)
        let first = (low / step.value).rounded(.down)
        let last = (high / step.value).rounded(.up)
        let intervals = last - first
        guard intervals.isFinite, intervals >= 1, intervals <= 200 else {
            self.init(values: [low, high], step: high - low, decimals: 1)
            return
        }
        let values = stride(from: first, through: last, by: 1).map(step.multiple)
        self.init(values: values, step: step.value, decimals: step.decimals)
    }

    private init(values: [Double], step: Double, decimals: Int) {
        self.values = values
        self.step = step
        self.decimals = decimals
    }

    public var lowerBound: Double { values.first ?? 0 }
    public var upperBound: Double { values.last ?? 1 }

    /// The ticks in German notation: "0", "25.000", "0,25", "−5".
    public var labels: [String] {
        values.map { GermanNumberFormat.number($0, decimals: decimals) }
    }

    /// Finite bounds in order, kept within ±1e300 so that differences cannot overflow.
    private static func sanitized(_ a: Double, _ b: Double, includingZero: Bool) -> (Double, Double) {
        let finite = [a, b].filter(\.isFinite).map { min(max($0, -1e300), 1e300) }
        var low = finite.min() ?? 0
        var high = finite.max() ?? (finite.isEmpty ? 1 : low)
        if includingZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        return (low, high)
    }
}

/// A number of the form 1, 2, 2.5 or 5 times a power of ten, near a given positive number.
struct NiceNumber {
    let mantissa: Double
    let exponent: Int

    /// Rounded to the nearest nice number, or else the smallest nice number at least `x`.
    init(_ x: Double, rounded: Bool) {
        let x = x.isFinite && x > 0 ? x : 1
        var exponent = Int(log10(x).rounded(.down))
        let fraction = x / pow(10, Double(exponent))
        let thresholds: [(limit: Double, nice: Double)] =
            rounded ? [(1.5, 1), (2.25, 2), (3.5, 2.5), (7.5, 5)] : [(1, 1), (2, 2), (2.5, 2.5), (5, 5)]
        var mantissa = 10.0
        for threshold in thresholds where rounded ? fraction < threshold.limit : fraction <= threshold.limit {
            mantissa = threshold.nice
            break
        }
        if mantissa == 10 {
            mantissa = 1
            exponent += 1
        }
        self.mantissa = mantissa
        self.exponent = exponent
    }

    var value: Double { multiple(1) }

    /// The decimals that print multiples of this number exactly.
    var decimals: Int { min(max(0, -exponent + (mantissa == 2.5 ? 1 : 0)), 10) }

    /// `k` times this number, computed so that decimal values come out as the nearest Double (0.3, not
    /// 0.30000000000000004): the integer product is divided by an exact power of ten.
    func multiple(_ k: Double) -> Double {
        exponent < 0 ? k * mantissa / pow(10, Double(-exponent)) : k * mantissa * pow(10, Double(exponent))
    }
}
