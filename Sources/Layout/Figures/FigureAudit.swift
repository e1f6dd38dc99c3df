import CairoBridge

/// What the preflight finds in a figure's marks before anything is painted: labels that touch each other or a
/// reference line, labels cut by the figure's frame (or by the map frame they are clipped to), and a locator
/// inset that was asked for but left out.
public struct FigureAudit: Hashable, Sendable {
    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        case collision(String, String)
        case cutLabel(String)
        case droppedLocator

        public var description: String {
            switch self {
            case .collision(let a, let b): "\(a) overlaps \(b)"
            case .cutLabel(let label): "\(label) is cut by the edge of the figure"
            case .droppedLocator: "the locator inset was left out for want of room"
            }
        }
    }

    public var problems: [Problem]

    /// Audits `drawing` as it would be drawn in `rect`; drawings that do not compute marks have no problems.
    public init(_ drawing: any FigureDrawing, in rect: Rect, text: TextEngine) {
        let figure = drawing as? any MarkedFigure
        self.init(figure, marks: figure?.marks(in: rect, text: text) ?? [], in: rect)
    }

    /// Audits the marks a figure made for `laidOut.rect`.
    init(_ laidOut: FigureMarks) {
        self.init(laidOut.figure, marks: laidOut.marks, in: laidOut.rect)
    }

    private init(_ figure: (any MarkedFigure)?, marks: [Mark], in rect: Rect) {
        var problems = Self.problems(in: marks, clip: rect)
        if let map = ((figure as? FigureMarks)?.figure ?? figure) as? ChoroplethMap, map.spec.locator != nil,
            !Mark.flatten(marks).contains(where: { $0.role == .locator })
        {
            problems.append(.droppedLocator)
        }
        self.problems = problems
    }

    /// Whether the marks made for `laidOut.rect` are whole: no label cut by the frame (or the map frame it is clipped
    /// to), no locator left out. Labels that touch are not counted: a figure may be drawn so at its true size too.
    public static func isWhole(_ laidOut: FigureMarks) -> Bool {
        !FigureAudit(laidOut).problems.contains { problem in
            if case .collision = problem { return false }
            return true
        }
    }

    /// Problems among `marks`, whose text must stay inside `clip`.
    static func problems(in marks: [Mark], clip: Rect) -> [Problem] {
        var labels: [(frame: Rect, name: String)] = []
        var lines: [(a: Point, b: Point, name: String)] = []
        var problems: [Problem] = []
        collect(marks, clip: clip, labels: &labels, lines: &lines, problems: &problems)
        for i in labels.indices {
            let inner = labels[i].frame.insetBy(dx: 0.5, dy: 0.5)
            for j in labels.indices where j > i && inner.intersects(labels[j].frame.insetBy(dx: 0.5, dy: 0.5)) {
                problems.append(.collision(labels[i].name, labels[j].name))
            }
            for line in lines where Self.segment(from: line.a, to: line.b, crosses: inner) {
                problems.append(.collision(labels[i].name, line.name))
            }
        }
        return problems
    }

    private static func collect(
        _ marks: [Mark], clip: Rect, labels: inout [(frame: Rect, name: String)],
        lines: inout [(a: Point, b: Point, name: String)], problems: inout [Problem]
    ) {
        for mark in marks {
            switch mark.shape {
            case .clipped(let rect, let inner):
                collect(inner, clip: rect, labels: &labels, lines: &lines, problems: &problems)
            case .repeated(let group, let origin):
                collect(group.placed(at: origin), clip: clip, labels: &labels, lines: &lines, problems: &problems)
            case .text, .upwardText:
                let name = "\(mark.role)"
                labels.append((mark.frame, name))
                if !clip.insetBy(dx: -0.5, dy: -0.5).encloses(mark.frame) { problems.append(.cutLabel(name)) }
            case .stroke where isReferenceLine(mark.role):
                let frame = mark.frame
                lines.append((Point(x: frame.x, y: frame.y), Point(x: frame.maxX, y: frame.maxY), "\(mark.role)"))
            default: break
            }
        }
    }

    private static func isReferenceLine(_ role: MarkRole) -> Bool {
        if case .referenceLine = role { return true }
        return false
    }

    /// Whether the straight segment from `a` to `b` passes through `rect`.
    static func segment(from a: Point, to b: Point, crosses rect: Rect) -> Bool {
        guard rect.width > 0, rect.height > 0 else { return false }
        // Liang–Barsky clipping of the segment against the rectangle.
        var low = 0.0
        var high = 1.0
        let dx = b.x - a.x
        let dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.x), (dx, rect.maxX - a.x), (-dy, a.y - rect.y), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low > high { return false }
        }
        return true
    }
}
