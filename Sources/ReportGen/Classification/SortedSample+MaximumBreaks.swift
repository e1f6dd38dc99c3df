extension SortedSample {
    /// Breaks in the middle of the k − 1 largest gaps between consecutive distinct values, then the maximum.
    func maximumBreaks(k: Int) throws -> [Double] {
        guard (1...ClassificationLimits.maximumClassCount).contains(k) else {
            throw ClassificationError.invalidClassCount(scheme: "Maximum breaks", k: k)
        }
        let distinct = distinctValues.map(\.value)
        guard distinct.count >= k else {
            throw ClassificationError.tooFewDistinctValues(scheme: "Maximum breaks", k: k, distinct: distinct.count)
        }
        let gaps = distinct.indices.dropLast().map { (index: $0, width: distinct[$0 + 1] - distinct[$0]) }
        // Widest first; among equal widths the lower gap wins, so the result does not depend on sort stability.
        let widest = gaps.sorted { $0.width != $1.width ? $0.width > $1.width : $0.index < $1.index }.prefix(k - 1)
        let midpoints = widest.map { (distinct[$0.index] + distinct[$0.index + 1]) / 2 }
        return midpoints.sorted() + [maximum]
    }
}
