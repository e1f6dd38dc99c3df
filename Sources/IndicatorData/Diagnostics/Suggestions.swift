/// "Did you mean …": the known names closest to a misspelt one.
public enum Suggestions {
    /// Up to `limit` names from `candidates` within a small edit distance of `name`, closest first.
    public static func nearest(to name: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(name.lowercased())
        let allowed = max(2, target.count / 3)
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lowered = Array(candidate.lowercased())
            let distance = editDistance(target, lowered)
            let containment =
                lowered.count >= 4 && target.count >= 4
                && (candidate.lowercased().contains(name.lowercased())
                    || name.lowercased().contains(candidate.lowercased()))
            guard distance <= allowed || containment else { return nil }
            return (candidate, containment ? min(distance, allowed) : distance)
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(max(0, limit)).map(\.0)
    }

    /// `(did you mean "a" or "b"?)`, or an empty string when nothing is close.
    public static func phrase(for name: String, in candidates: some Sequence<String>) -> String {
        let names = nearest(to: name, in: candidates)
        guard !names.isEmpty else { return "" }
        return " Did you mean " + names.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }

    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
