extension SortedSample {
    /// k classes of width (max − min) / k; the last break is the maximum itself.
    func equalIntervalBreaks(k: Int) throws -> [Double] {
        guard (1...ClassificationLimits.maximumClassCount).contains(k) else {
            throw ClassificationError.invalidClassCount(scheme: "Equal interval", k: k)
        }
        let range = maximum - minimum
        // Dividing first avoids an infinite width when the range itself overflows (values near ±1.8e308).
        let width = range.isFinite ? range / Double(k) : maximum / Double(k) - minimum / Double(k)
        return (1..<k).map { minimum + Double($0) * width } + [maximum]
    }
}
