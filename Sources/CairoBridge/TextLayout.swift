import CCairo

/// A paragraph laid out by Pango: its size, its lines, and where each line sits.
///
/// The corresponding C type is `PangoLayout`.
public final class TextLayout {
    let layout: OpaquePointer
    /// The width the text was broken to, or nil for a single unbroken line.
    public let width: Double?
    public let style: TextStyle
    /// The lines from top to bottom, positions relative to the top of the layout.
    public private(set) var lines: [LineMetrics] = []
    /// The logical size of the whole layout.
    public private(set) var size = Size(width: 0, height: 0)
    /// Whether the markup was valid; when not, the text was laid out as plain text.
    public let markupWasValid: Bool

    init(engine: TextEngine, markup: String, style: TextStyle, width: Double?) {
        layout = pango_layout_new(engine.context)
        self.width = width
        self.style = style
        let description = style.font.makeDescription()
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        if let width {
            pango_layout_set_width(layout, Int32(clamping: Int(max(0, min(width, 1e6)) * Double(PANGO_SCALE))))
        }
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justified: pango_layout_set_justify(layout, 1)
        }
        if style.lineSpacing != 1.0 { pango_layout_set_line_spacing(layout, Float(max(0.5, style.lineSpacing))) }
        markupWasValid = TextLayout.setMarkup(markup, on: layout)
        measure()
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    /// The baseline of the first line, from the top of the layout.
    public var firstBaseline: Double { lines.first?.baseline ?? 0 }

    /// The rectangles (relative to the layout's top-left) covering UTF-8 byte range `range` of the text,
    /// one per line it spans: used for link areas.
    public func rectangles(forByteRange range: Range<Int>) -> [Rect] {
        var result: [Rect] = []
        for line in lines where line.byteRange.overlaps(range) {
            let start = max(range.lowerBound, line.byteRange.lowerBound)
            let end = min(range.upperBound, line.byteRange.upperBound)
            var startX: Int32 = 0
            var endX: Int32 = 0
            pango_layout_index_to_line_x(layout, Int32(start), 0, nil, &startX)
            pango_layout_index_to_line_x(layout, Int32(end), 0, nil, &endX)
            let x0 = Double(min(startX, endX)) / Double(PANGO_SCALE)
            let x1 = Double(max(startX, endX)) / Double(PANGO_SCALE)
            result.append(Rect(x: line.x + x0, y: line.top, width: x1 - x0, height: line.height))
        }
        return result
    }

    /// The ordinals (0-based, among all soft hyphens of the text) of the soft hyphens at which a line breaks.
    /// The text laid out, without its markup: what the PDF's text layer receives.
    /// The corresponding C function is `pango_layout_get_text`.
    public var text: String {
        pango_layout_get_text(layout).map { String(cString: $0) } ?? ""
    }

    var softHyphensAtLineEnds: Set<Int> {
        let bytes = Array(text.utf8)
        let ends = Set(lines.dropLast().map(\.byteRange.upperBound))
        var result: Set<Int> = []
        var ordinal = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == 0xC2 && bytes[index + 1] == 0xAD {
                if ends.contains(index + 2) { result.insert(ordinal) }
                ordinal += 1
                index += 2
            } else {
                index += 1
            }
        }
        return result
    }

    private static func setMarkup(_ markup: String, on layout: OpaquePointer) -> Bool {
        var attributes: OpaquePointer? = nil
        var text: UnsafeMutablePointer<CChar>? = nil
        let ok = pango_parse_markup(markup, -1, 0, &attributes, &text, nil, nil) != 0
        if ok, let text {
            pango_layout_set_text(layout, text, -1)
            pango_layout_set_attributes(layout, attributes)
        } else {
            pango_layout_set_text(layout, markup, -1)
        }
        if let attributes { pango_attr_list_unref(attributes) }
        g_free(text)
        return ok
    }

    private func measure() {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        size = Size(width: Double(logical.width) / scale, height: Double(logical.height) / scale)
        guard let iterator = pango_layout_get_iter(layout) else { return }
        defer { pango_layout_iter_free(iterator) }
        repeat {
            var lineRect = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &lineRect)
            var top: Int32 = 0
            var bottom: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, &bottom)
            let baseline = Double(pango_layout_iter_get_baseline(iterator)) / scale
            let line = pango_layout_iter_get_line_readonly(iterator)
            let startIndex = Int(line?.pointee.start_index ?? 0)
            let length = Int(line?.pointee.length ?? 0)
            lines.append(
                LineMetrics(
                    index: lines.count, top: Double(top) / scale, height: Double(bottom - top) / scale,
                    baseline: baseline, x: Double(lineRect.x) / scale, width: Double(lineRect.width) / scale,
                    byteRange: startIndex..<(startIndex + max(0, length))))
        } while pango_layout_iter_next_line(iterator) != 0
    }
}

@available(*, unavailable, message: "Pango layouts are not thread-safe")
extension TextLayout: Sendable {}

/// A layout equals only itself: it holds Pango's state, so two layouts of the same text are two objects.
extension TextLayout: Hashable {
    public static func == (lhs: TextLayout, rhs: TextLayout) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// One line of a laid-out paragraph, relative to the top-left of the layout.
public struct LineMetrics: Hashable, Sendable {
    public var index: Int
    public var top: Double
    public var height: Double
    public var baseline: Double
    public var x: Double
    public var width: Double
    public var byteRange: Range<Int>

    public init(
        index: Int, top: Double, height: Double, baseline: Double, x: Double, width: Double, byteRange: Range<Int>
    ) {
        self.index = index
        self.top = top
        self.height = height
        self.baseline = baseline
        self.x = x
        self.width = width
        self.byteRange = byteRange
    }
}

extension Canvas {
    /// Draws the whole layout with its top-left corner at `(x, y)`.
    public func draw(_ text: TextLayout, x: Double, y: Double) {
        draw(text, lines: 0..<text.lines.count, x: x, y: y)
    }

    /// Draws the lines `lines` of `text` so that the top of the first of them is at `y`: used when a
    /// paragraph is split across pages.
    public func draw(_ text: TextLayout, lines: Range<Int>, x: Double, y: Double) {
        let lines = lines.clamped(to: 0..<text.lines.count)
        guard let first = lines.first else { return }
        setColor(text.style.color)
        let offset = y - text.lines[first].top
        for index in lines {
            let metrics = text.lines[index]
            guard let line = pango_layout_get_line_readonly(text.layout, Int32(index)) else { continue }
            cairo_move_to(context, x + metrics.x, offset + metrics.baseline)
            pango_cairo_show_layout_line(context, line)
        }
    }
}
