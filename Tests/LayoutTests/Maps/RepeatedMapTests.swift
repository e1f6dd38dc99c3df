import CairoBridge
import Foundation
import PDFInspection
import Testing

@testable import Layout

@Suite("A city map repeated across the pages of a document is written once; only an identical map is shared")
struct RepeatedMapTests {
    /// The city map highlighting area `index`.
    static func map(highlighting index: Int) -> ChoroplethMapSpec {
        var spec = SampleMaps.cityMap()
        spec.highlightedKey = "PR\(index)"
        spec.locator = nil
        spec.points = []
        return spec
    }

    /// A document of one page per map, each under a heading, rendered to PDF and read back.
    static func render(_ maps: [ChoroplethMapSpec]) throws -> FormUse {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("karten.pdf").path
        let blocks = maps.enumerated().flatMap { index, spec -> [Block] in
            (index > 0 ? [.pageBreak] : [])
                + [
                    .heading(Heading(level: 1, "Bezirksregion \(index + 1)")),
                    .paragraph(Paragraph(String(repeating: "Text über die Bezirksregion. ", count: 1 + index * 9))),
                    .figure(Figure(ChoroplethMap(spec), caption: "Kinderarmut")),
                ]
        }
        let document = Document(metadata: PDFMetadata(title: "Karten"), words: .german, blocks: blocks)
        try PDFRenderer().render(document, to: URL(fileURLWithPath: path))
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        return try FormUse(path: path)
    }

    /// The marks a map shares with other pages, for a figure `width` wide.
    static func repeated(_ spec: ChoroplethMapSpec, width: Double = 441) -> [RepeatedMarks] {
        let marks = ChoroplethMap(spec).marks(in: Rect(x: 50, y: 80, width: width, height: 320), text: TextEngine())
        return marks.flatMap { mark -> [Mark] in if case .clipped(_, let inner) = mark.shape { inner } else { [mark] } }
            .compactMap { mark in if case .repeated(let group, _) = mark.shape { group } else { nil } }
    }

    @Test("three pages with the same map, each highlighting its own area at another height, draw one Form XObject")
    func sameMapOnce() throws {
        let use = try Self.render([
            Self.map(highlighting: 10), Self.map(highlighting: 250), Self.map(highlighting: 500),
        ])
        #expect(use.forms.count == 1)
        #expect(use.drawn.count == 3)
        #expect(use.drawn.allSatisfy { $0.count == 1 })
        #expect(Set(use.drawn.joined()) == use.forms)
    }

    @Test("a map alone in its document is drawn on its page, not as a Form XObject; the same map twice is one form")
    func usedOnceDrawnDirectly() throws {
        let once = try Self.render([Self.map(highlighting: 10)])
        #expect(once.forms.isEmpty)
        #expect(once.drawn == [[]])
        let twice = try Self.render([Self.map(highlighting: 10), Self.map(highlighting: 250)])
        #expect(twice.forms.count == 1)
        #expect(twice.drawn.map(\.count) == [1, 1])
        #expect(Set(twice.drawn.joined()) == twice.forms)
    }

    @Test("drawn directly, the map's areas are in the page's own content")
    func usedOnceOnItsPage() throws {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("karte.pdf").path
        let spec = Self.map(highlighting: 10)
        let document = Document(
            metadata: PDFMetadata(title: "Karte"), words: .german,
            blocks: [.figure(Figure(ChoroplethMap(spec), caption: "Kinderarmut"))])
        try PDFRenderer().render(document, to: URL(fileURLWithPath: path))
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let qdf = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        let page = qdf.components(separatedBy: "%% Contents for page 1").dropFirst().first ?? ""
        let content = page.components(separatedBy: "endstream").first ?? ""
        // Every area (a square in the sample map) is on the page itself: Cairo writes each as `x y w h re`.
        let squares = content.components(separatedBy: " re").count - 1
        #expect(squares >= spec.areas.count, "\(squares) squares for \(spec.areas.count) areas")
    }

    @Test("a map with one area coloured differently is not shared with the others")
    func otherColoursApart() throws {
        var recoloured = Self.map(highlighting: 10)
        recoloured.areas[3].fill = .color(.black)
        let use = try Self.render([Self.map(highlighting: 10), recoloured, Self.map(highlighting: 500)])
        #expect(use.forms.count == 2)
        #expect(use.drawn.map(\.count) == [1, 1, 1])
        #expect(use.drawn[0] == use.drawn[2])
        #expect(use.drawn[0] != use.drawn[1])
    }

    @Test("the shared part is equal only for the same geometry, colours and size; the highlight stays apart")
    func honestKey() throws {
        let base = try #require(Self.repeated(Self.map(highlighting: 10)).first)
        #expect(Self.repeated(Self.map(highlighting: 250)) == [base])
        var moved = Self.map(highlighting: 10)
        moved.areas[7].geometry = SampleMaps.square(7, 0, size: 990)
        #expect(Self.repeated(moved) != [base])
        var missing = Self.map(highlighting: 10)
        missing.areas[8].fill = .missing
        #expect(Self.repeated(missing) != [base])
        #expect(Self.repeated(Self.map(highlighting: 10), width: 300) != [base])
        #expect(!base.marks.contains { $0.role == .highlightOutline })
    }

    @Test("a page takes the shared part another page made of the same areas; areas changed since are made anew")
    func madeOncePerAreas() throws {
        let spec = Self.map(highlighting: 10)
        var other = spec
        other.highlightedKey = "PR250"
        let base = try #require(Self.repeated(spec).first)
        #expect(Self.repeated(other) == [base])
        // The same arrays, changed after the first page drew them: never the old drawing.
        var recoloured = spec
        recoloured.areas[3].fill = .color(.black)
        #expect(Self.repeated(recoloured) != [base])
        var context = spec
        context.context.append(SampleMaps.square(3, 3, size: 500))
        #expect(Self.repeated(context) != [base])
        #expect(Self.repeated(spec) == [base])
    }
}
