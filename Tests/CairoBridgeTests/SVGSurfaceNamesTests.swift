import Foundation
import PDFInspection
import Testing

@testable import CairoBridge

@Suite("An SVG file is the same whatever surfaces the process made before it")
struct SVGSurfaceNamesTests {
    /// A small drawing with a rectangle and a picture (a logo, as in a report's HTML), written as SVG after `before`
    /// other surfaces were made.
    static func svg(after before: Int) throws -> String {
        for _ in 0..<before {
            let other = try PNGDocument(size: Size(width: 4, height: 4))
            other.canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 2, height: 2)), with: .white)
        }
        let logo = try PNGDocument(size: Size(width: 8, height: 4), pixelsPerPoint: 1)
        logo.canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 4, height: 4)), with: Color(red: 0.8, green: 0, blue: 0))
        let path = try PDFInspection.temporaryDirectory().appendingPathComponent("logo.png").path
        try logo.write(to: path)
        let svg = try SVGDocument(size: Size(width: 60, height: 40), name: "svg-names")
        svg.canvas.fill(
            .rectangle(Rect(x: 5, y: 5, width: 30, height: 20)), with: Color(red: 0.2, green: 0.4, blue: 0.6))
        svg.canvas.draw(try Image(pngAt: path), in: Rect(x: 40, y: 5, width: 16, height: 8))
        return try svg.finish()
    }

    @Test("the same drawing with a picture made after 0 and after 7 other surfaces gives the same bytes")
    func sameBytes() throws {
        let first = try Self.svg(after: 0)
        let later = try Self.svg(after: 7)
        #expect(first.contains("id=\"surface1\""))
        #expect(first.contains("id=\"image1\"") && first.contains("href=\"#image1\""), "\(first)")
        #expect(first == later)
    }

    @Test("surfaces are numbered in the order they first appear, and references follow their surface")
    func renumbering() {
        let cairo =
            "<g id=\"surface812\"><use xlink:href=\"#surface9\"/><g id=\"surface9\"/><use href=\"#surface812\"/>"
        #expect(
            SVGSurfaceNames.numberedInOrder(cairo)
                == "<g id=\"surface1\"><use xlink:href=\"#surface2\"/><g id=\"surface2\"/><use href=\"#surface1\"/>")
        let images = "<image id=\"image7441\"/><use xlink:href=\"#image7441\"/><g id=\"surface7442\"/>"
        #expect(
            SVGSurfaceNames.numberedInOrder(images)
                == "<image id=\"image1\"/><use xlink:href=\"#image1\"/><g id=\"surface1\"/>")
    }
}
