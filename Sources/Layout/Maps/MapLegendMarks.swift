import CairoBridge

/// The legend of a map laid out in a column: title, class entries with swatches (hatched for "k. A.") and
/// counts, the outlined area, point symbols and, when points have sizes, two reference sizes.
struct MapLegendMarks {
    private var items: [Mark] = []
    private(set) var height = 0.0

    static let swatch = Size(width: 16, height: 10)
    static let rowGap = 3.0

    init(spec: ChoroplethMapSpec, width: Double, text: FigureText) {
        let legend = spec.legend
        let style = text.style
        let labelX = Self.swatch.width + 5
        if !legend.title.isEmpty {
            add(text.wrapped(legend.title, width: width, weight: .bold), x: 0, role: .legendTitle)
            height += 4
        }
        if let matrix = legend.matrix { addMatrix(matrix, width: width, text: text) }
        let counts = legend.entries.map { $0.count.map { GermanNumberFormat.number(Double($0)) } ?? "" }
        let countLayouts = counts.map { text.line($0, size: style.tickSize, color: style.mutedColor) }
        var countWidth = countLayouts.map(\.size.width).max() ?? 0
        if countWidth > 0, !legend.countHeading.isEmpty {
            let heading = text.line(legend.countHeading, size: style.tickSize, color: style.mutedColor)
            countWidth = max(countWidth, heading.size.width)
            items.append(.text(heading, at: Point(x: width - heading.size.width, y: height), role: .legendLabel))
            height += heading.size.height + 1
        }
        for (index, entry) in legend.entries.enumerated() {
            let label = text.wrapped(entry.label, width: max(1, width - labelX - countWidth - 4))
            let rowHeight = max(Self.swatch.height, label.size.height)
            let swatch = Rect(
                x: 0, y: height + (min(label.size.height, 14) - Self.swatch.height) / 2, width: Self.swatch.width,
                height: Self.swatch.height)
            let path = Path.rectangle(swatch)
            let shape: Mark.Shape =
                entry.hatched
                ? .hatch(path, background: style.missingBackground, lines: style.missingLines)
                : .fill(path, entry.color, .nonZero)
            items.append(Mark(shape, role: .legendSwatch, frame: swatch))
            items.append(
                Mark(.stroke(path, style.axisColor, StrokeStyle(width: 0.3)), role: .decoration, frame: swatch))
            items.append(.text(label, at: Point(x: labelX, y: height), role: .legendLabel))
            let count = countLayouts[index]
            items.append(.text(count, at: Point(x: width - count.size.width, y: height + 0.5), role: .legendLabel))
            height += rowHeight + Self.rowGap
        }
        if let highlight = legend.highlightLabel, !highlight.isEmpty {
            height += 4
            let swatch = Rect(x: 1, y: height + 1, width: Self.swatch.width - 2, height: Self.swatch.height - 2)
            items.append(
                Mark(
                    .stroke(.rectangle(swatch), style.textColor, StrokeStyle(width: 1.5)), role: .legendSwatch,
                    frame: swatch))
            add(text.wrapped(highlight, width: max(1, width - labelX)), x: labelX, role: .legendLabel)
        }
        addPoints(spec: spec, width: width, labelX: labelX, text: text)
    }

    /// The grid of a bivariate map: the column title and labels above, the row labels at the left (under the row
    /// title), a swatch per cell; labels are set smaller where the column would be too narrow.
    private mutating func addMatrix(_ matrix: MapLegend.Matrix, width: Double, text: FigureText) {
        let style = text.style
        for size in [style.tickSize, style.tickSize * 0.8] {
            let rowLabels = matrix.rowLabels.map { text.line($0, size: size) }
            let columnLabels = matrix.columnLabels.map { text.line($0, size: size) }
            let rowWidth = max(
                rowLabels.map(\.size.width).max() ?? 0, text.line(matrix.rowTitle, size: size, weight: .bold).size.width
            )
            let cell = Size(width: max(Self.swatch.width, (columnLabels.map(\.size.width).max() ?? 0) + 3), height: 12)
            let gridWidth = cell.width * Double(max(matrix.columnLabels.count, 1))
            guard rowWidth + 4 + gridWidth <= width || size < style.tickSize else { continue }
            let left = rowWidth + 4
            let rowTitle = text.line(matrix.rowTitle, size: size, weight: .bold)
            let columnTitle = text.line(matrix.columnTitle, size: size, weight: .bold)
            items.append(.text(rowTitle, at: Point(x: 0, y: height), role: .legendLabel))
            items.append(
                .text(
                    columnTitle, at: Point(x: left + (gridWidth - columnTitle.size.width) / 2, y: height),
                    role: .legendLabel))
            height += max(rowTitle.size.height, columnTitle.size.height) + 1
            for (column, label) in columnLabels.enumerated() {
                let x = left + Double(column) * cell.width + (cell.width - label.size.width) / 2
                items.append(.text(label, at: Point(x: x, y: height), role: .legendLabel))
            }
            height += (columnLabels.map(\.size.height).max() ?? 0) + 1
            for (row, label) in rowLabels.enumerated() where matrix.colors.indices.contains(row) {
                items.append(
                    .text(label, at: Point(x: 0, y: height + (cell.height - label.size.height) / 2), role: .legendLabel)
                )
                for column in matrix.colors[row].indices {
                    let swatch = Rect(
                        x: left + Double(column) * cell.width, y: height, width: cell.width, height: cell.height)
                    let path = Path.rectangle(swatch)
                    items.append(
                        Mark(.fill(path, matrix.colors[row][column], .nonZero), role: .legendSwatch, frame: swatch))
                    items.append(Mark(.stroke(path, .white, StrokeStyle(width: 0.5)), role: .decoration, frame: swatch))
                }
                height += cell.height
            }
            height += Self.rowGap + 2
            return
        }
    }

    private mutating func add(_ layout: TextLayout, x: Double, role: MarkRole) {
        items.append(.text(layout, at: Point(x: x, y: height), role: role))
        height += layout.size.height + Self.rowGap
    }

    private mutating func addPoints(spec: ChoroplethMapSpec, width: Double, labelX: Double, text: FigureText) {
        let categories = spec.legend.pointCategories
        if !categories.isEmpty { height += 5 }
        for category in categories {
            let label = text.wrapped(category.label, width: max(1, width - labelX))
            let centre = Point(x: Self.swatch.width / 2, y: height + min(label.size.height, 12) / 2)
            let path = category.symbol.path(x: centre.x, y: centre.y, radius: PointSize.standard + 0.4)
            let frame = Rect(x: 0, y: height, width: 10, height: 10)
            items.append(Mark(.fill(path, PointSize.fill(category.color), .nonZero), role: .legendSwatch, frame: frame))
            items.append(Mark(.stroke(path, .white, StrokeStyle(width: 0.5)), role: .decoration, frame: frame))
            add(label, x: labelX, role: .legendLabel)
        }
        let sizes = spec.points.compactMap(\.size).filter { $0.isFinite && $0 > 0 }
        guard let title = spec.legend.pointSizeTitle, let largest = sizes.max() else { return }
        height += 5
        add(text.wrapped(title, width: width), x: 0, role: .legendLabel)
        let small = AxisTicks.niceStep(largest / 4)
        for value in small < largest ? [largest, small] : [largest] {
            let radius = PointSize.radius(value, largest: largest)
            let label = text.line(GermanNumberFormat.number(value), size: text.style.tickSize)
            let row = max(2 * radius, label.size.height)
            let path = Path.circle(centerX: Self.swatch.width / 2, centerY: height + row / 2, radius: radius)
            let frame = Rect(
                x: Self.swatch.width / 2 - radius, y: height + row / 2 - radius, width: 2 * radius, height: 2 * radius)
            // Filled as on the map, in the colour of the sized points' category.
            let sized =
                spec.points.first { $0.size != nil }.map(\.category).flatMap {
                    categories.indices.contains($0) ? categories[$0].color : nil
                } ?? text.style.textColor
            items.append(Mark(.fill(path, PointSize.fill(sized), .nonZero), role: .legendSwatch, frame: frame))
            items.append(Mark(.stroke(path, .white, StrokeStyle(width: 0.5)), role: .decoration, frame: frame))
            items.append(
                .text(label, at: Point(x: labelX, y: height + (row - label.size.height) / 2), role: .legendLabel))
            height += row + Self.rowGap
        }
    }

    /// The marks with the legend's top-left corner at `origin`.
    func marks(at origin: Point) -> [Mark] {
        items.map { $0.offsetBy(dx: origin.x, dy: origin.y) }
    }
}
