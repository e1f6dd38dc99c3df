import CairoBridge

/// One thing a figure draws, in page coordinates: figures first compute their marks (plain values that tests
/// can read without drawing a pixel), then `FigurePainter` paints them in order.
public struct Mark: Hashable {
    public enum Shape: Hashable {
        case fill(Path, Color, FillRule)
        case stroke(Path, Color, StrokeStyle)
        /// Diagonal hatching over a background: the mark of "k. A." areas and legend entries.
        case hatch(Path, background: Color, lines: Color)
        /// Text laid out by Pango, its top-left corner at `origin`.
        case text(TextLayout, origin: Point)
        /// Text turned to read upwards, the bottom-left corner of its frame at `origin`.
        case upwardText(TextLayout, origin: Point)
        /// Marks drawn only inside a rectangle, e.g. a map inside its frame.
        case clipped(Rect, [Mark])
        /// Marks that are the same wherever the figure appears in a document (a city map's areas), placed with
        /// their (0, 0) at `origin`: a PDF holds them once and every page refers to them (`Canvas.drawRepeated`).
        case repeated(RepeatedMarks, origin: Point)
    }

    public var shape: Shape
    public var role: MarkRole
    /// The box the mark covers, for tests and collision checks (the path's or the text's extent).
    public var frame: Rect

    public init(_ shape: Shape, role: MarkRole, frame: Rect) {
        self.shape = shape
        self.role = role
        self.frame = frame
    }

    public static func rectangle(_ rect: Rect, _ color: Color, role: MarkRole) -> Mark {
        Mark(.fill(.rectangle(rect), color, .nonZero), role: role, frame: rect)
    }

    public static func line(from a: Point, to b: Point, _ color: Color, _ style: StrokeStyle, role: MarkRole) -> Mark {
        var path = Path()
        path.move(to: a.x, a.y)
        path.line(to: b.x, b.y)
        let frame = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
        return Mark(.stroke(path, color, style), role: role, frame: frame)
    }

    public static func text(_ layout: TextLayout, at origin: Point, role: MarkRole) -> Mark {
        let frame = Rect(x: origin.x, y: origin.y, width: layout.size.width, height: layout.size.height)
        return Mark(.text(layout, origin: origin), role: role, frame: frame)
    }

    /// `label` on a white ground a little larger than itself, so that grid and reference lines crossing it
    /// stop short of the text.
    public static func knockedOut(_ label: Mark) -> [Mark] {
        [.rectangle(label.frame.insetBy(dx: -1, dy: 0), .white, role: .decoration), label]
    }

    /// Text reading upwards, its frame's bottom-left corner at `origin`.
    public static func upwardText(_ layout: TextLayout, at origin: Point, role: MarkRole) -> Mark {
        let frame = Rect(
            x: origin.x, y: origin.y - layout.size.width, width: layout.size.height, height: layout.size.width)
        return Mark(.upwardText(layout, origin: origin), role: role, frame: frame)
    }

    /// The same mark moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Mark {
        let moved: Shape
        switch shape {
        case .fill(let path, let color, let rule): moved = .fill(path.offsetBy(dx: dx, dy: dy), color, rule)
        case .stroke(let path, let color, let style): moved = .stroke(path.offsetBy(dx: dx, dy: dy), color, style)
        case .hatch(let path, let background, let lines):
            moved = .hatch(path.offsetBy(dx: dx, dy: dy), background: background, lines: lines)
        case .text(let layout, let origin): moved = .text(layout, origin: Point(x: origin.x + dx, y: origin.y + dy))
        case .upwardText(let layout, let origin):
            moved = .upwardText(layout, origin: Point(x: origin.x + dx, y: origin.y + dy))
        case .clipped(let rect, let inner):
            moved = .clipped(rect.offsetBy(dx: dx, dy: dy), inner.map { $0.offsetBy(dx: dx, dy: dy) })
        case .repeated(let group, let origin):
            moved = .repeated(group, origin: Point(x: origin.x + dx, y: origin.y + dy))
        }
        return Mark(moved, role: role, frame: frame.offsetBy(dx: dx, dy: dy))
    }

    /// These marks with every clipped or repeated group replaced by its contents in page coordinates, in painting
    /// order.
    public static func flatten(_ marks: [Mark]) -> [Mark] {
        marks.flatMap { mark -> [Mark] in
            switch mark.shape {
            case .clipped(_, let inner): flatten(inner)
            case .repeated(let group, let origin): flatten(group.placed(at: origin))
            default: [mark]
            }
        }
    }

    /// The fill colour of a filled mark, nil for other shapes.
    public var fillColor: Color? {
        if case .fill(_, let color, _) = shape { return color }
        return nil
    }
}

/// Marks in coordinates from (0, 0) to `size` that a figure draws the same way on many pages. Equal values are
/// equal drawings (every path, colour, line style and the size take part), so a document may hold them once.
/// Copies share one storage with the hash worked out once: a page that takes the marks another page made
/// (`FigureMemo`) finds its drawing without looking at every mark again.
public struct RepeatedMarks: Hashable {
    private final class Storage {
        let size: Size
        let marks: [Mark]
        let hash: Int

        init(size: Size, marks: [Mark]) {
            self.size = size
            self.marks = marks
            var hasher = Hasher()
            hasher.combine(size)
            hasher.combine(marks)
            hash = hasher.finalize()
        }
    }

    private let storage: Storage
    public var size: Size { storage.size }
    public var marks: [Mark] { storage.marks }

    public init(size: Size, marks: [Mark]) {
        storage = Storage(size: size, marks: marks)
    }

    public static func == (a: RepeatedMarks, b: RepeatedMarks) -> Bool {
        a.storage === b.storage || (a.storage.hash == b.storage.hash && a.size == b.size && a.marks == b.marks)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.hash)
    }

    /// The marks with their (0, 0) at `origin`.
    public func placed(at origin: Point) -> [Mark] {
        marks.map { $0.offsetBy(dx: origin.x, dy: origin.y) }
    }
}

/// What a mark stands for, so that tests and accessibility code can find it.
public enum MarkRole: Hashable, Sendable {
    case bar(index: Int, series: Int)
    /// The "k. A." note where a value is missing.
    case missing(index: Int)
    case valueLabel(index: Int)
    case categoryLabel(index: Int)
    case referenceLine(index: Int)
    case referenceLabel(index: Int)
    case gridLine, axisLine, tickLabel, axisTitle
    case series(index: Int)
    case point(index: Int)
    case pointLabel(index: Int)
    case trendLine, annotation
    case range(index: Int)
    case legendSwatch, legendLabel, legendTitle
    case area(index: Int)
    case contextArea, highlightOutline
    case areaLabel(index: Int)
    case poi(index: Int)
    case scaleBar, scaleBarLabel
    case locator
    /// The frame of the inset showing a map's far-off parts (an island, an exclave).
    case farOffInset
    case decoration
}
