import CairoBridge
import Testing

@Suite("German hyphenation")
struct HyphenatorTests {
    let soft = "\u{AD}"

    @Test("long German words get soft hyphens at syllable breaks; short words, tags and entities stay as they are")
    func words() throws {
        let hyphenator = try #require(Hyphenator.german, "hyphen-de is installed by scripts/setup.sh")
        let text = hyphenator.softHyphenated(markup: "<b>Arbeitslosigkeit</b> &amp; Kinderarmut in Neukölln")
        #expect(
            text.replacingOccurrences(of: soft, with: "") == "<b>Arbeitslosigkeit</b> &amp; Kinderarmut in Neukölln")
        #expect(text.contains("Ar\(soft)beits\(soft)lo\(soft)sig\(soft)keit"))
        #expect(text.contains("Kin\(soft)der\(soft)ar\(soft)mut"))
        #expect(text.contains("<b>") && text.contains("&amp;"))
        #expect(hyphenator.softHyphenated(markup: "Stadt und Land") == "Stadt und Land")
    }

    @Test("a word with combining marks breaks as its composed form; a letter outside Latin-1 matches no pattern")
    func composedLetters() throws {
        let hyphenator = try #require(Hyphenator.german, "hyphen-de is installed by scripts/setup.sh")
        let composed = hyphenator.softHyphenated(markup: "Betreuungsplätze")
        let decomposed = hyphenator.softHyphenated(markup: "Betreuungspla\u{308}tze")
        #expect(composed.contains(soft))
        #expect(composed.split(separator: soft).map(\.count) == decomposed.split(separator: soft).map(\.count))
        let foreign = hyphenator.softHyphenated(markup: "Kinderarmutłódź")
        #expect(foreign.replacingOccurrences(of: soft, with: "") == "Kinderarmutłódź")
        #expect(foreign.hasPrefix("Kin\(soft)der"))
    }

    @Test("a hyphenated table header breaks at a syllable, with a visible hyphen")
    func breaking() {
        let engine = TextEngine()
        var style = TextStyle(font: Font(family: "Noto Sans", size: 8.5, weight: .bold))
        style.hyphenates = true
        let layout = engine.layout(text: "Arbeitslosigkeit", style: style, width: 50)
        #expect(layout.lines.count >= 2)
        #expect(layout.lines.allSatisfy { $0.width <= 50.5 })
    }
}
