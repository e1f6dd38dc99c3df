import CairoBridge

/// A figure laid out: the marks its drawing makes for the rectangle the page gives it, made by
/// `Page.withFigureMarks` through the pages' text measurer, so tests read a page's figures before anything is drawn.
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

    public func preferredHeight(forWidth width: Double) -> Double { figure.preferredHeight(forWidth: width) }

    /// The marks made for `rect`; in another rectangle the figure's own.
    public func marks(in rect: Rect, text: TextEngine) -> [Mark] {
        rect == self.rect ? marks : figure.marks(in: rect, text: text)
    }
}

extension Page {
    /// The page with every figure made of marks laid out into `FigureMarks` by `measurer`: what painting draws and
    /// what tests inspect before anything is drawn.
    public func withFigureMarks(_ measurer: TextMeasuring) -> Page {
        var page = self
        page.items = items.map { $0.withFigureMarks(measurer) }
        return page
    }
}

extension FrameItem {
    /// The item with every figure made of marks laid out into `FigureMarks` by `measurer`.
    func withFigureMarks(_ measurer: TextMeasuring) -> FrameItem {
        switch self {
        case .drawing(let drawing, let rect): .drawing(measurer.figureMarks(drawing, in: rect) ?? drawing, rect)
        case .group(let role, let items): .group(role, items.map { $0.withFigureMarks(measurer) })
        case .text, .fill, .rule, .destination, .link: self
        }
    }
}
