import CCairo

extension Canvas {
    /// Draws what `draw` draws, in coordinates from (0, 0) to `size`, with (0, 0) at `origin`.
    ///
    /// On a PDF the drawing is made once per `key` and every page refers to it: a Form XObject written once per
    /// document (a city map on each of 143 pages). So `key` must stand for everything `draw` draws (geometry,
    /// colours, line styles and `size`): equal keys mean equal drawings. The caller draws it inside its own
    /// structure element (a Figure); the shared drawing holds no tags. Elsewhere (PNG, SVG) `draw` draws directly.
    ///
    /// Cairo 1.16 cannot write a recording surface into a tagged PDF (it fails with a tag error), so the drawing is
    /// made into a small untagged PDF of its own, the page gets a marker (`RepeatedDrawings.Marker`), and the
    /// PDF/UA pass turns the drawing into a Form XObject and each marker into a reference to it.
    public func drawRepeated(key: AnyHashable, size: Size, at origin: Point, _ draw: (Canvas) -> Void) {
        guard let drawings = repeatedDrawings, let index = drawings.index(of: key, size: size, draw: draw) else {
            withSavedState {
                translate(x: origin.x, y: origin.y)
                draw(self)
            }
            return
        }
        withSavedState {
            let color = RepeatedDrawings.Marker.color(index)
            cairo_set_source_rgb(context, color.red, color.green, color.blue)
            cairo_new_path(context)
            cairo_rectangle(context, origin.x, origin.y, size.width, size.height)
            cairo_fill(context)
        }
    }
}
