extension ScatterPlotSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet", xIndicator, yIndicator, "hervorgehoben"]]
            + items.map { item in
                [item.name, xFormat.string(item.x), yFormat.string(item.y), item.highlighted ? "ja" : "nein"]
            }
    }

    public var altText: String {
        let drawn = items.compactMap { item in item.position.map { (item.name, $0) } }
        var text =
            "Streudiagramm: \(yIndicator) (senkrecht) nach \(xIndicator) (waagerecht) in \(drawn.count) \(areaNoun)."
        if let high = drawn.max(by: { $0.1.y < $1.1.y }), let low = drawn.min(by: { $0.1.y < $1.1.y }), drawn.count > 1
        {
            text +=
                " Höchster Wert \(yIndicator): \(high.0) (\(yFormat.string(high.1.y)) bei \(xFormat.string(high.1.x)))"
            text += ", niedrigster: \(low.0) (\(yFormat.string(low.1.y)) bei \(xFormat.string(low.1.x)))."
        }
        for item in items where item.highlighted {
            text += " Hervorgehoben: \(item.name) (\(xFormat.string(item.x)); \(yFormat.string(item.y)))."
        }
        if let trend, trend.slope.isFinite {
            text +=
                trend.slope > 0
                ? " Die Ausgleichsgerade steigt." : trend.slope < 0 ? " Die Ausgleichsgerade fällt." : ""
        }
        if let quadrants, quadrants.labels.count == 4 {
            let counts = [(true, false), (true, true), (false, false), (false, true)].map { above, right in
                drawn.filter { ($0.1.y >= quadrants.y) == above && ($0.1.x >= quadrants.x) == right }.count
            }
            text += " " + zip(quadrants.labels, counts).map { "\($0): \($1)" }.joined(separator: "; ") + "."
        }
        if !annotation.isEmpty { text += " \(annotation)." }
        return text + AltText.missing(items.count - drawn.count)
    }
}
