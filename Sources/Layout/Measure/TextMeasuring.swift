import CairoBridge

/// Lays out text for pagination. The real one is Pango (`PangoMeasurer`); tests may use a fake with
/// fixed advances, so positions can be checked without fonts.
public protocol TextMeasuring: AnyObject {
    func measure(markup: String, style: TextStyle, width: Double?) -> MeasuredText
    /// The marks `drawing` makes in `rect`, its text laid out as the painter will draw it; nil for a drawing
    /// without marks (a picture) or a measurer that lays out no figure text (a fake).
    func figureMarks(_ drawing: any FigureDrawing, in rect: Rect) -> FigureMarks?
    /// The height `drawing` takes `width` points wide: the height its marks reach with their text laid out as the
    /// painter will draw it (`FigureDrawing.height(forWidth:text:)`); a fake without figure text may estimate.
    func figureHeight(_ drawing: any FigureDrawing, width: Double) -> Double
}

/// Measured text: line positions for the paginator, and the Pango layout for the painter when there is one.
public struct MeasuredText {
    public var size: Size
    public var lines: [LineMetrics]
    /// The layout to paint; nil with fake measurers.
    public var layout: TextLayout?
    public var style: TextStyle

    public init(size: Size, lines: [LineMetrics], layout: TextLayout?, style: TextStyle) {
        self.size = size
        self.lines = lines
        self.layout = layout
        self.style = style
    }

    /// The height of lines `range` from the top of the first to the bottom of the last.
    public func height(of range: Range<Int>) -> Double {
        guard let first = range.first, let last = range.last, first >= 0, last < lines.count else { return 0 }
        return lines[last].top + lines[last].height - lines[first].top
    }

    /// Link rectangles relative to the layout's top-left (empty with fake measurers).
    public func rectangles(forByteRange range: Range<Int>) -> [Rect] {
        layout?.rectangles(forByteRange: range) ?? []
    }
}

/// Measurement with Pango, the same layouts that are later painted.
///
/// Each text is laid out once per document: pagination measures a heading, the first lines of what follows it
/// and a table's cells to decide where a page breaks, then measures them again where it places them, and the
/// running header is the same on every page. The profile of `reportgen bench` put Pango's shaping at a quarter of
/// all CPU time, half of it measuring again what was measured before. A Pango layout does not change once made,
/// so the same one may be placed twice.
public final class PangoMeasurer: TextMeasuring {
    public let engine: TextEngine
    private var measured: [Key: MeasuredText] = [:]

    private struct Key: Hashable {
        var markup: String
        var style: TextStyle
        var width: Double?
    }

    public init(engine: TextEngine = TextEngine()) {
        self.engine = engine
    }

    public func measure(markup: String, style: TextStyle, width: Double?) -> MeasuredText {
        let key = Key(markup: markup, style: style, width: width)
        if let known = measured[key] { return known }
        let layout = engine.layout(markup: markup, style: style, width: width)
        let text = MeasuredText(size: layout.size, lines: layout.lines, layout: layout, style: style)
        measured[key] = text
        return text
    }

    /// Lets go of the texts measured so far (the laid-out pages keep theirs): call when a document is laid out.
    public func forget() {
        measured.removeAll(keepingCapacity: true)
    }

    public func figureMarks(_ drawing: any FigureDrawing, in rect: Rect) -> FigureMarks? {
        (drawing as? any MarkedFigure).map { FigureMarks($0, in: rect, text: engine) }
    }

    public func figureHeight(_ drawing: any FigureDrawing, width: Double) -> Double {
        drawing.height(forWidth: width, text: engine)
    }
}
