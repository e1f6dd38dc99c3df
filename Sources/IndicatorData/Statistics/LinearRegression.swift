/// The least-squares line y = intercept + slope · x through paired values, with Pearson's r and R².
/// Pairs where either value is missing (nil or NaN) are left out.
public struct LinearRegression: Sendable, Hashable {
    public let slope: Double
    public let intercept: Double
    /// How many pairs the line is fitted to.
    public let count: Int
    /// Pearson's correlation coefficient, nil when all y are equal (then it is undefined).
    public let correlation: Double?

    /// The share of the variance of y that the line explains (r²), nil when r is undefined.
    public var rSquared: Double? { correlation.map { $0 * $0 } }

    public init(x: [Double?], y: [Double?]) throws {
        guard x.count == y.count else { throw StatisticsError.lengthMismatch(x: x.count, y: y.count) }
        let pairs = zip(x, y).compactMap { a, b -> (Double, Double)? in
            guard let a, let b, !a.isNaN, !b.isNaN else { return nil }
            return (a, b)
        }
        let infinite = pairs.count { !$0.0.isFinite || !$0.1.isFinite }
        guard infinite == 0 else { throw StatisticsError.infiniteValues(count: infinite) }
        guard pairs.count >= 2 else { throw StatisticsError.tooFewPairs(count: pairs.count) }
        let meanX = Self.mean(pairs.map(\.0))
        let meanY = Self.mean(pairs.map(\.1))
        // Sums of centred products (two passes) lose less precision than the textbook one-pass formula.
        var sxx = 0.0
        var syy = 0.0
        var sxy = 0.0
        for (a, b) in pairs {
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
            sxy += (a - meanX) * (b - meanY)
        }
        guard sxx > 0, sxx.isFinite, syy.isFinite, sxy.isFinite else {
            throw StatisticsError.noSpread(count: pairs.count)
        }
        slope = sxy / sxx
        intercept = meanY - slope * meanX
        count = pairs.count
        let product = sxx * syy
        let denominator = product.isFinite ? product.squareRoot() : sxx.squareRoot() * syy.squareRoot()
        correlation = syy > 0 ? min(max(sxy / denominator, -1), 1) : nil
    }

    /// The mean, dividing first only when the sum would overflow.
    private static func mean(_ values: [Double]) -> Double {
        let count = Double(values.count)
        let sum = values.reduce(0, +)
        return sum.isFinite ? sum / count : values.reduce(0) { $0 + $1 / count }
    }

    /// The y on the line at `x`.
    public func predict(_ x: Double) -> Double {
        intercept + slope * x
    }
}
