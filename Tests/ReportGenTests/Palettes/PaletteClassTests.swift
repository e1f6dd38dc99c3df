import CairoBridge
import Testing

@testable import ReportGen

private func hexes(_ colors: [Color]) -> [String] { colors.map(\.hex) }

/// Classes ≤10, (10,20], (20,30], (30,40], (40,50].
private func tens() throws -> Classification {
    try Classification(values: [5, 50], scheme: .userDefined([10, 20, 30, 40, 50]))
}

// RdBu with 7 colours, warm to cool: B2182B EF8A62 FDDBC7 F7F7F7 D1E5F0 67A9CF 2166AC.
@Suite("palette colours for classes, polarity and centring")
struct PaletteClassTests {
    @Test("sequential: dark is high for higher-is-worse and neutral, low for higher-is-better")
    func sequentialPolarity() throws {
        let classes = try Classification(values: [1, 2, 3], scheme: .equalInterval(k: 3))
        let blues3 = ["#deebf7", "#9ecae1", "#3182bd"]
        #expect(try hexes(Palette.blues.colors(for: classes, polarity: .higherIsWorse)) == blues3)
        #expect(try hexes(Palette.blues.colors(for: classes, polarity: .neutral)) == blues3)
        #expect(try hexes(Palette.blues.colors(for: classes, polarity: .higherIsBetter)) == blues3.reversed())
    }

    @Test("reference on a break: three classes below, two above, neutral colour unused")
    func centredOnBreak() throws {
        let colors = try Palette.rdBu.colors(for: tens(), centredOn: 30, polarity: .higherIsBetter)
        #expect(hexes(colors) == ["#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf"])
    }

    @Test("higher is worse: the classes above the reference get the warm arm")
    func centredHigherIsWorse() throws {
        let colors = try Palette.rdBu.colors(for: tens(), centredOn: 30, polarity: .higherIsWorse)
        #expect(hexes(colors) == ["#2166ac", "#67a9cf", "#d1e5f0", "#fddbc7", "#ef8a62"])
    }

    @Test("reference inside a class: that class is neutral")
    func centredInsideClass() throws {
        // Two below, (20,30] holds 25, two above: RdBu with 5 colours CA0020 F4A582 F7F7F7 92C5DE 0571B0.
        let colors = try Palette.rdBu.colors(for: tens(), centredOn: 25, polarity: .higherIsBetter)
        #expect(hexes(colors) == ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"])
    }

    @Test("reference below all classes: everything on the cool arm")
    func centredBelowAll() throws {
        let colors = try Palette.rdBu.colors(for: tens(), centredOn: 0, polarity: .higherIsBetter)
        #expect(colors.count == 5)
        #expect(try colors == Array(Palette.rdBu.colors(count: 11).suffix(5)))
    }

    @Test("centring needs a diverging palette")
    func centringErrors() throws {
        #expect(throws: PaletteError.notDiverging(palette: "Blues")) {
            try Palette.blues.colors(for: tens(), centredOn: 30, polarity: .neutral)
        }
    }

    @Test("an unsafe count is refused unless allowed")
    func colorBlindFlag() throws {
        let six = try Classification(values: [1, 6], scheme: .equalInterval(k: 6))
        #expect(throws: PaletteError.notColorBlindSafe(palette: "Set2", count: 6, safeUpTo: 3)) {
            try Palette.set2.colors(for: six, polarity: .neutral)
        }
        #expect(try Palette.set2.colors(for: six, polarity: .neutral, requireColorBlindSafe: false).count == 6)
        #expect(throws: PaletteError.self) { try Palette.dark2.colors(forCategories: 4) }
        #expect(try Palette.paired.colors(forCategories: 4).count == 4)
    }

    @Test("seven classes all above a reference: the arm is as long as the palette allows, the rest share its end")
    func longArm() throws {
        let classes = try Classification(values: [5, 80], scheme: .userDefined([10, 20, 30, 40, 50, 60, 80]))
        let colors = try Palette.rdBu.colors(for: classes, centredOn: 0, polarity: .higherIsWorse)
        #expect(colors.count == 7)
        #expect(Set(hexes(colors)).count >= 4)
        #expect(colors.suffix(3).allSatisfy { $0 == colors.last })
    }
}
