extension SortedSample {
    /// The exact Fisher-Jenks optimum: the k classes of consecutive values with the smallest total squared
    /// deviation from their class means, found by dynamic programming over the distinct values (Fisher 1958).
    /// The breaks are the largest value of each class.
    func fisherJenksBreaks(k: Int) throws -> [Double] {
        guard (1...ClassificationLimits.maximumClassCount).contains(k) else {
            throw ClassificationError.invalidClassCount(scheme: "Fisher-Jenks", k: k)
        }
        let distinct = distinctValues
        let m = distinct.count
        guard m >= k else {
            throw ClassificationError.tooFewDistinctValues(scheme: "Fisher-Jenks", k: k, distinct: m)
        }
        let deviations = SquaredDeviations(distinct)
        // cost[c][j]: the least squared deviation of distinct[0...j] in c + 1 classes;
        // start[c][j]: where the last of those classes begins.
        var cost = [[Double]](repeating: [Double](repeating: 0, count: m), count: k)
        var start = [[Int]](repeating: [Int](repeating: 0, count: m), count: k)
        for j in 0..<m {
            cost[0][j] = deviations.within(0, j)
        }
        for c in 1..<k {
            fillRow(c, of: &cost, starts: &start, deviations: deviations)
        }
        var breaks: [Double] = []
        var end = m - 1
        for c in stride(from: k - 1, through: 0, by: -1) {
            breaks.append(distinct[end].value)
            end = start[c][end] - 1
        }
        return breaks.reversed()
    }

    /// Fills row `c` by divide and conquer: for squared deviations the best start of the last class never moves
    /// left as the end moves right (the costs satisfy the quadrangle inequality, as used by Ckmeans.1d.dp), so
    /// the search for the middle end bounds the searches on either side: O(m log m) per row instead of O(m²).
    private func fillRow(_ c: Int, of cost: inout [[Double]], starts: inout [[Int]], deviations: SquaredDeviations) {
        let m = cost[c].count
        var pending = [(ends: c..<m, starts: c..<m)]
        while let (ends, startRange) = pending.popLast() {
            guard !ends.isEmpty else { continue }
            let j = (ends.lowerBound + ends.upperBound - 1) / 2
            var best = Double.infinity
            var bestStart = startRange.lowerBound
            for i in stride(from: startRange.lowerBound, through: min(j, startRange.upperBound - 1), by: 1) {
                let candidate = cost[c - 1][i - 1] + deviations.within(i, j)
                if candidate < best {
                    best = candidate
                    bestStart = i
                }
            }
            cost[c][j] = best
            starts[c][j] = bestStart
            pending.append((ends.lowerBound..<j, startRange.lowerBound..<(bestStart + 1)))
            pending.append(((j + 1)..<ends.upperBound, bestStart..<startRange.upperBound))
        }
    }
}

/// Squared deviations from the mean of any run of weighted values, in constant time from prefix sums.
private struct SquaredDeviations {
    private var weights: [Double] = [0]
    private var sums: [Double] = [0]
    private var squares: [Double] = [0]

    init(_ distinct: [(value: Double, count: Int)]) {
        // Centring first keeps the prefix sums small, so that the subtraction below does not lose precision.
        let total = distinct.reduce(0.0) { $0 + Double($1.count) }
        let centre = distinct.reduce(0.0) { $0 + $1.value * Double($1.count) } / total
        for (value, count) in distinct {
            let x = value - centre
            let w = Double(count)
            weights.append(weights[weights.count - 1] + w)
            sums.append(sums[sums.count - 1] + w * x)
            squares.append(squares[squares.count - 1] + w * x * x)
        }
    }

    /// The squared deviations of distinct values `first...last` around their mean.
    func within(_ first: Int, _ last: Int) -> Double {
        let w = weights[last + 1] - weights[first]
        let s = sums[last + 1] - sums[first]
        let q = squares[last + 1] - squares[first]
        return max(0, q - s * s / w)
    }
}
