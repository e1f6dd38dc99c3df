import CairoBridge
import Foundation
import Testing
@testable import Layout

/// Renders one picture of every chart and map kind under /tmp/reportgen-figures, to be looked at by a person.
@Suite("Figure showcase")
struct FigureShowcase {
    static let folder = "/tmp/reportgen-figures"

    func render(_ name: String, _ drawing: any FigureDrawing, width: Double = 453) throws {
        try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
        let height = drawing.preferredHeight(forWidth: width - 12) + 12
        try FigureExport.writePNG(drawing, size: Size(width: width, height: height), to: "\(Self.folder)/\(name).png")
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
}
