import CairoBridge

extension Paginator {
    private struct MeasuredRow {
        var cells: [MeasuredText]
        var contents: [String]
        var height: Double
    }

    /// Lays out a table: kept on one page when it is short and fits there, otherwise split between rows with
    /// its caption (marked as continued) and header repeated on every page; a table too wide for the region is
    /// split into column groups, each repeating the key column.
    func layoutTable(_ table: Table) {
        addSpace(theme.figureSpacing)
        if pages.isEmpty { startPage() }
        let groups = TableColumnLayout.groups(of: columnExtents(table, width: region.width), width: region.width)
        for (index, group) in groups.enumerated() {
            if index > 0 { addSpace(theme.figureSpacing) }
            layoutTablePart(table.columns(group), continued: index > 0, showsSource: index == groups.count - 1)
        }
    }

    private func layoutTablePart(_ table: Table, continued: Bool, showsSource: Bool) {
        let columns = columnLayout(table, width: region.width)
        let widths = columns.widths
        let header = table.header.map { measureRow($0, columns: columns, in: table, isHeader: true) }
        let rows = table.rows.map { measureRow($0, columns: columns, in: table, isHeader: false) }
        let captionText = words.tableCaption(table.number, table.caption)
        let continuedText = table.continuation.isEmpty ? captionText : captionText + " " + table.continuation
        let sourceText = words.sourceLine(table.source)
        let caption =
            table.caption.isEmpty ? nil : measureLine(continued ? continuedText : captionText, style: theme.caption)
        let continuedCaption = table.caption.isEmpty ? nil : measureLine(continuedText, style: theme.caption)
        let source = table.source.isEmpty || !showsSource ? nil : measureLine(sourceText, style: theme.small)
        let captionHeight = caption.map { $0.size.height + 4 } ?? 0
        let headerHeight = header.reduce(0) { $0 + $1.height }
        let sourceHeight = source.map { $0.size.height + 3 } ?? 0

        let bodyHeight = rows.reduce(0) { $0 + $1.height }
        let whole = captionHeight + headerHeight + bodyHeight + sourceHeight
        let firstRows = rows.prefix(rows.count <= 2 * Self.minimumRowsAtBreak ? rows.count : Self.minimumRowsAtBreak)
        ensureSpace(
            keepsTogether(rows: rows.count, height: whole)
                ? whole : captionHeight + headerHeight + firstRows.reduce(0) { $0 + $1.height })
        var fragment: [FrameItem] = []
        var next = 0
        var firstFragment = true
        repeat {
            if let shown = next == 0 ? caption : continuedCaption {
                let content = next == 0 && !continued ? captionText : continuedText
                fragment.append(
                    .group(.caption, [textItem(shown, at: Point(x: region.x, y: cursorY), content: content)]))
                cursorY += captionHeight
            }
            var zebra = false
            // The header repeated on a later page is page furniture (an Artifact); the first one is the table's.
            for row in header { fragment += paintRow(row, widths: widths, kind: .header, tagged: firstFragment) }
            var placedInFragment = 0
            while next < rows.count {
                let row = rows[next]
                // The last rows go to the next page together: never a single row alone after the break.
                let remainingAfter = rows.count - next - 1
                let tail =
                    remainingAfter > 0 && remainingAfter < Self.minimumRowsAtBreak
                    ? rows[(next + 1)...].reduce(0) { $0 + $1.height } : 0
                let needed = row.height + tail + (next == rows.count - 1 || tail > 0 ? sourceHeight : 0)
                guard
                    needed <= available + 0.01 || placedInFragment == 0 && fitsNowhereElse(needed, header: headerHeight)
                else {
                    break
                }
                if row.height > available + 0.01 {
                    warn("table row \(next + 1) is taller than the page and is cut off")
                }
                fragment += paintRow(row, widths: widths, kind: zebra ? .zebra : .plain, tagged: true)
                zebra.toggle()
                placedInFragment += 1
                next += 1
            }
            fragment.append(rule(at: cursorY, width: widths.reduce(0, +), weight: 0.75))
            // A table going on over several pages or columns stays one Table element.
            place(.group(firstFragment ? .table : .tableContinued, fragment))
            firstFragment = false
            fragment = []
            if next < rows.count { advanceRegion() }
        } while next < rows.count
        if let source {
            ensureSpace(sourceHeight)
            cursorY += 3
            place(.group(.paragraph, [textItem(source, at: Point(x: region.x, y: cursorY), content: sourceText)]))
            cursorY += source.size.height
        }
    }

    /// Tables with at most this many rows are kept on one page when they fit on one.
    static let shortTableRows = 12
    static let minimumRowsAtBreak = 2
    /// A longer table that fits on a page is kept together too, unless moving it on would leave more than this
    /// share of the region empty.
    static let largestGapBeforeTable = 0.4

    /// Whether a table of `rows` rows and `height` points is kept on one page.
    private func keepsTogether(rows: Int, height: Double) -> Bool {
        guard height <= fullRegionHeight else { return false }
        return rows <= Self.shortTableRows || height <= available
            || available <= fullRegionHeight * Self.largestGapBeforeTable
    }

    /// True when even an empty region could not hold the row after the repeated header.
    private func fitsNowhereElse(_ height: Double, header: Double) -> Bool {
        regionIsEmpty || height + header > fullRegionHeight
    }

    /// What a heading must keep with it: the caption, header and first rows, or the whole table when it is
    /// kept together.
    func minimumTableStart(_ table: Table) -> Double {
        let groups = TableColumnLayout.groups(of: columnExtents(table, width: region.width), width: region.width)
        let part = table.columns(groups.first ?? [])
        let columns = columnLayout(part, width: region.width)
        let header = part.header.map { measureRow($0, columns: columns, in: part, isHeader: true) }
        let rows = part.rows.map { measureRow($0, columns: columns, in: part, isHeader: false) }
        let caption = table.caption.isEmpty ? 0 : measureLine(table.caption, style: theme.caption).size.height + 4
        let source = table.source.isEmpty ? 0 : measureLine(table.source, style: theme.small).size.height + 3
        let top = theme.figureSpacing + caption + header.reduce(0) { $0 + $1.height }
        let whole = top + rows.reduce(0) { $0 + $1.height } + source
        if keepsTogether(rows: rows.count, height: whole - theme.figureSpacing) { return whole }
        let first = rows.prefix(rows.count <= 2 * Self.minimumRowsAtBreak ? rows.count : Self.minimumRowsAtBreak)
        return top + first.reduce(0) { $0 + $1.height }
    }

    // MARK: Measuring

    private func measureRow(_ row: TableRow, columns layout: TableColumnLayout, in table: Table, isHeader: Bool)
        -> MeasuredRow
    {
        let columns = table.columns
        var cells: [MeasuredText] = []
        var contents: [String] = []
        for (index, width) in layout.widths.enumerated() {
            let content = row.cells.indices.contains(index) ? row.cells[index] : []
            let inline = InlineMarkup(content, linkColor: theme.accentColor)
            var style = tableStyle
            style.hyphenates = isHeader && layout.hyphenates(index)
            if isHeader { style.font = style.font.with(size: theme.bodySize - 1.5, weight: .bold) }
            switch columns.indices.contains(index) ? columns[index].alignment : .left {
            case .left: style.alignment = .left
            case .center: style.alignment = .center
            case .right: style.alignment = .right
            }
            let markup = row.emphasized ? "<b>" + inline.markup + "</b>" : inline.markup
            cells.append(measurer.measure(markup: markup, style: style, width: max(4, width - 2 * theme.cellPadding)))
            contents.append(inline.plainText)
        }
        let height = (cells.map(\.size.height).max() ?? 0) + 2 * theme.cellPadding
        return MeasuredRow(cells: cells, contents: contents, height: height)
    }

    func measureLine(_ text: String, style: TextStyle) -> MeasuredText {
        measurer.measure(markup: TextMarkup.escape(text), style: style, width: region.width)
    }

    func textItem(_ text: MeasuredText, at origin: Point, content: String? = nil) -> FrameItem {
        .text(TextItem(text: text, lines: 0..<text.lines.count, origin: origin, content: content ?? ""))
    }

    // MARK: Painting rows into frames

    private enum RowKind { case header, plain, zebra }

    /// A row's background, cells and rule; `tagged` false draws them without TR/TH/TD (a repeated header).
    private func paintRow(_ row: MeasuredRow, widths: [Double], kind: RowKind, tagged: Bool) -> [FrameItem] {
        let total = widths.reduce(0, +)
        var items: [FrameItem] = []
        let background = Rect(x: region.x, y: cursorY, width: total, height: row.height)
        switch kind {
        case .header: items.append(.fill(background, theme.tableHeaderColor))
        case .zebra: if let zebra = theme.zebraColor { items.append(.fill(background, zebra)) }
        case .plain: break
        }
        var x = region.x
        for (index, cell) in row.cells.enumerated() {
            let origin = Point(x: x + theme.cellPadding, y: cursorY + theme.cellPadding)
            let role: StructureRole = kind == .header ? .tableHeaderCell : .tableCell
            let cellText = textItem(cell, at: origin, content: row.contents[index])
            items.append(tagged ? .group(role, [cellText]) : cellText)
            x += widths[index]
        }
        cursorY += row.height
        if kind == .header { items.append(rule(at: cursorY, width: total, weight: 0.75)) }
        return tagged ? [.group(.tableRow, items)] : items
    }

    private func rule(at y: Double, width: Double, weight: Double) -> FrameItem {
        .rule(
            from: Point(x: region.x, y: y), to: Point(x: region.x + width, y: y), color: theme.ruleColor,
            style: StrokeStyle(width: weight))
    }
}
