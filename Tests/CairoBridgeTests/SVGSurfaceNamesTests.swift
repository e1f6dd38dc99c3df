import Foundation
import Testing

@testable import CairoBridge

@Suite("An SVG file is the same whatever surfaces the process made before it")
struct SVGSurfaceNamesTests {
    /// A small drawing with a clip and text, written as SVG after `before` other surfaces were made.
    static func svg(after before: Int) throws -> String {
        for _ in 0..<before {
            let other = try PNGDocument(size: Size(width: 4, height: 4))
            other.canvas.fill(.rectangle(Rect(x: 0, y: 0, width: 2, height: 2)), with: .white)
        }
        let svg = try SVGDocument(size: Size(width: 60, height: 40), name: "svg-names")
        svg.canvas.fill(
            .rectangle(Rect(x: 5, y: 5, width: 30, height: 20)), with: Color(red: 0.2, green: 0.4, blue: 0.6))
        return try svg.finish()
    }

    @Test("the same drawing made after 0 and after 7 other surfaces gives the same bytes")
    func sameBytes() throws {
        let first = try Self.svg(after: 0)
        let later = try Self.svg(after: 7)
        #expect(first.contains("id=\"surface1\""))
        #expect(first == later)
    }

    @Test("surfaces are numbered in the order they first appear, and references follow their surface")
    func renumbering() {
        let cairo =
            "<g id=\"surface812\"><use xlink:href=\"#surface9\"/><g id=\"surface9\"/><use href=\"#surface812\"/>"
        #expect(
            SVGSurfaceNames.numberedInOrder(cairo)
                == "<g id=\"surface1\"><use xlink:href=\"#surface2\"/><g id=\"surface2\"/><use href=\"#surface1\"/>")
    }
}
