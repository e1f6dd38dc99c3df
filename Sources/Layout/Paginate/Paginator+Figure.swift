import CairoBridge

extension Paginator {
    private var figureGap: Double { 14 }
    /// A figure is drawn down to this share of its size to fill a page instead of leaving a large gap.
    static let smallestFilledScale = 0.6

    private struct MeasuredFigure {
        var figure: Figure
        var caption: MeasuredText
        var source: MeasuredText?
        var drawingHeight: Double
    }

    private func measure(_ figures: [Figure], width: Double) -> [MeasuredFigure] {
        figures.map { figure in
            let caption = measurer.measure(
                markup: TextMarkup.escape(words.figureCaption(figure.number, figure.caption)), style: theme.caption,
                width: width)
            let source =
                figure.source.isEmpty
                ? nil
                : measurer.measure(
                    markup: TextMarkup.escape(words.sourceLine(figure.source)), style: theme.small, width: width)
            let height = max(0, figure.height ?? drawingHeight(figure, width: width))
            return MeasuredFigure(
                figure: figure, caption: caption, source: source, drawingHeight: height.isFinite ? height : 0)
        }
    }

    /// The height of `figure`'s drawing `width` points wide, from the marks the measurer makes of it: measured
    /// once per document (trial and contents passes ask again) and then let go of, as painting makes them anew.
    private func drawingHeight(_ figure: Figure, width: Double) -> Double {
        figureHeights.height(of: figure, width: width) { measurer.figureHeight(figure.drawing, width: width) }
    }

    /// Whether every figure's marks are whole when its drawing is `drawingHeight` points high: a figure drawn
    /// smaller keeps the size of its text, so its marks are made again for the smaller rectangle, and a figure whose
    /// text then reaches out of it (a legend column as long as the map) or that leaves its locator out is not drawn
    /// so.
    private func marksFit(_ measured: [MeasuredFigure], width: Double, drawingHeight: Double) -> Bool {
        measured.allSatisfy { item in
            guard item.drawingHeight > 0, drawingHeight < item.drawingHeight else { return true }
            let rect = Rect(x: 0, y: 0, width: width * drawingHeight / item.drawingHeight, height: drawingHeight)
            return measurer.figureMarks(item.figure.drawing, in: rect).map(FigureAudit.isWhole) ?? true
        }
    }

    private func columnWidth(count: Int) -> Double {
        (region.width - figureGap * Double(max(0, count - 1))) / Double(max(1, count))
    }

    private func heights(_ measured: [MeasuredFigure]) -> (caption: Double, drawing: Double, source: Double) {
        (
            measured.map(\.caption.size.height).max() ?? 0,
            measured.map(\.drawingHeight).max() ?? 0,
            measured.map { ($0.source?.size.height).map { $0 + 3 } ?? 0 }.max() ?? 0
        )
    }

    /// The height `figures` need, their drawings at `scale` of their true size.
    func figureHeight(_ figures: [Figure], width: Double, scale: Double = 1) -> Double {
        let h = heights(measure(figures, width: columnWidth(count: figures.count)))
        return theme.figureSpacing + h.caption + 5 + h.drawing * scale + h.source
    }

    /// Places one figure, or several side by side, with caption above and source below, on one page.
    /// A figure taller than a whole page is scaled down to fit (and reported as a warning).
    func layoutFigures(_ figures: [Figure]) {
        guard !figures.isEmpty else { return }
        addSpace(theme.figureSpacing)
        if pages.isEmpty { startPage() }
        let width = columnWidth(count: figures.count)
        let measured = measure(figures, width: width)
        let h = heights(measured)
        let total = h.caption + 5 + h.drawing + h.source
        var drawingHeight = h.drawing
        let fitted = available - h.caption - 5 - h.source
        if total > available + 0.01, !regionIsEmpty, available > fullRegionHeight * DocumentLayout.largestUnforcedGap,
            fitted >= h.drawing * Self.smallestFilledScale, marksFit(measured, width: width, drawingHeight: fitted)
        {
            // Rather than leave the rest of the page empty, the figure is drawn a little smaller.
            drawingHeight = fitted
        }
        ensureSpace(h.caption + 5 + drawingHeight + h.source)
        if h.caption + 5 + drawingHeight + h.source > available + 0.01 {
            drawingHeight = max(20, available - h.caption - 5 - h.source)
            let percent = Int((drawingHeight / max(h.drawing, 1) * 100).rounded())
            let cut =
                marksFit(measured, width: width, drawingHeight: drawingHeight)
                ? "" : "; its text keeps its size and does not fit (a legend or labels are cut)"
            warn("figure \(figures.first?.number ?? 0) was scaled to \(percent) % of its size to fit on a page\(cut)")
        }
        for (offset, item) in measured.enumerated() {
            let x = region.x + Double(offset) * (width + figureGap)
            let scale = item.drawingHeight > 0 ? min(1, drawingHeight / item.drawingHeight) : 1
            let drawingRect = Rect(
                x: x + (width - width * scale) / 2, y: cursorY + h.caption + 5, width: width * scale,
                height: item.drawingHeight * scale)
            // Tagged as the caption, the figure (its graphic with the labels in it) and the source line, side by
            // side in one Div: a Figure's /Alt replaces all it holds, so the caption must not be inside it.
            let alternative = item.figure.altText.isEmpty ? item.figure.caption : item.figure.altText
            var items: [FrameItem] = [
                .group(
                    .caption,
                    [
                        textItem(
                            item.caption, at: Point(x: x, y: cursorY),
                            content: words.figureCaption(item.figure.number, item.figure.caption))
                    ]),
                .group(.figure(alternativeText: alternative), [.drawing(item.figure.drawing, drawingRect)]),
            ]
            if let source = item.source {
                let y = cursorY + h.caption + 5 + drawingHeight + 3
                items.append(
                    .group(
                        .paragraph,
                        [textItem(source, at: Point(x: x, y: y), content: words.sourceLine(item.figure.source))]))
            }
            place(.group(.division, items))
        }
        cursorY += h.caption + 5 + drawingHeight + h.source
    }
}
