import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@Suite("Images")
struct PNGFigureTests {
    @Test("a PNG's size is read from its header, and draws at its aspect ratio")
    func size() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("logo.png").path
        let picture = try PNGDocument(size: Size(width: 60, height: 20), pixelsPerPoint: 2)
        try picture.write(to: path)
        let figure = try PNGFigure(path: path)
        #expect(figure.pixelWidth == 120 && figure.pixelHeight == 40)
        #expect(abs(figure.preferredHeight(forWidth: 300) - 100) < 0.001)
    }

    @Test("a missing image or a file that is not a PNG is an error naming the file and the fix")
    func errors() throws {
        let folder = try PDFInspection.temporaryDirectory()
        #expect {
            try PNGFigure(path: folder.appendingPathComponent("fehlt.png").path)
        } throws: { "\($0)".contains("fehlt.png") && "\($0)".contains("Check the path") }
        let text = folder.appendingPathComponent("logo.png")
        try "not an image".write(to: text, atomically: true, encoding: .utf8)
        #expect {
            try PNGFigure(path: text.path)
        } throws: { "\($0)".contains("not a PNG") }
    }
}
