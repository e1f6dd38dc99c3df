import CairoBridge
import Foundation
import PDFInspection
import Testing

@Suite("Drawing")
struct DrawingTests {
    /// Draws on a 100 × 100 pt white picture at one pixel per point and reads it back.
    func picture(_ draw: (Canvas) -> Void) throws -> Image {
        let png = try PNGDocument(size: Size(width: 100, height: 100), pixelsPerPoint: 1)
        draw(png.canvas)
        let path = try PDFInspection.temporaryDirectory().appendingPathComponent("p.png").path
        try png.write(to: path)
        return try Image(pngAt: path)
    }

    let red = Color(red: 1, green: 0, blue: 0)

    @Test("a polygon with a hole filled even-odd leaves the hole empty")
    func polygonWithHole() throws {
        let image = try picture { canvas in
            var path = Path()
            path.addRing([(x: 10.0, y: 10.0), (x: 90, y: 10), (x: 90, y: 90), (x: 10, y: 90)])
            path.addRing([(x: 40.0, y: 40.0), (x: 60, y: 40), (x: 60, y: 60), (x: 40, y: 60)])
            canvas.fill(path, with: red, rule: .evenOdd)
        }
        #expect(image.pixel(x: 20, y: 20) == red)
        #expect(image.pixel(x: 50, y: 50) == .white)
        #expect(image.pixel(x: 95, y: 95) == .white)
    }

    @Test("a curve bulges where its control points pull it, and a clip keeps drawing inside a circle")
    func curvesAndClips() throws {
        let image = try picture { canvas in
            var shape = Path()
            shape.move(to: 10, 90)
            shape.curve(control1: (10, 0), control2: (90, 0), to: (90, 90))
            shape.close()
            canvas.withSavedState {
                canvas.clip(to: .circle(centerX: 50, centerY: 50, radius: 30))
                canvas.fill(shape, with: red)
            }
        }
        #expect(image.pixel(x: 50, y: 40) == red)
        #expect(image.pixel(x: 50, y: 15) == .white, "outside the clip circle")
        #expect(image.pixel(x: 12, y: 30) == .white, "outside the curve")
    }

    @Test("transforms move what is drawn, and alpha blends with white")
    func transformsAndAlpha() throws {
        let image = try picture { canvas in
            canvas.translate(x: 50, y: 50)
            canvas.rotate(radians: .pi / 4)
            canvas.fill(.rectangle(Rect(x: -5, y: -40, width: 10, height: 80)), with: red.withAlpha(0.5))
        }
        let blended = try #require(image.pixel(x: 50, y: 50))
        #expect(abs(blended.red - 1) < 0.02 && abs(blended.green - 0.5) < 0.02)
        #expect(image.pixel(x: 50, y: 15) == .white, "the bar is turned away from the vertical")
        #expect(image.pixel(x: 25, y: 75)?.green ?? 1 < 0.6, "and lies on the diagonal")
    }
}
