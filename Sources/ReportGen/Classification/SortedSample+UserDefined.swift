extension SortedSample {
    /// The user's breaks, which must be finite and strictly increasing.
    func userDefinedBreaks(_ breaks: [Double]) throws -> [Double] {
        let increasing = zip(breaks, breaks.dropFirst()).allSatisfy { $0 < $1 }
        guard !breaks.isEmpty, increasing, breaks.allSatisfy(\.isFinite) else {
            throw ClassificationError.invalidBreaks(breaks)
        }
        return breaks
    }
}
