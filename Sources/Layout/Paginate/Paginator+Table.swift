import CairoBridge

extension Paginator {
    private struct MeasuredRow {
        var cells: [MeasuredText]
        var contents: [String]
        var height: Double
    }

    func layoutTable(_ table: Table) {
        addSpace(theme.figureSpacing)
        if pages.isEmpty { startPage() }
        tableCount += 1
        let widths = columnWidths(table, width: region.width)
        let header = table.header.map { measureRow($0, widths: widths, columns: table.columns, isHeader: true) }
        let rows = table.rows.map { measureRow($0, widths: widths, columns: table.columns, isHeader: false) }
        let captionText = words.tableCaption(tableCount, table.caption)
        let sourceText = words.sourceLine(table.source)
        let caption = table.caption.isEmpty ? nil : measureLine(captionText, style: theme.caption)
        let source = table.source.isEmpty ? nil : measureLine(sourceText, style: theme.small)
        let captionHeight = caption.map { $0.size.height + 4 } ?? 0
        let headerHeight = header.reduce(0) { $0 + $1.height }
        let sourceHeight = source.map { $0.size.height + 3 } ?? 0

        let bodyHeight = rows.reduce(0) { $0 + $1.height }
        let whole = captionHeight + headerHeight + bodyHeight + sourceHeight
        let keepTogether = rows.count <= Self.shortTableRows && whole <= fullRegionHeight
        let firstRows = rows.prefix(rows.count <= 2 * Self.minimumRowsAtBreak ? rows.count : Self.minimumRowsAtBreak)
        ensureSpace(keepTogether ? whole : captionHeight + headerHeight + firstRows.reduce(0) { $0 + $1.height })
        var fragment: [FrameItem] = []
        if let caption {
            fragment.append(.group(.caption, [textItem(caption, at: Point(x: region.x, y: cursorY), content: captionText)]))
            cursorY += captionHeight
        }
        var next = 0
        var firstFragment = true
        repeat {
            var zebra = false
            // The header repeated on a later page is page furniture (an Artifact); the first one is the table's.
            for row in header { fragment += paintRow(row, widths: widths, kind: .header, tagged: firstFragment) }
            var placedInFragment = 0
            while next < rows.count {
                let row = rows[next]
                // The last rows go to the next page together: never a single row alone after the break.
                let remainingAfter = rows.count - next - 1
                let tail = remainingAfter > 0 && remainingAfter < Self.minimumRowsAtBreak
                    ? rows[(next + 1)...].reduce(0) { $0 + $1.height } : 0
                let needed = row.height + tail + (next == rows.count - 1 || tail > 0 ? sourceHeight : 0)
                guard needed <= available + 0.01 || placedInFragment == 0 && fitsNowhereElse(needed, header: headerHeight) else {
                    break
                }
                if row.height > available + 0.01 { warn("table row \(next + 1) is taller than the page and is cut off") }
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
    static let shortTableRows = 8
    static let minimumRowsAtBreak = 2

    /// True when even an empty region could not hold the row after the repeated header.
    private func fitsNowhereElse(_ height: Double, header: Double) -> Bool {
        regionIsEmpty || height + header > fullRegionHeight
    }

    /// What a heading must keep with it: the caption, header and first rows, or the whole table when it is
    /// short enough to be kept together.
    func minimumTableStart(_ table: Table) -> Double {
        let widths = columnWidths(table, width: region.width)
        let header = table.header.map { measureRow($0, widths: widths, columns: table.columns, isHeader: true) }
        let rows = table.rows.map { measureRow($0, widths: widths, columns: table.columns, isHeader: false) }
        let caption = table.caption.isEmpty ? 0 : measureLine(table.caption, style: theme.caption).size.height + 4
        let source = table.source.isEmpty ? 0 : measureLine(table.source, style: theme.small).size.height + 3
        let top = theme.figureSpacing + caption + header.reduce(0) { $0 + $1.height }
        let whole = top + rows.reduce(0) { $0 + $1.height } + source
        if rows.count <= Self.shortTableRows && whole - theme.figureSpacing <= fullRegionHeight { return whole }
        let first = rows.prefix(rows.count <= 2 * Self.minimumRowsAtBreak ? rows.count : Self.minimumRowsAtBreak)
        return top + first.reduce(0) { $0 + $1.height }
    }

    // MARK: Measuring

    var tableStyle: TextStyle {
        TextStyle(font: Font(family: theme.fontFamily, size: theme.bodySize - 1), color: theme.textColor, hyphenates: true)
    }

    /// Column widths: fixed columns as given; content columns at least as wide as their widest body cell
    /// (numbers never wrap) and, where there is room, as wide as the longest word of their header; relative
    /// columns share the rest but keep a quarter of the width between them.
    func columnWidths(_ table: Table, width: Double) -> [Double] {
        let padding = 2 * theme.cellPadding
        var minimum = [Double](repeating: 0, count: table.columns.count)
        var desired = [Double](repeating: 0, count: table.columns.count)
        for (index, column) in table.columns.enumerated() {
            switch column.width {
            case .fixed(let points):
                minimum[index] = max(points, padding + 4)
                desired[index] = minimum[index]
            case .relative: break
            case .content:
                let body = table.rows.compactMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
                let headers = table.header.compactMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
                let widestBody = body.map { naturalWidth(InlineMarkup($0, linkColor: theme.accentColor).markup, bold: true) }.max() ?? 0
                let words = headers.flatMap { InlineMarkup($0, linkColor: theme.accentColor).plainText.split(separator: " ") }
                let widestWord = words.map { naturalWidth(TextMarkup.escape(String($0)), bold: true, header: true) }.max() ?? 0
                // A header word may break at its syllables; its widest syllable group plus a hyphen must fit.
                let widestSyllables = words.flatMap { word in
                    (Hyphenator.german?.softHyphenated(markup: String(word)) ?? String(word)).split(separator: "\u{AD}")
                        .map { naturalWidth(TextMarkup.escape($0 + "-"), bold: true, header: true) }
                }.max() ?? 0
                minimum[index] = max(widestBody, widestSyllables) + padding + 1
                desired[index] = max(widestBody, widestWord) + padding + 1
            }
        }
        let shares = table.columns.map { column -> Double in
            if case .relative(let share) = column.width { return max(share, 0) }
            return 0
        }
        let shareTotal = shares.reduce(0, +)
        let reserved = shareTotal > 0 ? width / 4 : 0
        let room = width - reserved
        var widths = desired
        let wanted = desired.reduce(0, +)
        let least = minimum.reduce(0, +)
        if wanted > room {
            // Give every column its minimum, and the room that is left in proportion to what it lacks.
            let spare = max(0, room - least)
            let lacking = wanted - least
            widths = zip(minimum, desired).map { low, high in
                lacking > 0 ? low + (high - low) * spare / lacking : low
            }
            if least > room { widths = minimum.map { $0 * room / least } }
        } else if shareTotal == 0, wanted > 0 {
            widths = desired.map { $0 * width / wanted }
        }
        let left = max(0, width - widths.reduce(0, +))
        for index in shares.indices where shares[index] > 0 {
            widths[index] = left * shares[index] / shareTotal
        }
        return widths
    }

    private func naturalWidth(_ markup: String, bold: Bool, header: Bool = false) -> Double {
        var style = tableStyle
        if header { style.font = style.font.with(size: theme.bodySize - 1.5) }
        return measurer.measure(markup: bold ? "<b>" + markup + "</b>" : markup, style: style, width: nil).size.width
    }

    private func measureRow(_ row: TableRow, widths: [Double], columns: [TableColumn], isHeader: Bool) -> MeasuredRow {
        var cells: [MeasuredText] = []
        var contents: [String] = []
        for (index, width) in widths.enumerated() {
            let content = row.cells.indices.contains(index) ? row.cells[index] : []
            let inline = InlineMarkup(content, linkColor: theme.accentColor)
            var style = tableStyle
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
