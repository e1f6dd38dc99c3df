extension SortedSample {
    /// Head/tail breaks (Jiang 2013, as mapclassify): the mean, then the mean of the values above it, and so on
    /// until the head holds a single distinct value; that value (the maximum) is the last break.
    func headTailBreaks() -> [Double] {
        var breaks: [Double] = []
        var head = values[...]
        while let first = head.first, let last = head.last {
            let mean = head.reduce(0, +) / Double(head.count)
            breaks.append(mean)
            // The head is a suffix of the sorted values; stop when it would be empty or not shrink (rounding).
            let next = head.drop { $0 <= mean }
            guard first < last, !next.isEmpty, next.count < head.count else { break }
            head = next
        }
        return breaks
    }
}
