import CairoBridge
import Layout

/// Issue 11's rules checked on a laid-out document's frames (positions, before anything is painted). Each
/// function returns what breaks a rule, described with the page, so a test can list every case.
enum FrameRules {
    /// Paragraphs and list items split by a page or column break: every part keeps at least two lines.
    static func widowsAndOrphans(_ laidOut: LaidOutDocument) -> [String] {
        laidOut.pages.flatMap { page in
            page.items.flatMap(\.textItems).filter { $0.lines.count < $0.text.lines.count && $0.lines.count < 2 }
                .map { "page \(page.number): one line of \"\($0.content.prefix(60))…\" stands alone at a break" }
        }
    }

    /// Figures whose marks, made for the frame the page gives them, are not whole (`FigureAudit.isWhole`): a label
    /// cut by the frame, a locator left out. A figure drawn smaller keeps the size of its text,
    /// so a legend column that fills it at its true size would reach out of the smaller frame and be cut.
    static func cutFigures(_ laidOut: LaidOutDocument, text: TextEngine) -> [String] {
        laidOut.pages.flatMap { page in
            page.items.flatMap(\.drawings).compactMap { drawing, rect -> String? in
                guard let figure = ((drawing as? FigureMarks)?.figure ?? drawing) as? any MarkedFigure,
                    !FigureAudit.isWhole(FigureMarks(figure, in: rect, text: text))
                else { return nil }
                return "page \(page.number): the marks of a figure drawn \(Int(rect.width)) × \(Int(rect.height)) pt "
                    + "are not whole in it (a legend, a label or the locator is cut)"
            }
        }
    }

    /// The zoomed maps (those that ask for a locator) among the document's figures, and whether each has one.
    static func zoomedMaps(_ laidOut: LaidOutDocument, text: TextEngine) -> [(page: Int, hasLocator: Bool)] {
        laidOut.pages.flatMap { page in
            page.items.flatMap(\.drawings).compactMap { drawing, rect -> (page: Int, hasLocator: Bool)? in
                guard let map = ((drawing as? FigureMarks)?.figure ?? drawing) as? ChoroplethMap,
                    map.spec.locator != nil
                else { return nil }
                let marks = Mark.flatten(map.marks(in: rect, text: text))
                return (page.number, marks.contains { $0.role == .locator })
            }
        }
    }

    /// Tables that go on over a page: each must be long (more than `shortRows` rows; a shorter one fits on a
    /// page and is kept together), and every later part's caption ends with the table's continuation words.
    static func tableBreaks(_ laidOut: LaidOutDocument, document: Document, shortRows: Int = 12) -> [String] {
        let tables = Dictionary(
            tablesOf(document.blocks).filter { !$0.caption.isEmpty }.map {
                (document.words.tableCaption($0.number, $0.caption), $0)
            }, uniquingKeysWith: { first, _ in first })
        var problems: [String] = []
        for page in laidOut.pages {
            for (role, items) in groups(page.items) where role == .tableContinued {
                guard let caption = captionText(items) else { continue }
                guard let (name, table) = tables.first(where: { caption.hasPrefix($0.key) }) else {
                    problems.append("page \(page.number): the continued caption \"\(caption)\" names no table")
                    continue
                }
                if !table.continuation.isEmpty && caption != name + " " + table.continuation {
                    problems.append("page \(page.number): \"\(caption)\" lacks \"\(table.continuation)\"")
                }
                if table.rows.count <= shortRows {
                    problems.append("page \(page.number): \"\(name)\" has \(table.rows.count) rows and is split")
                }
            }
        }
        return problems
    }

    /// Tables whose header breaks a word at its syllables while another column has room to spare: each column's
    /// room is its width less its widest line, counted only where every cell is on one line.
    static func hyphenatedHeaders(_ laidOut: LaidOutDocument, padding: Double, text: TextEngine) -> [String] {
        laidOut.pages.flatMap { page -> [String] in
            groups(page.items).filter { $0.role == .table }.compactMap { _, items -> String? in
                let rows = items.compactMap { item -> [TextItem]? in
                    guard case .group(.tableRow, let cells) = item else { return nil }
                    return cells.compactMap { cell in
                        guard case .group(let role, let inner) = cell, role == .tableHeaderCell || role == .tableCell
                        else { return nil }
                        return inner.flatMap(\.textItems).first
                    }
                }
                guard let header = rows.first, header.count > 1, let right = tableRight(items) else { return nil }
                let lefts = header.map { $0.origin.x - padding }
                let widths = lefts.indices.map { ($0 + 1 < lefts.count ? lefts[$0 + 1] : right) - lefts[$0] }
                let inner = widths.map { $0 - 2 * padding - 1 }
                let broken = header.indices.filter { column in
                    words(header[column].content).contains { word in
                        text.layout(text: word, style: header[column].text.style, width: nil).size.width
                            > inner[column] + 0.5
                    }
                }
                guard let column = broken.first else { return nil }
                let spare = header.indices.filter { other in
                    let cells = rows.compactMap { $0.indices.contains(other) ? $0[other] : nil }
                    guard other != column, cells.allSatisfy({ $0.text.lines.count == 1 }) else { return false }
                    return inner[other] - (cells.compactMap { $0.text.lines.first?.width }.max() ?? 0) > 2
                }
                guard let other = spare.first else { return nil }
                return "page \(page.number): header \"\(header[column].content)\" breaks a word while column "
                    + "\"\(header[other].content)\" has room"
            }
        }
    }

    /// The words of a header: split at spaces and after hyphens and slashes, where a line may break anyway.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).flatMap { word -> [String] in
            var parts: [String] = []
            var current = ""
            for character in word {
                current.append(character)
                if character == "-" || character == "/" {
                    parts.append(current)
                    current = ""
                }
            }
            return parts + (current.isEmpty ? [] : [current])
        }
    }

    /// The right edge of a table part: the end of its rules.
    private static func tableRight(_ items: [FrameItem]) -> Double? {
        items.flatMap { item -> [Double] in
            switch item {
            case .rule(_, let to, _, _): [to.x]
            case .group(_, let inner): tableRight(inner).map { [$0] } ?? []
            default: []
            }
        }.max()
    }

    /// The text of the first caption among `items`.
    private static func captionText(_ items: [FrameItem]) -> String? {
        for item in items {
            if case .group(.caption, let inner) = item { return inner.flatMap(\.textItems).first?.content }
        }
        return nil
    }

    /// Every group among `items`, outermost first, with its children.
    private static func groups(_ items: [FrameItem]) -> [(role: StructureRole, items: [FrameItem])] {
        items.flatMap { item -> [(role: StructureRole, items: [FrameItem])] in
            guard case .group(let role, let inner) = item else { return [] }
            return [(role, inner)] + groups(inner)
        }
    }

    /// The tables of `blocks`, also those inside column sections.
    private static func tablesOf(_ blocks: [Block]) -> [Table] {
        blocks.flatMap { block -> [Table] in
            switch block {
            case .table(let table): [table]
            case .columns(_, let inner): tablesOf(inner)
            default: []
            }
        }
    }
}
