import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Figure text")
struct FigureTextTests {
    let text = FigureText(engine: TextEngine(), style: .standard)

    @Test("a long name is shortened in the middle, keeping its start and end, to fit the width")
    func middleEllipsis() {
        let name = "Charlottenburg-Wilmersdorf Nord mit Westend und dem Olympiagelände"
        let short = text.shortened(name, toWidth: 90)
        #expect(short.contains("…"))
        #expect(short.hasPrefix("Charl") && short.hasSuffix("ände"))
        #expect(text.line(short).size.width <= 90)
        #expect(text.shortened("Mitte", toWidth: 90) == "Mitte")
        #expect(text.shortened(String(repeating: "x", count: 200), toWidth: 0) == "…")
    }

    @Test("a label wraps between words on up to the allowed lines, otherwise is shortened on one line")
    func wrapOrShorten() throws {
        let wrapped = text.label("Friedrichshain-Kreuzberg Ost", width: 90, maxLines: 2)
        #expect(wrapped.lines.count == 2 && wrapped.size.width <= 90.5)
        let single = text.label("Friedrichshain-Kreuzberg Ost", width: 90, maxLines: 1)
        #expect(single.lines.count == 1 && single.size.width <= 90)
        #expect(text.fitting("Donaudampfschifffahrtsgesellschaft", width: 60, maxLines: 3) == nil)
    }

    @Test("a bar chart keeps 200-character names inside the label column and whole in the alt text")
    func longNamesInCharts() {
        let long = String(repeating: "Planungsraum ", count: 15) + "Ende"
        let spec = BarChartSpec(
            words: .german, indicator: "Kinderarmut",
            bars: [.init(label: long, value: 3, valueLabel: "3"), .init(label: "B", value: 4, valueLabel: "4")])
        let marks = BarChart(spec).marks(in: TestCanvas.rect, text: text.engine)
        let labels = marks.filter { if case .categoryLabel = $0.role { true } else { false } }
        #expect(labels.count == 2)
        #expect(
            labels.allSatisfy {
                $0.frame.x >= TestCanvas.rect.x
                    && $0.frame.maxX <= TestCanvas.rect.x + TestCanvas.rect.width * 0.34 + 0.01
            })
        #expect(spec.altText.contains(long))
    }
}
