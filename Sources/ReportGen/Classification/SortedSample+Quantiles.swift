extension SortedSample {
    /// Breaks at the percentiles 100/k, 200/k, …, 100.
    func quantileBreaks(k: Int) throws -> [Double] {
        guard (1...ClassificationLimits.maximumClassCount).contains(k) else {
            throw ClassificationError.invalidClassCount(scheme: "Quantiles", k: k)
        }
        let step = 100 / Double(k)
        return (1...k).map { percentile(min(Double($0) * step, 100)) }
    }

    /// Breaks at the given percentiles, which must increase strictly within 0…100.
    func percentileBreaks(_ percentiles: [Double]) throws -> [Double] {
        let inRange = percentiles.allSatisfy { $0 >= 0 && $0 <= 100 }
        guard !percentiles.isEmpty, inRange, zip(percentiles, percentiles.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw ClassificationError.invalidPercentiles(percentiles)
        }
        return percentiles.map(percentile)
    }

    /// Lower fence, first quartile, median, third quartile, upper fence, and the maximum when above the fence.
    func boxPlotBreaks(hinge: Double) throws -> [Double] {
        guard hinge.isFinite, hinge >= 0 else { throw ClassificationError.invalidHinge(hinge) }
        let quartiles = [percentile(25), percentile(50), percentile(75)]
        let spread = hinge * (quartiles[2] - quartiles[0])
        return [quartiles[0] - spread] + quartiles + [quartiles[2] + spread]
    }
}
