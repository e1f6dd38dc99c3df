import CairoBridge

/// Lays out a whole document: pagination (twice when a table of contents needs page numbers), then the running
/// header and footer with "Seite x von y". The paginator sizes each figure by the marks the measurer makes of it and
/// lets them go; painting makes them again page by page as it draws, so a long document never holds the marks of
/// every page at once; `Page.withFigureMarks` shows them on a page before drawing.
public enum DocumentLayout {
    /// With `partMeasurers` (one per thread), the document's parts between page breaks are laid out on as many
    /// threads (`PartLayout`), with the same pages as one paginator makes of the whole; `measurer` lays out the
    /// running header and footer, and the whole document when it does not fall into parts.
    public static func layout(
        _ document: Document, theme: Theme, measurer: TextMeasuring, partMeasurers: [TextMeasuring] = []
    ) -> LaidOutDocument {
        let body =
            PartLayout.paginate(document, theme: theme, measurers: partMeasurers)
            ?? whole(document, theme: theme, measurer: measurer)
        var pages = body.pages
        RunningElements(
            theme: theme, setup: document.pageSetup, header: document.runningHeader, logo: document.logo,
            footer: document.metadata.title, words: document.words, measurer: measurer
        ).add(to: &pages)
        return LaidOutDocument(
            pages: pages, headings: body.headings, warnings: body.warnings + emptyPageWarnings(pages))
    }

    /// The whole document through one paginator, twice when a table of contents needs page numbers.
    private static func whole(_ document: Document, theme: Theme, measurer: TextMeasuring) -> Paginated {
        var contents = ContentsEntry.entries(for: document.blocks, numberHeadings: document.numberHeadings)
        let hasContents = document.hasTableOfContents
        let figureHeights = FigureHeights()
        var paginator = paginate(
            document, theme: theme, measurer: measurer, contents: contents, figureHeights: figureHeights)
        // The table of contents has the same height whatever its page numbers, so a second pass with the
        // numbers of the first is final; a third pass guards against a heading moving all the same.
        for _ in 0..<2 where hasContents {
            let pages = Dictionary(uniqueKeysWithValues: paginator.headings.map { ($0.destination, $0.page) })
            let numbered = contents.map { entry in
                var entry = entry
                entry.page = pages[entry.destination]
                return entry
            }
            if numbered == contents { break }
            contents = numbered
            paginator = paginate(
                document, theme: theme, measurer: measurer, contents: contents, figureHeights: figureHeights)
        }
        return Paginated(pages: paginator.pages, headings: paginator.headings, warnings: paginator.warnings)
    }

    /// Pages left more than this share empty without a page break asking for it are reported.
    public static let largestUnforcedGap = 0.4

    /// A warning for every page the flow left more than 40 % empty although no page break forced the new page.
    static func emptyPageWarnings(_ pages: [Page]) -> [LayoutWarning] {
        pages.filter { $0.showsRunningElements && !$0.endsAtForcedBreak && 1 - $0.filled > largestUnforcedGap }.map {
            let empty = Int(((1 - $0.filled) * 100).rounded())
            return LayoutWarning(
                page: $0.number,
                message: "the page is \(empty) % empty although no page break forced the next page; "
                    + "shorten or move the block that follows it, or let it split")
        }
    }

    private static func paginate(
        _ document: Document, theme: Theme, measurer: TextMeasuring, contents: [ContentsEntry],
        figureHeights: FigureHeights
    ) -> Paginator {
        let paginator = Paginator(
            theme: theme, setup: document.pageSetup, measurer: measurer, numberHeadings: document.numberHeadings,
            words: document.words, contents: contents, figureHeights: figureHeights)
        flow(document.blocks, in: paginator)
        return paginator
    }

    /// Flows `blocks` through `paginator` and finishes its last page (at least one).
    static func flow(_ blocks: [Block], in paginator: Paginator) {
        paginator.layout(blocks)
        if paginator.pages.isEmpty { paginator.startPage() }
        paginator.finishPage(forced: true)
    }
}

/// The running header (report title, thin rule) and footer ("Seite x von y") of every page but the title page.
/// A document without a title page carries the issuer's logo at the right of its first page's header, where a
/// letterhead has it: a Statusbericht or an annex handed on alone still shows who issued it.
struct RunningElements {
    let theme: Theme
    let setup: PageSetup
    let header: String
    let logo: (any FigureDrawing)?
    let footer: String
    let words: DocumentWords
    let measurer: TextMeasuring

    func add(to pages: inout [Page]) {
        let content = setup.contentRect
        var style = theme.small
        style.font = style.font.with(size: theme.smallSize)
        let title = footer.isEmpty ? nil : oneLine(footer, style: style, width: content.width - 140)
        for index in pages.indices where pages[index].showsRunningElements {
            var items: [FrameItem] = []
            var headerWidth = content.width
            if index == 0, let logo {
                let frame = Self.logoFrame(logo, content: content)
                items.append(.drawing(logo, frame))
                headerWidth -= frame.width + 12
            }
            if !header.isEmpty {
                let text = measurer.measure(markup: TextMarkup.escape(header), style: style, width: headerWidth)
                let y = content.y - 26 - text.size.height
                items.append(
                    .text(
                        TextItem(
                            text: text, lines: 0..<text.lines.count, origin: Point(x: content.x, y: y), content: header)
                    ))
                items.append(
                    .rule(
                        from: Point(x: content.x, y: content.y - 20), to: Point(x: content.maxX, y: content.y - 20),
                        color: theme.ruleColor, style: StrokeStyle(width: 0.5)))
            }
            let pageLabel = words.pageLabel(pages[index].number, of: pages.count)
            var right = style
            right.alignment = .right
            let number = measurer.measure(markup: TextMarkup.escape(pageLabel), style: right, width: 120)
            let y = content.maxY + 24
            if let title {
                items.append(
                    .text(
                        TextItem(
                            text: title.text, lines: 0..<min(1, title.text.lines.count),
                            origin: Point(x: content.x, y: y),
                            content: title.content)))
            }
            items.append(
                .text(
                    TextItem(
                        text: number, lines: 0..<number.lines.count, origin: Point(x: content.maxX - 120, y: y),
                        content: pageLabel)))
            pages[index].items += items
        }
    }

    /// `text` on one line of `width`: as it is when it fits, else cut after a word and ended with an ellipsis, so
    /// that a long title is not cut off unmarked in the middle of a word.
    private func oneLine(_ text: String, style: TextStyle, width: Double) -> (text: MeasuredText, content: String) {
        var content = text
        var measured = measurer.measure(markup: TextMarkup.escape(content), style: style, width: width)
        var words = text.split(separator: " ")
        while measured.lines.count > 1 && words.count > 1 {
            words.removeLast()
            var kept = words.joined(separator: " ")
            while let last = kept.last, ",;:–-·".contains(last) { kept.removeLast() }
            content = kept + " \u{2026}"
            measured = measurer.measure(markup: TextMarkup.escape(content), style: style, width: width)
        }
        return (measured, content)
    }

    /// The logo's place in the header: at most 28 pt high and a fifth of the line wide, its foot 4 pt above the rule.
    static func logoFrame(_ logo: any FigureDrawing, content: Rect) -> Rect {
        let width = min(content.width / 5, 28 / max(logo.preferredHeight(forWidth: 1), 0.01))
        let height = min(logo.preferredHeight(forWidth: width), 28)
        return Rect(x: content.maxX - width, y: content.y - 24 - height, width: width, height: height)
    }
}
