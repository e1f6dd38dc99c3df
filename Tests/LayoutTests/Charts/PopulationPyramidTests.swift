import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Population pyramid")
struct PopulationPyramidTests {
    let engine = TextEngine()

    @Test("men grow to the left and women to the right of the band column, on one scale")
    func sides() throws {
        let spec = SampleFigures.pyramid()
        let all = PopulationPyramid(spec).marks(in: TestCanvas.rect, text: engine)
        let men = all.bars().filter { $0.series == 0 }
        let women = all.bars().filter { $0.series == 1 }
        #expect(men.count == 7 && women.count == 8)
        let menEdge = try #require(men.first?.mark.frame.maxX)
        let womenEdge = try #require(women.first?.mark.frame.x)
        #expect(men.allSatisfy { abs($0.mark.frame.maxX - menEdge) < 1e-9 })
        #expect(women.allSatisfy { abs($0.mark.frame.x - womenEdge) < 1e-9 })
        #expect(menEdge < womenEdge)
        let man = try #require(men.first { $0.index == 4 })
        let woman = try #require(women.first { $0.index == 4 })
        #expect(abs(man.mark.frame.width / woman.mark.frame.width - 16.9 / 15.8) < 1e-9)
        #expect(all.contains { $0.role == .missing(index: 7) })
        #expect(all.contains { $0.role == .series(index: 0) } && all.contains { $0.role == .series(index: 1) })
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("mismatched lengths, negative and non-finite values never trap")
    func degenerate() {
        let spec = PopulationPyramidSpec(
            words: .german, areaName: "A", bands: ["a", "b", "c"], men: [1, -2], women: [.nan, .infinity, 3, 4],
            comparisonMen: [nil], comparisonLabel: "Stadt")
        for rect in [TestCanvas.rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 101, height: 51)] {
            _ = PopulationPyramid(spec).marks(in: rect, text: engine)
        }
        _ = PopulationPyramid(PopulationPyramidSpec(words: .german, areaName: "", bands: [], men: [], women: [])).marks(
            in: TestCanvas.rect, text: engine)
        #expect(spec.altText.contains("Keine Angabe"))
    }
}
