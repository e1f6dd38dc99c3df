import CairoBridge

/// A figure laid out: the marks its drawing makes for the rectangle the page gives it, made through the pages'
/// text measurer, so the paginator knows the figure's true size and tests read a page's figures before anything
/// is drawn.
public struct FigureMarks: MarkedFigure {
    /// The figure the marks were made from (its spec, data and alt text).
    public let figure: any MarkedFigure
    /// The rectangle the marks were made for.
    public let rect: Rect
    public let marks: [Mark]

    public init(_ figure: any MarkedFigure, in rect: Rect, text: TextEngine) {
        self.figure = figure
        self.rect = rect
        marks = figure.marks(in: rect, text: text)
    }

    /// `figure` laid out `width` points wide at its true size, top left at the origin: its marks made for the
    /// height of its proportion (`preferredHeight`) or the height its text needs beside the plot, whichever is
    /// more, and made again as tall as they reach when they reach further (a legend column longer than the map).
    public init(fitting figure: any MarkedFigure, width: Double, text: TextEngine) {
        let preferred = max(
            0, figure.preferredHeight(forWidth: width), figure.neededHeight(forWidth: width, text: text))
        let first = FigureMarks(figure, in: Rect(x: 0, y: 0, width: width, height: preferred), text: text)
        let reach = first.marks.reduce(preferred) { max($0, $1.frame.maxY) }
        self =
            reach > preferred + 0.5 && reach.isFinite
            ? FigureMarks(figure, in: Rect(x: 0, y: 0, width: width, height: reach.rounded(.up)), text: text) : first
    }

    public func preferredHeight(forWidth width: Double) -> Double { figure.preferredHeight(forWidth: width) }

    public var drawsRepeatedMarks: Bool { figure.drawsRepeatedMarks }

    public func neededHeight(forWidth width: Double, text: TextEngine) -> Double {
        figure.neededHeight(forWidth: width, text: text)
    }

    /// The marks made for `rect`; in another rectangle the figure's own.
    public func marks(in rect: Rect, text: TextEngine) -> [Mark] {
        rect == self.rect ? marks : figure.marks(in: rect, text: text)
    }
}

extension FigureDrawing {
    /// The height the drawing takes `width` points wide, its text laid out by `text` as it will be drawn: for a
    /// figure made of marks the height its marks reach (`FigureMarks(fitting:)`), for a picture its proportion.
    public func height(forWidth width: Double, text: TextEngine) -> Double {
        guard let figure = self as? any MarkedFigure, width.isFinite, width > 0 else {
            return preferredHeight(forWidth: width)
        }
        return FigureMarks(fitting: figure, width: width, text: text).rect.height
    }
}

extension Page {
    /// The page with every figure made of marks laid out into `FigureMarks` by `measurer`: what painting draws and
    /// what tests inspect before anything is drawn.
    public func withFigureMarks(_ measurer: TextMeasuring) -> Page {
        mapDrawings { measurer.figureMarks($0, in: $1) ?? $0 }
    }

    /// The page with every drawing replaced by what `transform` makes of it and its rectangle, depth first in
    /// reading order.
    func mapDrawings(_ transform: (any FigureDrawing, Rect) -> any FigureDrawing) -> Page {
        var page = self
        page.items = items.map { $0.mapDrawings(transform) }
        return page
    }
}

extension FrameItem {
    /// The item with every drawing among it and its children replaced by what `transform` makes of it.
    func mapDrawings(_ transform: (any FigureDrawing, Rect) -> any FigureDrawing) -> FrameItem {
        switch self {
        case .drawing(let drawing, let rect): .drawing(transform(drawing, rect), rect)
        case .group(let role, let items): .group(role, items.map { $0.mapDrawings(transform) })
        case .text, .fill, .rule, .destination, .link: self
        }
    }
}
