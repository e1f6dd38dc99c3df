import CairoBridge
import Foundation
import GermanWords
import PDFInspection
import Testing

@testable import Layout

/// Renders one picture of every chart and map kind, and edge cases, into a temporary folder (print `folder` to
/// look at them): each must draw without trapping and give a picture of the size asked for.
@Suite("Figure showcase")
struct FigureShowcase {
    let folder: String

    init() throws {
        folder = try PDFInspection.temporaryDirectory().path
    }

    func render(_ name: String, _ drawing: any FigureDrawing, width: Double = 453) throws {
        let height = drawing.preferredHeight(forWidth: width - 12) + 12
        let path = "\(folder)/\(name).png"
        try FigureExport.writePNG(drawing, size: Size(width: width, height: height), to: path)
        let image = try Image(pngAt: path)
        #expect(image.pixelSize.width == Int((width * 2).rounded(.up)), "\(name)")
        #expect(image.pixelSize.height == Int((height * 2).rounded(.up)), "\(name)")
    }

    @Test("the showcase pictures are written")
    func showcase() throws {
        try render("bar-horizontal", BarChart(SampleFigures.barChart()))
        try render("bar-vertical", BarChart(SampleFigures.barChart(orientation: .vertical)))
        try render("line", LineChart(SampleFigures.lineChart()))
        try render("scatter", ScatterPlot(SampleFigures.scatterPlot()))
        try render("profile", ProfileChart(SampleFigures.profileChart()))
        try render("pyramid", PopulationPyramid(SampleFigures.pyramid()))
        try render("grouped", GroupedBarChart(SampleFigures.groupedBars(mode: .grouped)))
        try render("stacked", GroupedBarChart(SampleFigures.groupedBars(mode: .stacked)))
        try render("map-city", ChoroplethMap(SampleMaps.cityMap()))
        try render("map-area", ChoroplethMap(SampleMaps.areaMap()))
        try render("map-narrow", ChoroplethMap(SampleMaps.cityMap()), width: 300)
    }

    @Test("edge cases are written: negative values, few bars, a single period")
    func edgeCases() throws {
        let changes: [(String, Double?)] = [
            ("Mitte", 2.4), ("Neukölln", -3.1), ("Pankow", 0), ("Spandau", -0.4), ("Wedding", nil),
        ]
        let bars = changes.map { name, value in
            BarChartSpec.Bar(
                label: name, value: value, valueLabel: value.map { GermanNumberFormat.number($0, decimals: 1) } ?? "",
                highlighted: name == "Neukölln")
        }
        let spec = BarChartSpec(
            words: .german, indicator: "Veränderung", axisTitle: "Veränderung in Prozentpunkten", bars: bars,
            references: [ReferenceValue(label: "Berlin", value: -0.8, valueLabel: "−0,8")])
        try render("edge-negative", BarChart(spec))
        var few = spec
        few.orientation = .vertical
        few.bars = Array(bars.prefix(3))
        try render("edge-few-vertical", BarChart(few))
        let single = LineChartSpec(
            words: .german, indicator: "X", periods: ["2022"], series: [.init(name: "Neukölln", values: [35.2])])
        try render("edge-single-period", LineChart(single))
        var many = SampleFigures.lineChart()
        for index in 0..<5 {
            let values: [Double?] = (0..<10).map { year in 22 + Double(index) * 0.4 + sin(Double(year + index)) }
            many.series.append(.init(name: "Bezirk \(index + 1)", values: values))
        }
        try render("edge-many-series", LineChart(many))
    }

    @Test("the figures sit in a paginated PDF with caption and source line")
    func inDocument() throws {
        func figure(_ drawing: some DataFigure, _ caption: String) -> Block {
            .figure(Figure(drawing, caption: caption, source: "Amt für Statistik, Stand: 31.12.2022"))
        }
        let blocks: [Block] = [
            .heading(Heading(level: 1, "Neukölln")),
            figure(ChoroplethMap(SampleMaps.areaMap()), "Kinderarmut in den Planungsräumen"),
            figure(BarChart(SampleFigures.barChart()), "Kinderarmut in den Bezirken"),
            figure(ProfileChart(SampleFigures.profileChart()), "Profil von Neukölln"),
        ]
        let renderer = try PDFRenderer()
        let url = URL(fileURLWithPath: "\(folder)/figures.pdf")
        let summary = try renderer.render(
            Document(metadata: PDFMetadata(title: "Abbildungen"), words: .german, blocks: blocks), to: url)
        #expect(summary.pageCount >= 2)
        let text = try PDFInspection.text(of: url.path)
        for caption in ["Abbildung 1: Kinderarmut in den Planungsräumen", "Abbildung 3: Profil von Neukölln"] {
            #expect(text.contains(caption))
        }
        #expect(text.components(separatedBy: "Quelle: Amt für Statistik, Stand: 31.12.2022").count == 4)
    }
}
