import Testing

@testable import ReportGen

@Suite("German narrative")
struct GermanNarrativeTests {
    @Test("comparison with a tolerance band around the reference")
    func comparison() {
        #expect(GermanNarrative.comparison(30, to: 20) == .above)
        #expect(GermanNarrative.comparison(10, to: 20) == .below)
        #expect(GermanNarrative.comparison(20.9, to: 20) == .level)
        #expect(GermanNarrative.comparison(21.1, to: 20) == .above)
        #expect(GermanNarrative.comparison(.nan, to: 20) == .unknown)
        #expect(
            GermanNarrative.Comparison.level.phrase(reference: "städtischen Durchschnitt")
                == "etwa auf dem Niveau des städtischen Durchschnitts")
        #expect(
            GermanNarrative.Comparison.above.phrase(reference: "städtischen Durchschnitt")
                == "über dem städtischen Durchschnitt")
    }

    @Test("rank words and positions")
    func ranks() {
        #expect(GermanNarrative.position(6, of: 10, share: true) == "an 6. Stelle von 10 (höchster Anteil zuerst)")
        #expect(GermanNarrative.position(1, of: 143, share: false) == "an 1. Stelle von 143 (höchster Wert zuerst)")
        #expect(GermanNarrative.position(11, of: 10, share: true) == "ohne Rang")
        #expect(GermanNarrative.rankPhrase(1, of: 12) == "den höchsten Wert")
        #expect(GermanNarrative.rankPhrase(2, of: 12, highest: false) == "den zweitniedrigsten Wert")
        #expect(GermanNarrative.rankPhrase(5, of: 12) == "Rang 5 von 12")
    }

    @Test("singular and plural")
    func plural() {
        #expect(GermanNarrative.counted(1, singular: "Kita", plural: "Kitas") == "1 Kita")
        #expect(GermanNarrative.counted(3, singular: "Kita", plural: "Kitas") == "3 Kitas")
        #expect(GermanNarrative.counted(0, singular: "Kita", plural: "Kitas") == "keine Kita")
        #expect(GermanNarrative.counted(2880, singular: "Kita", plural: "Kitas") == "2.880 Kitas")
    }
}
