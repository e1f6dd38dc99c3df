extension PopulationPyramidSpec: FigureData {
    public var dataRows: [[String]] {
        var header = [words[.ageGroup], words[.men], words[.women]]
        if !comparisonLabel.isEmpty {
            header += ["\(comparisonLabel) \(words[.men])", "\(comparisonLabel) \(words[.women])"]
        }
        return [header]
            + bands.indices.map { index in
                var row = [bands[index], printed(Self.value(men, index)), printed(Self.value(women, index))]
                if !comparisonLabel.isEmpty {
                    row += [printed(Self.value(comparisonMen, index)), printed(Self.value(comparisonWomen, index))]
                }
                return row
            }
    }

    public var altText: String {
        var text = words.phrase(.pyramid, ["area": areaName, "count": "\(bands.count)"])
        for (name, values) in [(words[.men], men), (words[.women], women)] {
            let known = bands.indices.compactMap { index in Self.value(values, index).map { (bands[index], $0) } }
            if let high = known.max(by: { $0.1 < $1.1 }) {
                text += words.phrase(.pyramidLargest, ["side": name, "band": high.0, "value": printed(high.1)])
            }
        }
        if !comparisonLabel.isEmpty { text += words.phrase(.pyramidComparison, ["comparison": comparisonLabel]) }
        let missing = bands.indices.filter { Self.value(men, $0) == nil || Self.value(women, $0) == nil }.count
        return text + (missing > 0 ? words.phrase(.pyramidMissing, ["count": "\(missing)"]) : "")
    }

    /// A value as the chart prints it, or the words' `missing`.
    func printed(_ value: Double?) -> String { format.string(value, missing: words[.missing]) }
}
