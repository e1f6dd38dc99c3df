import CairoBridge
import Testing

@testable import ReportGen

private func hexes(_ colors: [Color]) -> [String] { colors.map(\.hex) }

@Suite("ColorBrewer palettes")
struct PaletteTests {
    // Reference values from colorbrewer2.org, typed from its published tables.
    @Test("spot checks against ColorBrewer")
    func spotChecks() throws {
        #expect(try hexes(Palette.blues.colors(count: 5)) == ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"])
        #expect(try Palette.blues.colors(count: 9).last?.hex == "#08306b")
        #expect(try hexes(Palette.ylOrRd.colors(count: 3)) == ["#ffeda0", "#feb24c", "#f03b20"])
        #expect(try hexes(Palette.set2.colors(count: 3)) == ["#66c2a5", "#fc8d62", "#8da0cb"])
        #expect(try hexes(Palette.rdBu.colors(count: 3)) == ["#ef8a62", "#f7f7f7", "#67a9cf"])
        #expect(try hexes(Palette.greys.colors(count: 3)) == ["#f0f0f0", "#bdbdbd", "#636363"])
    }

    @Test("every palette has consecutive colour sets from 3 classes, each of its own size")
    func structure() throws {
        #expect(Palette.all.count == 16)
        for palette in Palette.all {
            #expect(palette.definedCounts.lowerBound == 3, "\(palette.name)")
            #expect(palette.definedCounts.upperBound >= 8, "\(palette.name)")
            for count in palette.definedCounts {
                #expect(try palette.colors(count: count).count == count, "\(palette.name) \(count)")
            }
        }
        #expect(Palette.blues.definedCounts == 3...9)
        #expect(Palette.rdBu.definedCounts == 3...11)
        #expect(Palette.paired.definedCounts == 3...12)
    }

    @Test("one or two classes take the middle, or the ends, of the three-colour set")
    func fewClasses() throws {
        #expect(try hexes(Palette.rdBu.colors(count: 1)) == ["#f7f7f7"])
        #expect(try hexes(Palette.blues.colors(count: 2)) == ["#deebf7", "#3182bd"])
    }

    @Test("too many or no classes is an error")
    func unsupported() {
        #expect(throws: PaletteError.unsupportedCount(palette: "Blues", requested: 10, available: 3...9)) {
            try Palette.blues.colors(count: 10)
        }
        #expect(throws: PaletteError.self) { try Palette.blues.colors(count: 0) }
    }

    @Test("the defaults are colour-blind safe; Paired is from 5 classes on")
    func colorBlindSafety() {
        for kind: Palette.Kind in [.sequential, .diverging, .qualitative] {
            #expect(Palette.standard(for: kind).isColorBlindSafe(count: 3))
        }
        #expect(Palette.paired.isColorBlindSafe(count: 4))
        #expect(!Palette.paired.isColorBlindSafe(count: 5))
        #expect(Palette.rdYlBu.isColorBlindSafe(count: 11))
    }

    @Test("palettes are found by name regardless of case and dashes, with a suggestion for typos")
    func lookup() throws {
        #expect(try Palette.named("blues") == .blues)
        #expect(try Palette.named("Yl-Or-Rd") == .ylOrRd)
        #expect(throws: PaletteError.self) { try Palette.named("Bleus") }
        do {
            _ = try Palette.named("Bleus")
        } catch let error as PaletteError {
            #expect(error.description.contains("Did you mean \"Blues\"?"))
        }
    }
}
