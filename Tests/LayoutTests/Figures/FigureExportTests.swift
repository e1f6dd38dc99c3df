import CairoBridge
import Foundation
import Testing

@testable import Layout

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("Figure export")
struct FigureExportTests {
    let engine = TextEngine()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-export-\(UUID().uuidString)")
        .path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test("a PNG has the asked pixel size, and the pixel at a bar's centre has the bar's colour")
    func png() throws {
        let chart = BarChart(SampleFigures.barChart())
        let size = Size(width: 400, height: 260)
        let path = "\(folder)/bar.png"
        try FigureExport.writePNG(chart, size: size, to: path, pixelsPerPoint: 2, engine: engine)
        let image = try Image(pngAt: path)
        #expect(image.pixelSize.width == 800 && image.pixelSize.height == 520)
        // The export draws into the picture minus a 6 pt margin.
        let marks = chart.marks(in: Rect(x: 6, y: 6, width: 388, height: 248), text: engine)
        for bar in marks.bars() {
            let frame = bar.mark.frame
            let pixel = try #require(
                image.pixel(x: Int((frame.x + frame.width / 2) * 2), y: Int((frame.y + frame.height / 2) * 2)))
            let expected = try #require(bar.mark.fillColor)
            #expect(
                abs(pixel.red - expected.red) < 0.02 && abs(pixel.green - expected.green) < 0.02
                    && abs(pixel.blue - expected.blue) < 0.02)
        }
        #expect(image.pixel(x: 800, y: 0) == nil)
    }

    @Test("an SVG is well-formed XML of the asked size in points")
    func svg() throws {
        let path = "\(folder)/map.svg"
        try FigureExport.writeSVG(
            ChoroplethMap(SampleMaps.areaMap()), size: Size(width: 450, height: 300), to: path, engine: engine)
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("width=\"450pt\"") && text.contains("height=\"300pt\""))
    }

    @Test("a figure's data rows hold the values as printed, \"k. A.\" where one is missing")
    func printedData() {
        let rows = SampleFigures.barChart().dataRows
        #expect(rows.first == ["Gebiet", "Kinderarmut", "hervorgehoben"])
        #expect(rows.contains(["Neukölln", "35,2\u{00A0}%", "ja"]))
        #expect(rows.contains(["Reinickendorf", "k. A.", "nein"]))
        #expect(rows.count == 1 + 12 + 2)
    }

    @Test("every kind of figure gives a data table with a header and equally long rows")
    func dataTables() {
        let tables: [[[String]]] = [
            SampleFigures.barChart().dataRows, SampleFigures.lineChart().dataRows, SampleFigures.scatterPlot().dataRows,
            SampleFigures.profileChart().dataRows, SampleFigures.pyramid().dataRows,
            SampleFigures.groupedBars(mode: .stacked).dataRows, SampleMaps.cityMap().dataRows,
        ]
        for table in tables {
            #expect(table.count > 1)
            #expect(Set(table.map(\.count)).count == 1)
        }
    }

    @Test("alt texts name what is shown, the extremes and the reference value")
    func altTexts() {
        let bar = SampleFigures.barChart().altText
        #expect(bar.hasPrefix("Balkendiagramm: Kinderarmut in 12 Bezirken."))
        #expect(bar.contains("Höchster Wert: Neukölln 35,2\u{00A0}%, niedrigster: Steglitz-Zehlendorf 8,1\u{00A0}%."))
        #expect(bar.contains("Berlin: 24,6 %.") && bar.contains("Keine Angabe für 1 Gebiet."))
        let map = SampleMaps.cityMap().altText
        #expect(
            map.hasPrefix("Karte: Kinderarmut in 542 Planungsräumen.") && map.contains("Höchster Wert")
                && map.contains("Berlin: 24,6 %"))
        #expect(map.contains("Standorte: Kita"))
        let line = SampleFigures.lineChart().altText
        #expect(
            line.contains("von 2013 bis 2022")
                && line.contains("Neukölln: 38,1\u{00A0}% (2013) bis 35,2\u{00A0}% (2022)"))
        #expect(SampleFigures.pyramid().altText.contains("Größte Gruppe der Männer: 25 bis unter 45"))
        #expect(SampleFigures.groupedBars(mode: .grouped).altText.contains("2020: Höchster Wert: Neukölln"))
    }
}
