import Foundation

extension SortedSample {
    /// R's `pretty(x, n = k)`: about k + 1 round values covering the data, 1, 2 or 5 times a power of ten apart.
    /// The class breaks are those above the minimum (as mapclassify's `PrettyBreaks`).
    func prettyBreaks(k: Int) throws -> [Double] {
        guard (1...ClassificationLimits.maximumClassCount).contains(k) else {
            throw ClassificationError.invalidClassCount(scheme: "Pretty breaks", k: k)
        }
        let breaks = Self.pretty(low: minimum, high: maximum, intervals: k).filter { $0 > minimum }
        return breaks.isEmpty ? [maximum] : breaks
    }

    /// The values of R's `pretty` (`R_pretty` in src/appl/pretty.c with R's defaults: `min.n = n %/% 3`,
    /// `shrink.sml = 0.75`, `high.u.bias = 1.5`, `u5.bias = 2.75`).
    static func pretty(low: Double, high: Double, intervals: Int) -> [Double] {
        let h = 1.5
        let h5 = 0.5 + 1.5 * h
        let minimumIntervals = intervals / 3
        let range = high - low
        var cell: Double
        let isSmall: Bool
        if range == 0 && high == 0 {
            cell = 1
            isSmall = true
        } else {
            cell = max(abs(low), abs(high))
            let u = (1 + (h5 >= 1.5 * h + 0.5 ? 1 / (1 + h) : 1.5 / (1 + h5))) * Double(intervals) * .ulpOfOne
            isSmall = range < cell * u * 3
        }
        if isSmall {
            if cell > 10 { cell = 9 + cell / 10 }
            cell *= 0.75
            if minimumIntervals > 1 { cell /= Double(minimumIntervals) }
        } else {
            cell = range / Double(intervals)
        }
        cell = min(max(cell, 20 * .leastNormalMagnitude), 0.1 * .greatestFiniteMagnitude)
        let base = pow(10, (log10(cell)).rounded(.down))
        var unit = base
        if 2 * base - cell < h * (cell - unit) {
            unit = 2 * base
            if 5 * base - cell < h5 * (cell - unit) {
                unit = 5 * base
                if 10 * base - cell < h * (cell - unit) { unit = 10 * base }
            }
        }
        let epsilon = 1e-10
        var first = (low / unit + epsilon).rounded(.down)
        var last = (high / unit - epsilon).rounded(.up)
        // R loops until the bounds cover the data; one or two steps suffice, the cap guarantees termination.
        for _ in 0..<4 where first * unit > low + epsilon * unit { first -= 1 }
        for _ in 0..<4 where last * unit < high - epsilon * unit { last += 1 }
        let count = last - first
        if count.isFinite, count < Double(minimumIntervals) {
            let missing = Int(Double(minimumIntervals) - count)
            if first >= 0 {
                last += Double(missing / 2)
                first -= Double(missing / 2 + missing % 2)
            } else {
                first -= Double(missing / 2)
                last += Double(missing / 2 + missing % 2)
            }
        }
        guard (last - first).isFinite, last - first <= Double(10 * intervals + 10) else { return [low, high] }
        // Dividing by 1/unit keeps decimal steps exact: 3 / 10 is 0.3, while 3 * 0.1 is 0.30000000000000004.
        let inverse = unit < 1 ? (1 / unit).rounded() : 0
        return stride(from: first, through: last, by: 1).map { inverse > 0 ? $0 / inverse : $0 * unit }
    }
}
