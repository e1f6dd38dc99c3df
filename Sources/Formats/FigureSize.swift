import CairoBridge
import Layout

/// The size a figure is drawn at in the HTML, DOCX and ODT formats: the width it has, as tall as its marks reach
/// at that width with their text laid out by `engine`, within sensible bounds.
enum FigureSize {
    static func of(_ drawing: any FigureDrawing, width: Double, engine: TextEngine) -> Size {
        let height = drawing.height(forWidth: width, text: engine)
        return Size(width: width, height: height.isFinite ? min(max(height, 40), 2000) : 300)
    }
}
