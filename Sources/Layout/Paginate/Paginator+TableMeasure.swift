import CairoBridge

extension Paginator {
    var tableStyle: TextStyle {
        TextStyle(
            font: Font(family: theme.fontFamily, size: theme.bodySize - 1), color: theme.textColor, hyphenates: true)
    }

    /// The column layout of `table` in `width` points.
    func columnLayout(_ table: Table, width: Double) -> TableColumnLayout {
        TableColumnLayout(extents: columnExtents(table, width: width), width: width)
    }

    /// The narrowest and preferred width of every column. Words and syllables are measured only when the cells
    /// on one line (or the words) do not fit the width, so a table that fits costs one measurement per cell;
    /// until measured, the narrower widths are the wider ones.
    func columnExtents(_ table: Table, width: Double) -> [TableColumnLayout.Extent] {
        let padding = 2 * theme.cellPadding + 1
        var extents = table.columns.indices.map { index -> TableColumnLayout.Extent in
            let fixed = fixedWidth(table.columns[index])
            let widths = cellTexts(table, index).map { piece in
                (width: fixed ?? naturalWidth(piece.markup, header: piece.header) + padding, header: piece.header)
            }
            let line = fixed ?? widths.map(\.width).max() ?? padding
            let body = fixed ?? widths.filter { !$0.header }.map(\.width).max() ?? padding
            return TableColumnLayout.Extent(
                syllables: line, words: line, body: body, line: line, share: share(table.columns[index]))
        }
        guard extents.map(\.line).reduce(0, +) > width + 0.01 else { return extents }
        for index in extents.indices where fixedWidth(table.columns[index]) == nil {
            let numbers = table.columns[index].width == .content
            extents[index].words =
                cellTexts(table, index).flatMap { piece in
                    piece.header || !numbers
                        ? Self.words(piece.plain).map { (word: $0, header: piece.header) }
                        : Self.clauses(piece.plain).map { (word: $0, header: false) }
                }.map { naturalWidth(TextMarkup.escape($0.word), header: $0.header) + padding }.max() ?? padding
            extents[index].syllables = extents[index].words
        }
        guard extents.map(\.words).reduce(0, +) > width + 0.01 else { return extents }
        for index in extents.indices where fixedWidth(table.columns[index]) == nil {
            let numbers = table.columns[index].width == .content
            extents[index].syllables =
                cellTexts(table, index).flatMap { piece in
                    if piece.header {
                        return Self.words(piece.plain).flatMap(Self.syllableGroups).map { (word: $0, header: true) }
                    }
                    return (numbers ? Self.clauses(piece.plain) : Self.words(piece.plain)).map {
                        (word: $0, header: false)
                    }
                }.map { naturalWidth(TextMarkup.escape($0.word), header: $0.header) + padding }.max() ?? padding
        }
        return extents
    }

    private func fixedWidth(_ column: TableColumn) -> Double? {
        if case .fixed(let points) = column.width { return max(points, 2 * theme.cellPadding + 4) }
        return nil
    }

    private func share(_ column: TableColumn) -> Double {
        if case .relative(let share) = column.width { return max(share, 0) }
        return 0
    }

    private struct CellText {
        var markup: String
        var plain: String
        var header: Bool
    }

    /// The texts of column `index`, header cells first.
    private func cellTexts(_ table: Table, _ index: Int) -> [CellText] {
        let header = table.header.compactMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
        let body = table.rows.compactMap { $0.cells.indices.contains(index) ? $0.cells[index] : nil }
        return header.map { cellText($0, header: true) } + body.map { cellText($0, header: false) }
    }

    private func cellText(_ content: [Inline], header: Bool) -> CellText {
        let inline = InlineMarkup(content, linkColor: theme.accentColor)
        return CellText(markup: inline.markup, plain: inline.plainText, header: header)
    }

    /// The parts of a cell in a column of numbers that a line may break between: after a comma and a space, as in
    /// a class label ("sehr niedrig, stabil"); never inside a number ("26,4") nor between it and its unit.
    static func clauses(_ text: String) -> [String] {
        var clauses: [String] = []
        var current = ""
        var afterComma = false
        for character in text {
            if afterComma && character == " " {
                clauses.append(current)
                current = ""
            } else {
                current.append(character)
            }
            afterComma = character == ","
        }
        return clauses + (current.isEmpty ? [] : [current])
    }

    /// The pieces a cell's text may break into without hyphenation: at spaces, and after hyphens and slashes.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character == " " {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            current.append(character)
            if character == "-" || character == "/" || character == "\u{2013}" {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// A word's syllable groups as they would stand at the end of a line, with a hyphen: "Ein-", "woh-", "ner".
    static func syllableGroups(_ word: String) -> [String] {
        let parts = (Hyphenator.german?.softHyphenated(markup: word) ?? word).split(separator: "\u{AD}").map(
            String.init)
        return parts.enumerated().map { index, part in index < parts.count - 1 ? part + "-" : part }
    }

    /// The width of `markup` on one line, bold (as emphasized rows and headers are), in the header's size for headers.
    func naturalWidth(_ markup: String, header: Bool) -> Double {
        var style = tableStyle
        if header { style.font = style.font.with(size: theme.bodySize - 1.5) }
        return measurer.measure(markup: "<b>" + markup + "</b>", style: style, width: nil).size.width
    }
}
