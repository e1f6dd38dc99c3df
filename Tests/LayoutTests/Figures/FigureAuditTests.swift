import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Figure labels are placed without collisions, cuts or dropped insets")
struct FigureAuditTests {
    let engine = TextEngine()

    /// Bars ending just short of the reference values, where a value label at the bar's end would sit under the line.
    func crowdedBars(_ orientation: BarChartSpec.Orientation) -> BarChartSpec {
        let values = [24.0, 24.3, 18.5, 18.8, 31.0, 12.0, 25.2]
        return BarChartSpec(
            words: .german, indicator: "Kinderarmut", axisTitle: "Anteil in %", areaNoun: "Bezirken",
            orientation: orientation,
            bars: values.enumerated().map { index, value in
                BarChartSpec.Bar(
                    label: "Bezirk \(index + 1)", value: value, valueLabel: GermanNumberFormat.percent(value),
                    highlighted: index == 1)
            },
            references: [
                ReferenceValue(label: "Berlin", value: 24.6, valueLabel: "24,6 %"),
                ReferenceValue(label: "Ostbezirke", value: 19.0, valueLabel: "19,0 %"),
                ReferenceValue(label: "Westbezirke", value: 25.4, valueLabel: "25,4 %"),
            ])
    }

    @Test(
        "no value or reference label touches a reference line or another label",
        arguments: [BarChartSpec.Orientation.horizontal, .vertical], [260.0, 340, 453])
    func barLabelsAvoidReferenceLines(orientation: BarChartSpec.Orientation, width: Double) {
        let spec = crowdedBars(orientation)
        let chart = BarChart(spec)
        let rect = Rect(x: 20, y: 30, width: width, height: chart.preferredHeight(forWidth: width))
        let marks = chart.marks(in: rect, text: engine)
        #expect(FigureAudit.problems(in: marks, clip: rect).isEmpty, "\(FigureAudit.problems(in: marks, clip: rect))")
        let valueLabels = marks.filter { if case .valueLabel = $0.role { true } else { false } }
        #expect(valueLabels.count == spec.bars.count, "every bar keeps its value label")
    }

    /// The other chart kinds, crowded: a scatter plot with every point named, a line chart, a profile and a pyramid.
    static func otherChart(_ index: Int) -> (name: String, figure: any MarkedFigure) {
        var scatter = SampleFigures.scatterPlot()
        scatter.items = scatter.items.map { item in
            var item = item
            item.labelled = true
            return item
        }
        let charts: [(name: String, figure: any MarkedFigure)] = [
            ("scatter", ScatterPlot(scatter)), ("line", LineChart(SampleFigures.lineChart())),
            ("profile", ProfileChart(SampleFigures.profileChart())),
            ("pyramid", PopulationPyramid(SampleFigures.pyramid())),
        ]
        return charts[index]
    }

    @Test(
        "scatter, line, profile and pyramid labels touch no other label nor a reference line and are not cut",
        arguments: [0, 1, 2, 3], [200.0, 260, 340, 453])
    func otherChartsHaveNoCollisions(chart: Int, width: Double) {
        let (name, figure) = Self.otherChart(chart)
        let rect = Rect(x: 20, y: 30, width: width, height: figure.preferredHeight(forWidth: width))
        let marks = figure.marks(in: rect, text: engine)
        let labels = Mark.flatten(marks).filter {
            if case .text = $0.shape { true } else if case .upwardText = $0.shape { true } else { false }
        }
        #expect(labels.count >= 8, "\(name) at \(width) pt has \(labels.count) labels")
        if name == "scatter" {
            // Crowded names are placed where they touch nothing, or left out; many still find a place.
            let names = labels.filter { if case .pointLabel = $0.role { true } else { false } }
            #expect(names.count >= 3, "\(names.count) point names at \(width) pt")
        }
        let problems = FigureAudit.problems(in: marks, clip: rect)
        #expect(problems.isEmpty, "\(name) at \(width) pt: \(problems)")
    }

    @Test("the audit finds a label under a reference line and a label cut by the frame")
    func auditFindsProblems() {
        let layout = engine.layout(
            text: "25,6 %", style: TextStyle(font: Font(family: "Noto Sans", size: 8)), width: nil)
        let rect = Rect(x: 0, y: 0, width: 100, height: 50)
        let label = Mark.text(layout, at: Point(x: 40, y: 20), role: .valueLabel(index: 0))
        let line = Mark.line(
            from: Point(x: 45, y: 0), to: Point(x: 45, y: 50), .black, StrokeStyle(), role: .referenceLine(index: 0))
        let cut = Mark.text(layout, at: Point(x: 90, y: 2), role: .valueLabel(index: 1))
        let problems = FigureAudit.problems(in: [line, label, cut], clip: rect)
        #expect(problems.contains(.collision("valueLabel(index: 0)", "referenceLine(index: 0)")))
        #expect(problems.contains(.cutLabel("valueLabel(index: 1)")))
    }

    @Test("a zoomed map keeps its locator however little room the legend leaves", arguments: [150.0, 200, 260, 340])
    func locatorIsNeverDropped(height: Double) throws {
        var spec = SampleMaps.areaMap()
        spec.legend.pointCategories += spec.legend.pointCategories
        let map = ChoroplethMap(spec)
        let rect = Rect(x: 20, y: 30, width: 453, height: height)
        let marks = map.marks(in: rect, text: engine)
        let locator = try #require(marks.first { $0.role == .locator }, "no locator at \(height) pt")
        #expect(rect.insetBy(dx: -0.5, dy: -0.5).encloses(locator.frame))
        #expect(!FigureAudit(map, in: rect, text: engine).problems.contains(.droppedLocator))
    }

    /// As on page 1 of a Statusbericht: the map half the text width, its legend below taking the whole width and
    /// leaving the map low. A map frame of 48 to 80 pt had no room for the locator before; at least 48 pt it has.
    @Test(
        "a low half-width map keeps its locator in a corner of the map, smaller, clear of the names",
        arguments: [200.0, 220, 240])
    func locatorInACornerOfALowMap(width: Double) throws {
        var spec = SampleMaps.areaMap()
        spec.legend.pointCategories += spec.legend.pointCategories
        let map = ChoroplethMap(spec)
        var lowMaps = 0
        for height in stride(from: 200.0, through: 420, by: 5) {
            let rect = Rect(x: 20, y: 30, width: width, height: height)
            let marks = map.marks(in: rect, text: engine)
            let clip = marks.first {
                if case .clipped = $0.shape { return true }
                return false
            }
            guard let frame = clip?.frame, frame.height >= 48 else { continue }
            let flat = Mark.flatten(marks)
            let inset = try #require(flat.first { $0.role == .locator }, "no locator at \(width) × \(height) pt").frame
            guard frame.height < 80 else { continue }
            lowMaps += 1
            #expect(frame.insetBy(dx: -0.5, dy: -0.5).encloses(inset), "the locator is not on the low map")
            #expect(inset.height >= 24)
            let names = flat.filter {
                if case .areaLabel = $0.role { return true }
                return false
            }
            #expect(names.allSatisfy { !$0.frame.intersects(inset) }, "a name lies under the locator")
        }
        #expect(lowMaps > 0, "no height left the map between 48 and 80 pt high")
    }
}
