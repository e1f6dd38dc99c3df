import CairoBridge
import Layout

/// The size a figure is drawn at in the HTML, DOCX and ODT formats: the width it has, as tall as it wants
/// at that width, within sensible bounds.
enum FigureSize {
    static func of(_ drawing: any FigureDrawing, width: Double) -> Size {
        let height = drawing.preferredHeight(forWidth: width)
        return Size(width: width, height: height.isFinite ? min(max(height, 40), 2000) : 300)
    }
}
