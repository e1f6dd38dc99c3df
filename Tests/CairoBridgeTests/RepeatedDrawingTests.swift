import CairoBridge
import Foundation
import PDFInspection
import Testing

@Suite("A drawing repeated on many pages is written once, as a Form XObject that every page refers to")
struct RepeatedDrawingTests {
    /// `count` squares in `color`, as a map's areas.
    static func squares(_ color: Color, count: Int = 200) -> (Canvas) -> Void {
        { canvas in
            for index in 0..<count {
                let rect = Rect(x: Double(index % 20) * 10, y: Double(index / 20) * 10, width: 9, height: 9)
                canvas.fill(.rectangle(rect), with: color)
            }
        }
    }

    /// One page per key, each drawing its key's squares inside a Figure at another place, with a mark of its own.
    static func write(_ pages: [(key: String, color: Color)], to path: String) throws {
        let document = try PDFDocument(path: path, metadata: PDFMetadata(title: "Wiederholte Zeichnung"))
        let size = Size(width: 200, height: 100)
        for (number, page) in pages.enumerated() {
            document.beginPage(size: .a4Portrait)
            document.canvas.tagged(.figure(alternativeText: "Karte \(number + 1)")) {
                let origin = Point(x: 72, y: 100 + Double(number) * 13.7)
                document.canvas.drawRepeated(key: page.key, size: size, at: origin, squares(page.color))
                let own = Rect(x: origin.x + Double(number) * 10, y: origin.y, width: 9, height: 9)
                document.canvas.fill(.rectangle(own), with: .black)
            }
        }
        try document.finish()
    }

    @Test("three pages drawing the same key draw one Form XObject, and the file passes qpdf --check")
    func sharedOnce() throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gleich.pdf").path
        let blue = Color(red: 0.2, green: 0.4, blue: 0.8)
        try Self.write([("Karte", blue), ("Karte", blue), ("Karte", blue)], to: path)

        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let use = try FormUse(path: path)
        #expect(use.forms.count == 1)
        #expect(use.drawn.count == 3)
        #expect(use.drawn.allSatisfy { $0.count == 1 && use.forms.isSuperset(of: $0) })
        #expect(Set(use.drawn.joined()).count == 1)
    }

    @Test("drawings under different keys are written apart; a file of one drawn once per page is as big as one")
    func differentKeys() throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blue = Color(red: 0.2, green: 0.4, blue: 0.8)
        let red = Color(red: 0.8, green: 0.2, blue: 0.1)
        let mixed = folder.appendingPathComponent("verschieden.pdf").path
        try Self.write([("blau", blue), ("rot", red), ("blau", blue)], to: mixed)
        let use = try FormUse(path: mixed)
        #expect(use.forms.count == 2)
        #expect(use.drawn.map(\.count) == [1, 1, 1])
        #expect(use.drawn[0] == use.drawn[2])
        #expect(use.drawn[0] != use.drawn[1])
    }
}
