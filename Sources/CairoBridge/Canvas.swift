import CCairo

/// A drawing context on a page, an image or an SVG: the only owner of a `cairo_t`.
///
/// Coordinates are in points with y growing downwards. Not thread-safe: use one canvas per thread.
public final class Canvas {
    let context: OpaquePointer
    /// The text alternatives of the figures tagged so far, in drawing order (written into the PDF at the end).
    var figureAlternatives: [String] = []
    /// What the links made so far point to, in order (the links' `/Contents`, written into the PDF at the end).
    var linkDescriptions: [String] = []
    /// The drawings `drawRepeated` writes once per document (PDF documents only; nil elsewhere).
    var repeatedDrawings: RepeatedDrawings?

    init(surface: OpaquePointer, operation: @autoclosure () -> String) throws(CairoError) {
        guard let context = cairo_create(surface) else {
            throw CairoError(operation: operation(), reason: "Cairo returned no context", remedy: "Report this bug.")
        }
        let status = cairo_status(context)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            throw CairoError(status: status, operation: operation())
        }
        self.context = context
    }

    deinit {
        cairo_destroy(context)
    }

    /// Runs `body` with the graphics state (colour, transform, clip, line style) restored afterwards.
    public func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        cairo_save(context)
        defer { cairo_restore(context) }
        return try body()
    }

    public func translate(x: Double, y: Double) {
        cairo_translate(context, x, y)
    }

    public func scale(x: Double, y: Double) {
        cairo_scale(context, x, y)
    }

    public func rotate(radians: Double) {
        cairo_rotate(context, radians)
    }

    public func setColor(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    /// Restricts drawing to `rect` until the saved state is restored.
    public func clip(to rect: Rect) {
        cairo_new_path(context)
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
    }

    /// Restricts drawing to the inside of `path`.
    public func clip(to path: Path, rule: FillRule = .nonZero) {
        add(path)
        cairo_set_fill_rule(context, rule.cairoValue)
        cairo_clip(context)
    }
}

@available(*, unavailable, message: "A Cairo context must only be used from the thread that created it")
extension Canvas: Sendable {}
