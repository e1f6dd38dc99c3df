import CairoBridge

/// Draws a `ProfileChartSpec` as a table of spines: indicator name, the area's (the parent's) and the city's value,
/// then the range of all areas as a light bar (the middle half darker) with the city as a dark tick, the parent as
/// an open diamond and the area as a dot in the accent; a legend below.
public struct ProfileChart: DataFigure {
    public var spec: ProfileChartSpec
    public var style: FigureStyle

    public init(_ spec: ProfileChartSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    static let rowHeight = 20.0

    public func preferredHeight(forWidth width: Double) -> Double {
        Double(spec.rows.count + 1) * Self.rowHeight + 24
    }

    /// The x positions of the columns, from the measured labels.
    struct Columns {
        var name: ClosedRange<Double>
        var area: Double
        /// Nil when the chart has no parent column.
        var parent: Double?
        var city: Double
        var minimum: Double
        var spine: ClosedRange<Double>
        var maximum: Double
        var right: Double
        /// Whether the area's, the parent's and the city's values are printed before the spines.
        var showsValues: Bool
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 120, height: 30), !spec.rows.isEmpty else { return [] }
        let text = FigureText(engine: engine, style: style)
        let columns = layoutColumns(in: rect, text: text)
        var space = LabelSpace(bounds: rect, margin: 0.5)
        let legend = ProfileLegend.key(spec: spec, width: rect.width, text: text)
        let header = headerMarks(columns, top: rect.y, text: text, space: &space)
        let headerHeight = (header.map(\.frame.maxY).max() ?? rect.y) - rect.y + 3
        let rowHeight = min(
            Self.rowHeight, max(0, rect.height - headerHeight - legend.height - 6) / Double(spec.rows.count))
        var marks = header
        for (index, row) in spec.rows.enumerated() {
            let top = rect.y + headerHeight + Double(index) * rowHeight
            marks += rowMarks(
                row, index: index, columns: columns, top: top, height: rowHeight, text: text, space: &space)
        }
        let legendTop = rect.y + headerHeight + Double(spec.rows.count) * rowHeight + 6
        return marks + legend.marks(at: Point(x: rect.x, y: legendTop))
    }

    /// The value columns are left out when they would leave the spines less than this share of the width: a
    /// narrow profile beside a map then shows the positions, and its data rows and text alternative the values.
    static let narrowestSpine = 0.35

    private func layoutColumns(in rect: Rect, text: FigureText) -> Columns {
        func width(_ strings: [String], weight: Font.Weight = .regular) -> Double {
            strings.map { text.line($0, size: style.tickSize, weight: weight).size.width }.max() ?? 0
        }
        // The range's ends as wide as their labels ("18,3 %" is more than 8 % of a chart beside a map).
        let minimum = min(rect.width * 0.15, width(spec.rows.map(\.minimumLabel)))
        let maximum = min(rect.width * 0.15, width(spec.rows.map(\.maximumLabel)))
        let area = min(rect.width * 0.14, width(spec.rows.map(\.areaLabel) + [spec.areaName], weight: .bold))
        let parent = spec.parentName.map { min(rect.width * 0.14, width(spec.rows.map(\.parentLabel) + [$0])) }
        let city = min(rect.width * 0.14, width(spec.rows.map(\.cityLabel) + [spec.cityName]))
        func columns(values: Bool) -> Columns {
            let name = rect.x...(rect.x + rect.width * (values && parent != nil ? 0.26 : 0.3))
            let areaRight = values ? name.upperBound + 8 + area : name.upperBound
            let parentRight = values ? parent.map { areaRight + 10 + $0 } : nil
            let cityRight = values ? (parentRight ?? areaRight) + 10 + city : name.upperBound
            let spineLeft = cityRight + 12 + minimum + 6
            let spineRight = max(spineLeft + 1, rect.maxX - maximum - 6)
            return Columns(
                name: name, area: areaRight, parent: parentRight, city: cityRight, minimum: spineLeft - 6,
                spine: spineLeft...spineRight, maximum: spineRight + 6, right: rect.maxX, showsValues: values)
        }
        let full = columns(values: true)
        let spine = full.spine.upperBound - full.spine.lowerBound
        return spine >= rect.width * Self.narrowestSpine ? full : columns(values: false)
    }
}
