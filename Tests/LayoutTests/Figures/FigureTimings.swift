import CairoBridge
import Foundation
import Testing

@testable import Layout

/// A timing harness run by hand, not an assertion:
/// `REPORTGEN_TIMING=1 swift test -c release --filter FigureTimings` prints milliseconds per figure.
@Suite("Figure timings", .enabled(if: ProcessInfo.processInfo.environment["REPORTGEN_TIMING"] != nil))
struct FigureTimings {
    let engine = TextEngine()

    /// Milliseconds per run of `body`, the best of `rounds` averages over `runs`.
    func milliseconds(runs: Int = 20, rounds: Int = 3, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            for _ in 0..<runs { try body() }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            best = min(best, seconds * 1000 / Double(runs))
        }
        return best
    }

    /// One A4 page with `drawing` in the text area, written to `path`; returns the file size in bytes.
    func writePage(_ drawing: any FigureDrawing, to path: String) throws -> Int {
        let pdf = try PDFDocument(path: path, metadata: PDFMetadata(title: "Zeitmessung"))
        pdf.beginPage(size: .a4Portrait)
        drawing.draw(in: pdf.canvas, rect: Rect(x: 70, y: 80, width: 455, height: 600), text: engine)
        try pdf.finish()
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? Int) ?? 0
    }

    @Test("prints the time and PDF size of a 542-area map page and of charts")
    func timings() throws {
        let page = Rect(x: 0, y: 0, width: 455, height: 600)
        for (kind, label) in [("long", { (index: Int) in "Planungsraum \(index)" }), ("short", { "\($0)" })] {
            var labelled = SampleMaps.cityMap(segments: 8)
            labelled.areas = labelled.areas.enumerated().map { index, area in
                var area = area
                area.label = label(index)
                return area
            }
            let map = ChoroplethMap(labelled)
            let ms = milliseconds(runs: 10) { _ = map.marks(in: page, text: engine) }
            print("marks of a map with a \(kind) label on each of 542 areas: \(fmt(ms)) ms")
        }
        for segments in [1, 8, 46] {
            let map = ChoroplethMap(SampleMaps.cityMap(segments: segments))
            let vertices = map.spec.areas.reduce(0) { $0 + $1.geometry.vertexCount }
            let path = "/tmp/reportgen-timing-map-\(segments).pdf"
            var bytes = 0
            let ms = try milliseconds(runs: 10) { bytes = try writePage(map, to: path) }
            let marksMs = milliseconds(runs: 10) {
                _ = map.marks(in: Rect(x: 0, y: 0, width: 455, height: 600), text: engine)
            }
            let png = try PNGDocument(size: Size(width: 455, height: 600), pixelsPerPoint: 2)
            let pngMs = milliseconds(runs: 5) {
                map.draw(in: png.canvas, rect: Rect(x: 0, y: 0, width: 455, height: 600), text: engine)
            }
            print("map page, 542 areas, \(vertices) vertices: \(fmt(ms)) ms, PDF \(bytes / 1024) KB", terminator: "")
            print(" (marks \(fmt(marksMs)) ms; painting a PNG at 144 dpi \(fmt(pngMs)) ms)")
        }
        let charts: [(String, any MarkedFigure)] = [
            ("bar chart, 12 bars", BarChart(SampleFigures.barChart())),
            ("bar chart, vertical", BarChart(SampleFigures.barChart(orientation: .vertical))),
            ("line chart", LineChart(SampleFigures.lineChart())),
            ("scatter plot", ScatterPlot(SampleFigures.scatterPlot())),
            ("profile chart", ProfileChart(SampleFigures.profileChart())),
            ("pyramid", PopulationPyramid(SampleFigures.pyramid())),
            ("grouped bars", GroupedBarChart(SampleFigures.groupedBars(mode: .grouped))),
            ("stacked bars", GroupedBarChart(SampleFigures.groupedBars(mode: .stacked))),
        ]
        let png = try PNGDocument(size: Size(width: 455, height: 300), pixelsPerPoint: 1)
        for (name, chart) in charts {
            let ms = milliseconds(runs: 50) {
                chart.draw(in: png.canvas, rect: Rect(x: 0, y: 0, width: 455, height: 300), text: engine)
            }
            print("\(name): \(fmt(ms)) ms (marks and painting on a 455 × 300 image)")
        }
    }

    private func fmt(_ value: Double) -> String { GermanNumberFormat.number(value, decimals: 2) }
}
