import CairoBridge
import Testing

@Suite("Text layout with Pango")
struct TextLayoutTests {
    let engine = TextEngine()
    let style = TextStyle(font: Font(family: "Noto Sans", size: 10))
    let sentence = "Der Anteil der Kinder unter 15 Jahren in Haushalten mit SGB-II-Bezug lag in Neukölln bei 35,2 %."

    @Test("a narrower width breaks into more lines, and the height grows with the line count")
    func breaking() {
        let wide = engine.layout(text: sentence, style: style, width: 500)
        let narrow = engine.layout(text: sentence, style: style, width: 120)
        #expect(wide.lines.count == 1)
        #expect(narrow.lines.count >= 4)
        #expect(narrow.lines.allSatisfy { $0.width <= 120.5 })
        let lineHeight = wide.size.height
        #expect(abs(narrow.size.height - lineHeight * Double(narrow.lines.count)) < 0.5)
        #expect(lineHeight > 10 && lineHeight < 16)
    }

    @Test("line spacing of 1.5 puts baselines 1.5 natural line heights apart")
    func spacing() {
        let natural = engine.layout(text: sentence, style: style, width: 120)
        let spaced = engine.layout(
            text: sentence, style: TextStyle(font: style.font, lineSpacing: 1.5), width: 120)
        let naturalGap = natural.lines[1].baseline - natural.lines[0].baseline
        let gap = spaced.lines[1].baseline - spaced.lines[0].baseline
        #expect(abs(gap - 1.5 * naturalGap) < 0.5)
    }

    @Test("a soft hyphen lets a long compound break, with a visible hyphen")
    func softHyphen() {
        let word = "Kinder\u{AD}tages\u{AD}stätten\u{AD}bedarfs\u{AD}planung"
        let layout = engine.layout(text: word, style: style, width: 60)
        #expect(layout.lines.count > 1)
        #expect(layout.lines.allSatisfy { $0.width <= 60.5 })
    }

    @Test("bold markup is wider than regular text")
    func markup() {
        let regular = engine.layout(markup: "Bezirksregion", style: style, width: nil)
        let bold = engine.layout(markup: "<b>Bezirksregion</b>", style: style, width: nil)
        #expect(bold.markupWasValid)
        #expect(bold.size.width > regular.size.width)
        let broken = engine.layout(markup: "<b>offen", style: style, width: nil)
        #expect(!broken.markupWasValid)
    }

    @Test("a font that is not installed is an error naming the font and how to install one")
    func missingFont() throws {
        try engine.requireFont("Noto Sans")
        #expect {
            try engine.requireFont("Frutiger Next Pro Imaginary")
        } throws: { error in
            let text = "\(error)"
            return text.contains("Frutiger Next Pro Imaginary") && text.contains("apt-get install")
        }
    }

    @Test("link rectangles cover the linked words on their line")
    func linkRects() {
        let layout = engine.layout(text: "Siehe Tabelle 3 im Anhang", style: style, width: nil)
        let start = "Siehe ".utf8.count
        let rects = layout.rectangles(forByteRange: start..<(start + "Tabelle 3".utf8.count))
        #expect(rects.count == 1)
        #expect((rects.first?.x ?? 0) > 20)
        #expect((rects.first?.width ?? 0) > 30)
    }
}
