import Layout

/// The German wording of class limits, as statistics offices print it, matching the interval closure:
///
/// - left-closed `[lo, hi)`: "unter 10,0 %", "10,0 bis unter 20,0 %", "40,0 % und mehr";
/// - right-closed `(lo, hi]`: "bis 10,0 %", "über 10,0 bis 20,0 %", "über 40,0 %".
///
/// Without open ends the first and last class name the data's minimum and maximum instead. No limit outside the
/// data's range is printed.
enum LegendLabels {
    static func labels(for classification: Classification, format: LegendFormat) -> [String] {
        let breaks = classification.breaks
        let count = breaks.count
        // A first class that ends at the data's minimum is named by its upper limit only.
        let openStart = format.openEnds || classification.lowerBound >= (breaks.first ?? 0)
        let printed =
            [classification.lowerBound] + breaks.dropLast().filter { $0 >= classification.lowerBound }
            + (format.openEnds ? [] : breaks.suffix(1).map { min($0, classification.upperBound) })
        let decimals = distinguishingDecimals(for: printed, atLeast: format.decimals)
        let number = { (value: Double) in GermanNumberFormat.number(value, decimals: decimals) }
        let unit = format.unit.map { "\u{00A0}" + $0 } ?? ""
        let minimum = classification.lowerBound
        let maximum = classification.upperBound
        return (0..<count).map { index in
            let lowerEnd = classification.lowerEnd(ofClass: index)
            let low = number(lowerEnd)
            // No limit beyond the data's range is printed (a box plot's fences, "pretty" or fixed limits): the class
            // holding the minimum starts there, the one holding the maximum ends there ("bis −2 Grundschulen" or
            // "über 30 bis 40 %" with no value above 32 % make no sense).
            let high = number(min(breaks[index], maximum))
            let isFirst = index == 0
            let isLast = index == count - 1
            if count == 1 { return (low == high ? "" : low + " bis ") + high + unit }
            if breaks[index] < minimum { return "unter " + number(minimum) + unit }
            if !isFirst && (lowerEnd > maximum || (lowerEnd == maximum && classification.closure == .right)) {
                return "über " + number(maximum) + unit
            }
            let endsAtMaximum = breaks[index] > maximum && !(isLast && format.openEnds)
            if !isFirst && lowerEnd < minimum {
                let upTo = classification.closure == .left && !isLast && !endsAtMaximum ? " bis unter " : " bis "
                return number(minimum) + upTo + high + unit
            }
            if endsAtMaximum {
                if low == high { return high + unit }
                if isFirst && openStart { return "bis " + high + unit }
                return (classification.closure == .right && !isFirst ? "über " : "") + low + " bis " + high + unit
            }
            switch classification.closure {
            case .left:
                if isFirst { return (openStart ? "unter " : low + " bis unter ") + high + unit }
                if isLast { return format.openEnds ? low + unit + " und mehr" : low + " bis " + high + unit }
                return low + " bis unter " + high + unit
            case .right:
                if isFirst { return (openStart ? "bis " : low + " bis ") + high + unit }
                if isLast && format.openEnds { return "über " + low + unit }
                return "über " + low + " bis " + high + unit
            }
        }
    }

    /// The fewest decimals from `minimum` up (at most four more) at which different limits print differently,
    /// so that no legend reads "über 1,5 bis 1,5".
    static func distinguishingDecimals(for limits: [Double], atLeast minimum: Int) -> Int {
        let minimum = min(max(minimum, 0), 10)
        let pairs = zip(limits, limits.dropFirst()).filter { $0 != $1 }
        for decimals in minimum...(minimum + 4) {
            let distinct = pairs.allSatisfy {
                GermanNumberFormat.number($0, decimals: decimals) != GermanNumberFormat.number($1, decimals: decimals)
            }
            if distinct { return decimals }
        }
        return minimum + 4
    }
}
