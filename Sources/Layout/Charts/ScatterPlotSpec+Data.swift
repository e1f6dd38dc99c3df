extension ScatterPlotSpec: FigureData {
    public var dataRows: [[String]] {
        [[words[.area], xIndicator, yIndicator, words[.highlighted]]]
            + items.enumerated().map { index, item in
                [item.name, x(item.x), y(item.y), words[highlighted.contains(index) ? .yes : .no]]
            }
    }

    public var altText: String {
        let drawn = items.compactMap { item in item.position.map { (item.name, $0) } }
        var text = words.phrase(
            .scatterPlot, ["y": yIndicator, "x": xIndicator, "count": "\(drawn.count)", "areas": areaNoun])
        if let high = drawn.max(by: { $0.1.y < $1.1.y }), let low = drawn.min(by: { $0.1.y < $1.1.y }), drawn.count > 1
        {
            text += words.phrase(
                .scatterExtremes,
                [
                    "indicator": yIndicator, "high": high.0, "highY": y(high.1.y), "highX": x(high.1.x),
                    "low": low.0, "lowY": y(low.1.y), "lowX": x(low.1.x),
                ])
        }
        for index in highlighted.sorted() where items.indices.contains(index) {
            let item = items[index]
            text += words.phrase(.scatterHighlighted, ["name": item.name, "x": x(item.x), "y": y(item.y)])
        }
        if let trend, trend.slope.isFinite, trend.slope != 0 {
            text += words[trend.slope > 0 ? .trendRising : .trendFalling]
        }
        if let quadrants, quadrants.labels.count == 4 {
            let counts = [(true, false), (true, true), (false, false), (false, true)].map { above, right in
                drawn.filter { ($0.1.y >= quadrants.y) == above && ($0.1.x >= quadrants.x) == right }.count
            }
            text += " " + zip(quadrants.labels, counts).map { "\($0): \($1)" }.joined(separator: "; ") + "."
        }
        if !annotation.isEmpty { text += " \(annotation)." }
        return text + AltText.missing(items.count - drawn.count, words: words)
    }

    private func x(_ value: Double?) -> String { xFormat.string(value, missing: words[.missing]) }
    private func y(_ value: Double?) -> String { yFormat.string(value, missing: words[.missing]) }
}
