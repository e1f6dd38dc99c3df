import CairoBridge

/// Flows blocks over pages. One paginator lays out one document once; `DocumentLayout` drives it.
///
/// Forward-progress rule: on an empty region every block places at least part of itself (a line, a row,
/// or a scaled figure), so pagination always ends.
final class Paginator {
    let theme: Theme
    let setup: PageSetup
    let measurer: TextMeasuring
    let numberHeadings: Bool
    let words: DocumentWords
    /// The entries of the table of contents, with page numbers from an earlier pass where known.
    let contents: [ContentsEntry]
    /// The headings of the document before the blocks this paginator flows (`PartLayout`): their count names the
    /// destinations.
    let headingsBefore: Int

    var pages: [Page] = []
    private(set) var headings: [HeadingEntry] = []
    private(set) var warnings: [LayoutWarning] = []
    var headingNumbering = HeadingNumbering()

    /// The rectangle blocks currently flow into (the content area, or one column of it).
    private(set) var region: Rect
    /// Where the next block starts.
    var cursorY: Double
    private var columns: ColumnState?
    /// The column sections around `columns`, outermost first: a nested section divides the column it stands in.
    private var outerColumns: [ColumnState] = []

    private struct ColumnState {
        var count: Int
        var index: Int
        var top: Double
        var deepest: Double
        let gap: Double
        /// Where the columns but the last end, to balance a section that fits on the page; nil to fill the page.
        var balancedBottom: Double?
    }

    /// Heights of the trial layouts of column sections, shared with the paginators of those trials.
    private let trials: TrialHeights
    /// Heights of the document's figures, shared with the paginators of every pass and trial.
    let figureHeights: FigureHeights

    init(
        theme: Theme, setup: PageSetup, measurer: TextMeasuring, numberHeadings: Bool, words: DocumentWords,
        contents: [ContentsEntry], headingsBefore: Int = 0, trials: TrialHeights = TrialHeights(),
        figureHeights: FigureHeights = FigureHeights()
    ) {
        self.headingsBefore = headingsBefore
        self.trials = trials
        self.figureHeights = figureHeights
        self.words = words
        self.theme = theme
        self.setup = setup
        self.measurer = measurer
        self.numberHeadings = numberHeadings
        self.contents = contents
        region = setup.contentRect
        cursorY = region.y
    }

    // MARK: Regions and pages

    var currentPageNumber: Int { pages.count }
    var available: Double { region.maxY - cursorY }
    /// True when nothing has been placed in the current region yet.
    var regionIsEmpty: Bool { cursorY <= region.y + 0.01 }
    var fullRegionHeight: Double { region.maxY - (columns?.top ?? setup.contentRect.y) }

    /// Finishes the current page (`forced` when the document asked for the new page) and starts the next.
    func startPage(showsRunningElements: Bool = true, forced: Bool = false) {
        finishPage(forced: forced)
        pages.append(
            Page(number: pages.count + 1, size: setup.size, items: [], showsRunningElements: showsRunningElements))
        let content = setup.contentRect
        let restart = { (state: ColumnState) in
            ColumnState(
                count: state.count, index: 0, top: content.y, deepest: content.y, gap: state.gap, balancedBottom: nil)
        }
        outerColumns = outerColumns.map(restart)
        columns = columns.map(restart)
        region = columns.map { columnRect($0, index: 0) } ?? content
        cursorY = region.y
    }

    /// Records how far the flow filled the current page and why it ends.
    func finishPage(forced: Bool) {
        guard !pages.isEmpty else { return }
        let content = setup.contentRect
        let bottom = max(cursorY, columns?.deepest ?? cursorY)
        pages[pages.count - 1].filled = min(1, max(0, (bottom - content.y) / content.height))
        pages[pages.count - 1].endsAtForcedBreak = forced
    }

    /// Moves to the next column, or to a new page after the last column.
    func advanceRegion() {
        if var columns, columns.index + 1 < columns.count {
            columns.deepest = max(columns.deepest, cursorY)
            columns.index += 1
            self.columns = columns
            region = columnRect(columns, index: columns.index)
            cursorY = region.y
        } else {
            startPage()
        }
    }

    /// Ensures at least `height` points are free in the region, moving on if that helps.
    func ensureSpace(_ height: Double) {
        if pages.isEmpty { startPage() }
        if height > available && !regionIsEmpty { advanceRegion() }
    }

    func place(_ item: FrameItem) {
        if pages.isEmpty { startPage() }
        pages[pages.count - 1].items.append(item)
    }

    /// Adds vertical space before a block, except at the top of a region.
    func addSpace(_ height: Double) {
        guard !regionIsEmpty else { return }
        cursorY = min(region.maxY, cursorY + height)
    }

    func warn(_ message: String) {
        warnings.append(LayoutWarning(page: max(1, currentPageNumber), message: message))
    }

    func record(_ entry: HeadingEntry) {
        headings.append(entry)
    }

    // MARK: Columns

    func beginColumns(count: Int, gap: Double, balancedHeight: Double?) {
        if pages.isEmpty { startPage() }
        if let columns { outerColumns.append(columns) }
        let state = ColumnState(
            count: max(1, count), index: 0, top: cursorY, deepest: cursorY, gap: gap,
            balancedBottom: balancedHeight.map { cursorY + $0 })
        columns = state
        region = columnRect(state, index: 0)
    }

    func endColumns() {
        guard let state = columns else { return }
        let bottom = max(state.deepest, cursorY)
        columns = outerColumns.popLast()
        if var columns {
            columns.deepest = max(columns.deepest, bottom)
            self.columns = columns
        }
        region = columns.map { columnRect($0, index: $0.index) } ?? setup.contentRect
        cursorY = bottom
    }

    /// Column `index` of the current section `state`, within the column of the sections around it.
    private func columnRect(_ state: ColumnState, index: Int) -> Rect {
        let around = outerColumns.reduce(setup.contentRect) { rect, outer in
            columnRect(outer, index: outer.index, in: rect)
        }
        return columnRect(state, index: index, in: around)
    }

    private func columnRect(_ state: ColumnState, index: Int, in around: Rect) -> Rect {
        let width = (around.width - state.gap * Double(state.count - 1)) / Double(state.count)
        let last = index == state.count - 1
        let bottom = last ? around.maxY : min(around.maxY, state.balancedBottom ?? around.maxY)
        return Rect(
            x: around.x + Double(index) * (width + state.gap), y: state.top, width: width, height: bottom - state.top)
    }

    /// The column height that spreads `blocks` evenly over `count` columns, when they fit on the rest of the
    /// page; nil when they continue on later pages (then every column is filled to the bottom).
    private func balancedColumnHeight(_ blocks: [Block], count: Int, gap: Double) -> Double? {
        guard count > 1 else { return nil }
        // A section nested in a column divides that column, not the page.
        let width = (region.width - gap * Double(count - 1)) / Double(count)
        let total = trials.height(of: blocks, width: width) {
            var tall = setup
            tall.size = Size(width: width + tall.marginLeft + tall.marginRight, height: 100_000)
            let trial = Paginator(
                theme: theme, setup: tall, measurer: measurer, numberHeadings: numberHeadings, words: words,
                contents: [], trials: trials, figureHeights: figureHeights)
            trial.layout(blocks)
            return trial.cursorY - tall.contentRect.y
        }
        let lineHeight = theme.bodySize * 1.4 * theme.lineSpacing
        let height = total / Double(count) + lineHeight
        return height < available ? height : nil
    }

    // MARK: Flow

    func layout(_ blocks: [Block]) {
        for index in blocks.indices {
            layout(blocks[index], following: blocks[(index + 1)...])
        }
    }

    func layout(_ block: Block, following: ArraySlice<Block>) {
        switch block {
        case .heading(let heading): layoutHeading(heading, following: following)
        case .paragraph(let paragraph):
            addSpace(theme.paragraphSpacing)
            layoutText(
                InlineMarkup(paragraph.content, linkColor: theme.accentColor), style: theme.paragraph(paragraph.role),
                role: .paragraph, indent: 0)
        case .list(let list): layoutList(list)
        case .table(let table): layoutTable(table)
        case .figure(let figure): layoutFigures([figure])
        case .figureRow(let figures): layoutFigures(figures)
        case .spacer(let height):
            if pages.isEmpty { startPage() }
            addSpace(max(0, height))
        case .pageBreak:
            if pages.isEmpty || !regionIsEmpty || columns != nil { startPage(forced: true) }
        case .titlePage(let titlePage): layoutTitlePage(titlePage)
        case .tableOfContents(let title): layoutContents(title: title)
        case .columns(let count, let blocks):
            if pages.isEmpty { startPage() }
            // The blocks inside start at the top of their columns, where they add no space: the section does.
            addSpace(theme.headingSpaceBefore)
            beginColumns(count: count, gap: 18, balancedHeight: balancedColumnHeight(blocks, count: count, gap: 18))
            layout(blocks)
            endColumns()
        }
    }

    /// A figure drawn as small as it may be to fill a page, or half a page, whichever is less.
    private func minimumFigureStart(_ figures: [Figure]) -> Double {
        min(figureHeight(figures, width: region.width, scale: Self.smallestFilledScale), fullRegionHeight * 0.5)
    }

    /// The smallest height the first of `blocks` needs at the top of a region: what a heading must keep with it.
    /// A heading followed by another heading needs both and what the second keeps.
    func minimumStartHeight(of blocks: ArraySlice<Block>) -> Double {
        guard let block = blocks.first else { return 0 }
        switch block {
        case .heading(let heading):
            let text = measurer.measure(
                markup: TextMarkup.escape(heading.text), style: theme.heading(level: heading.level), width: region.width
            )
            return theme.headingSpaceBefore + text.size.height + theme.headingSpaceAfter
                + minimumStartHeight(of: blocks.dropFirst())
        case .paragraph(let paragraph):
            let text = measurer.measure(
                markup: InlineMarkup(paragraph.content, linkColor: theme.accentColor).markup,
                style: theme.paragraph(paragraph.role), width: region.width)
            // A paragraph too short to leave enough lines on both sides of a break moves as a whole.
            let minimum = max(1, theme.minimumLinesAtBreak)
            let lines = text.lines.count < 2 * minimum ? text.lines.count : minimum
            return theme.paragraphSpacing + text.height(of: 0..<lines)
        case .table(let table): return minimumTableStart(table)
        case .figure(let figure): return minimumFigureStart([figure])
        case .figureRow(let figures): return minimumFigureStart(figures)
        case .list(let list):
            guard let first = list.items.first else { return 0 }
            return minimumStartHeight(of: [.paragraph(Paragraph(first))])
        default: return 0
        }
    }
}
