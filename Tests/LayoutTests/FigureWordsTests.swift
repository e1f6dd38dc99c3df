import CairoBridge
import Foundation
import GermanWords
import PDFInspection
import Testing

@testable import Layout

@Suite("Charts and maps print the document's words, none of their own")
struct FigureWordsTests {
    /// Every word as its name in brackets with the German phrase's placeholders: "[missing]", "[range {areas}]".
    static let other = FigureWords { word in
        "[\(word)" + placeholders(FigureWords.german[word]).map { " {\($0)}" }.joined() + "]"
    }

    /// The names in braces of a phrase, in order.
    static func placeholders(_ phrase: String) -> [String] {
        phrase.split(separator: "{").dropFirst().compactMap { part in part.split(separator: "}").first.map(String.init)
        }
    }

    /// The words of two letters or more of the German figure words outside their placeholders ("Höchster", "Gebiete").
    static let germanWords: Set<String> = Set(
        FigureWord.allCases.flatMap { word in
            FigureWords.german[word].replacing(#/\{[A-Za-z]+\}/#, with: " ").split { !$0.isLetter }.map(String.init)
                .filter { $0.count > 1 }
        })

    /// The words of `text` that are German figure words, and whether it holds the German "k. A.".
    static func german(in text: String) -> [String] {
        let found = Set(text.split { !$0.isLetter }.map(String.init)).intersection(germanWords).sorted()
        return found + (text.contains(FigureWords.german[.missing]) ? [FigureWords.german[.missing]] : [])
    }

    /// A map, a bar chart, a scatter plot, a profile and a pyramid with English data, each with a missing value.
    static func drawings(_ words: FigureWords) -> [any DataFigure] {
        let names = ["North", "South", "East", "West"]
        let values: [Double?] = [12.5, nil, 30.1, 21.7]
        let bars = zip(names, values).map { name, value in
            BarChartSpec.Bar(
                label: name, value: value, valueLabel: value.map { "\($0) %" } ?? "", highlighted: name == "East")
        }
        let areas = zip(names, values).enumerated().map { index, pair in
            ChoroplethMapSpec.Area(
                key: "A\(index)", name: pair.0, geometry: SampleMaps.square(index % 2, index / 2),
                fill: pair.1 == nil ? .missing : .color(.black), value: pair.1,
                valueLabel: pair.1.map { "\($0) %" } ?? "")
        }
        let legend = MapLegend(
            title: "Poverty, %", entries: [.init(label: "all", color: .black, count: 3)], countHeading: "Count")
        let row = ProfileChartSpec.Row(
            indicator: "Poverty", areaValue: nil, areaLabel: "", cityValue: 20, cityLabel: "20 %", minimum: 5,
            maximum: 35, minimumLabel: "5 %", maximumLabel: "35 %", lowerQuartile: 10, upperQuartile: 25)
        return [
            ChoroplethMap(
                ChoroplethMapSpec(
                    words: words, indicator: "Poverty", bounds: Bounds(minX: 0, minY: 0, maxX: 2000, maxY: 2000),
                    areas: areas, highlightedKey: "A1", legend: legend)),
            BarChart(BarChartSpec(words: words, indicator: "Poverty", axisTitle: "Share", bars: bars)),
            ScatterPlot(
                ScatterPlotSpec(
                    words: words, xIndicator: "Poverty", yIndicator: "Speech", xTitle: "Poverty", yTitle: "Speech",
                    items: zip(names, values).map { .init(name: $0, x: $1, y: 3) },
                    highlighted: Set(names.indices.filter { names[$0] == "East" }),
                    trend: .init(slope: 1, intercept: 0))),
            ProfileChart(ProfileChartSpec(words: words, areaName: "East", cityName: "City", rows: [row])),
            PopulationPyramid(
                PopulationPyramidSpec(
                    words: words, areaName: "East", bands: ["young", "old"], men: [40, nil], women: [30, 30],
                    comparisonMen: [45, 5], comparisonWomen: [35, 15], comparisonLabel: "City")),
        ]
    }

    @Test("a document with other words prints, describes and exports none of the German ones")
    func otherWords() throws {
        let drawings = Self.drawings(Self.other)
        let words = DocumentWords(
            figure: "Figure", table: "Table", source: "Source", pageLabel: "Page {page} of {pages}")
        let blocks = drawings.map { Block.figure(Figure($0, caption: "Poverty", source: "Office")) }
        let url = try PDFInspection.temporaryDirectory().appendingPathComponent("other-words.pdf")
        _ = try PDFRenderer().render(
            Document(metadata: PDFMetadata(title: "Report"), words: words, blocks: blocks), to: url)
        let printed = try PDFInspection.text(of: url.path)
        #expect(Self.german(in: printed).isEmpty, "German words on the page: \(Self.german(in: printed))")
        for needed in ["[missing]", "[men]", "[women]", "[indicator]", "[range [areas]]"] {
            #expect(printed.contains(needed), "\(needed) is not printed")
        }
        for drawing in drawings {
            let described = drawing.altText + drawing.dataRows.flatMap { $0 }.joined(separator: " ")
            #expect(Self.german(in: described).isEmpty, "German words in \(type(of: drawing)): \(described)")
            #expect(described.contains("["), "\(type(of: drawing)) says none of the document's words: \(described)")
        }
    }

    @Test("the German words say what the figures said before they came with the document")
    func germanPhrases() {
        let drawings = Self.drawings(.german)
        #expect(drawings[0].altText.contains(" Hervorgehoben: South k. A."))
        #expect(drawings[1].altText.hasPrefix("Balkendiagramm: Poverty in 4 Gebieten. Höchster Wert: East 30.1 %"))
        #expect(drawings[1].altText.hasSuffix(" Keine Angabe für 1 Gebiet."))
        #expect(drawings[2].altText.contains(" Die Ausgleichsgerade steigt."))
        #expect(drawings[4].dataRows.first == ["Altersgruppe", "Männer", "Frauen", "City Männer", "City Frauen"])
    }

    @Test("a phrase fills each placeholder once and leaves names without a value as they are")
    func phrases() {
        let words = FigureWords { _ in "{a} and {b} {c" }
        #expect(words.phrase(.missing, ["a": "{b}", "b": "x"]) == "{b} and x {c")
        #expect(words.counted(1, .area, .areas) == "{a} and {b} {c")
    }
}
