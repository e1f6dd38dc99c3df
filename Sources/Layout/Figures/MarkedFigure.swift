import CairoBridge

// How a figure gets onto the page:
//
//     ReportGen: data ─► classification, colours, German labels ─► spec (BarChartSpec, ChoroplethMapSpec, …)
//     Layout:    spec ─► drawing.marks(in: rect, text:) ─► [Mark] ─► FigurePainter ─► Canvas (PDF, PNG, SVG)
//                spec ─► dataRows (CSV, XLSX) and altText (the PDF's text alternative)
//
// Marks are plain values in page coordinates with a role, so tests check geometry, colours and label overlaps
// without drawing a pixel; painting is a separate walk over them.

/// A figure that computes its marks for a rectangle; drawing paints them.
public protocol MarkedFigure: FigureDrawing {
    /// The marks the figure draws in `rect`; empty when nothing sensible fits.
    func marks(in rect: Rect, text: TextEngine) -> [Mark]
    /// The least height in which the figure's marks are complete `width` points wide, their text laid out by
    /// `text`: more than its proportion (`preferredHeight`) where its text takes more room than the proportion
    /// leaves (many legend classes, wrapped legend labels); in less, the plot would be squeezed away.
    func neededHeight(forWidth width: Double, text: TextEngine) -> Double
    /// Whether the marks may hold a drawing that other figures of the document may show too (`Mark.Shape.repeated`:
    /// a map's areas, a scatter plot's point cloud), which a PDF then holds once.
    var drawsRepeatedMarks: Bool { get }
}

extension MarkedFigure {
    /// A figure whose text takes a share of the room it is given needs no more than its proportion.
    public func neededHeight(forWidth width: Double, text: TextEngine) -> Double { 0 }

    public var drawsRepeatedMarks: Bool { false }
}

extension MarkedFigure {
    public func draw(in canvas: Canvas, rect: Rect, text: TextEngine) {
        guard rect.fits(width: 1, height: 1) else { return }
        canvas.withSavedState {
            canvas.clip(to: rect)
            FigurePainter.paint(marks(in: rect, text: text), on: canvas)
        }
    }
}

/// What a figure can tell about itself besides its picture: the data behind it and a text alternative.
public protocol FigureData {
    /// The header row, then one row per data item; every value as the figure prints it ("35,2 %", "k. A."),
    /// so that data files hand on the published numbers (see `PublishedNumber`).
    var dataRows: [[String]] { get }
    /// A German description of what the figure shows, its extremes and reference values.
    var altText: String { get }
}

/// A drawing made from a spec that knows its data: the drawing's data table and alt text are the spec's. A value
/// (spec and style), so `Sendable`: resolved figures move between threads.
public protocol DataFigure: MarkedFigure, FigureData, Sendable {
    associatedtype Spec: FigureData
    var spec: Spec { get }
}

extension DataFigure {
    public var dataRows: [[String]] { spec.dataRows }
    public var altText: String { spec.altText }
}

extension Figure {
    /// A figure whose text alternative is generated from the data it shows.
    public init(_ drawing: some DataFigure, caption: String, source: String = "") {
        self.init(drawing: drawing, caption: caption, source: source, altText: drawing.altText)
    }
}

extension Rect {
    /// Whether the rectangle is finite and at least `width` by `height` points: the least a figure draws into.
    func fits(width: Double, height: Double) -> Bool {
        x.isFinite && y.isFinite && self.width.isFinite && self.height.isFinite && self.width >= width
            && self.height >= height
    }
}
