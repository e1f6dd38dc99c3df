extension SortedSample {
    /// The mean plus each multiple of the sample standard deviation (as mapclassify's `StdMean`).
    func standardDeviationBreaks(multiples: [Double]) throws -> [Double] {
        let increasing = zip(multiples, multiples.dropFirst()).allSatisfy { $0 < $1 }
        guard !multiples.isEmpty, increasing, multiples.allSatisfy(\.isFinite) else {
            throw ClassificationError.invalidMultiples(multiples)
        }
        let mean = self.mean
        let deviation = sampleStandardDeviation
        return multiples.map { mean + $0 * deviation }
    }
}
