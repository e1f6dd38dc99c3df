import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

/// A rate of an area with too few inhabitants is an artefact (often a 0 delivered for "no data"): it is "k. A."
/// in tables and maps and left out of every statistic, and the figure says how many areas it left out and why.
@Suite("Rates on too small a base are never published as data")
struct MinimumBaseTests {
    /// Twelve areas where the two rates fall together; area P12 has 78 inhabitants and 0 for both rates.
    struct Fixture {
        let data: MiniDataset
        static let count = 12

        static var areas: String {
            let features = (1...count).map { index in
                MiniDataset.feature(
                    String(format: "P%02d", index), "Gebiet \(index)",
                    MiniDataset.square(370_000 + 10_000 * index, 5_815_000))
            }
            return """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},
                "features":[\(features.joined(separator: ",\n"))]}
                """
        }

        static func rates(_ index: Int) -> (x: Double, y: Double) {
            let x = Double(5 + 3 * index)
            return (x, 60 - 2 * x + Double((index * 7) % 5))
        }

        static var values: String {
            var lines = ["key;ew;x;y"]
            for index in 1..<count {
                let (x, y) = rates(index)
                lines.append(String(format: "P%02d;%d;%.0f;%.0f", index, 1000 + 100 * index, x, y))
            }
            lines.append(String(format: "P%02d;78;0;0", count))
            return lines.joined(separator: "\n") + "\n"
        }

        static let catalogue = """
            indicators:
              - { key: ew, name: Einwohner, short-name: Einwohner, unit: Personen, topic: T, source: S, aggregation: sum }
              - { key: x, name: Rate X, unit: "%", decimals: 1, topic: T, source: S, aggregation: { weighted-mean: ew },
                  minimum-base: { indicator: ew, count: 300 } }
              - { key: y, name: Rate Y, unit: "%", decimals: 1, topic: T, source: S, aggregation: { weighted-mean: ew },
                  minimum-base: { indicator: ew, count: 300 } }
            """

        static let manifest = """
            dataset: Test
            crs: EPSG:25833
            catalogue: indicators.yaml
            levels:
              - { key: city, name: City }
              - { key: area, name: Area, parent: city }
            areas:
              - { level: city, key: { value: C }, name: { value: Teststadt }, dissolve: area }
              - { level: area, file: areas.geojson, key: id, name: name, parent: { value: C } }
            tables:
              - { file: values.csv, level: area, period: 2020-12-31, key: key, columns: { ew: ew, x: x, y: y } }
            """

        static let template = """
            report:
              title: "Zusammenhänge"
              audience: public
              period: 2020-12-31
            body:
              - chart: { type: scatter, x: x, y: y, areas: { level: area }, caption: "X und Y" }
              - table: { rows: [ { level: area } ], columns: [ew, x] }
              - map: { indicator: x, level: area, classes: { scheme: quantiles, k: 3 } }
            """

        init() throws {
            data = try MiniDataset()
            try data.write("areas.geojson", Self.areas)
            try data.write("values.csv", Self.values)
            try data.write("indicators.yaml", Self.catalogue)
            try data.write("import.yaml", Self.manifest)
            try data.write("report.yaml", Self.template)
            try data.importAll()
        }

        func document() throws -> Document {
            let snapshot = try IndicatorStore(at: data.store, readOnly: true).snapshot()
            let plan = try TemplateParser().parse(fileAt: data.path("report.yaml"))
            let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
            let scope = try #require(resolver.scopes().first)
            return resolver.report(for: scope).document
        }
    }

    @Test("the 78-inhabitant area is k. A., left out of r, R² and n, and the figure says so")
    func scatterLeavesTheArtefactOut() throws {
        let fixture = try Fixture()
        let snapshot = try IndicatorStore(at: fixture.data.store, readOnly: true).snapshot()
        let period = try #require(Period("2020-12-31"))
        let tiny = snapshot.value("x", of: AreaID(level: "area", key: "P12"), period: period)
        #expect(tiny.status == .invalid && tiny.note == "weniger als 300 Einwohner")
        let document = try fixture.document()
        let scatter = try #require(
            document.blocks.compactMap { block -> ScatterPlot? in
                if case .figure(let figure) = block { return figure.drawing as? ScatterPlot }
                return nil
            }.first)
        let points = (1..<Fixture.count).map(Fixture.rates)
        let honest = try LinearRegression(x: points.map(\.x), y: points.map(\.y))
        let withArtefact = try LinearRegression(x: points.map(\.x) + [0], y: points.map(\.y) + [0])
        let r = try #require(honest.correlation)
        #expect(
            abs(r - (withArtefact.correlation ?? r)) > 0.05, "the artefact must matter for the test to mean anything")
        let expected =
            "r = \(GermanNumberFormat.number(r, decimals: 2)) · R² = "
            + "\(GermanNumberFormat.number(r * r, decimals: 2)) · n = 11; "
            + "1 Gebiet mit weniger als 300 Einwohnern nicht berücksichtigt"
        #expect(scatter.spec.annotation == expected)
        #expect(scatter.spec.items.first { $0.name == "Gebiet 12" }.map { $0.x == nil && $0.y == nil } == true)
        let cells = Catalogue.texts(of: document.blocks)
        #expect(cells.contains("k. A."), "the table shows the artefact as a number")
        #expect(!cells.contains("0,0 %"))
    }

    @Test("the city's rate is aggregated without the artefact")
    func aggregateLeavesTheArtefactOut() throws {
        let fixture = try Fixture()
        let snapshot = try IndicatorStore(at: fixture.data.store, readOnly: true).snapshot()
        let city = try #require(snapshot.city)
        let value = snapshot.value("x", of: city.id, period: try #require(Period("2020-12-31")))
        let weights = (1..<Fixture.count).map { Double(1000 + 100 * $0) }
        let expected =
            zip(weights, (1..<Fixture.count).map { Fixture.rates($0).x }).map { $0 * $1 }.reduce(0, +)
            / weights.reduce(0, +)
        #expect(value.value.map { abs($0 - expected) < 1e-9 } == true)
        #expect(value.note == "aus 11 von 12 Teilgebieten")
    }

    @Test(
        "without a minimum base, check and render warn on a rate of exactly 0 % on a base of 78",
        arguments: ["check", "render"])
    func warnsOnSuspectRates(command: String) throws {
        let fixture = try Fixture()
        try fixture.data.write(
            "indicators.yaml",
            Fixture.catalogue.replacingOccurrences(of: ",\n      minimum-base: { indicator: ew, count: 300 }", with: "")
        )
        try fixture.data.importAll()
        let output = command == "render" ? ["-o", fixture.data.path("out")] : []
        let result = try ReportFixture.run(
            [command, fixture.data.path("report.yaml"), "--store", fixture.data.store.path] + output)
        let warnings = result.output.split(separator: "\n").filter { $0.hasPrefix("warning: area P12") }
        #expect(warnings.count == 2, "\(result.output)")
        #expect(warnings.allSatisfy { $0.contains("is 0 % on a base of only 78") && $0.contains("Fix:") })
        #expect(!result.output.contains("warning: area P11"))
    }

    @Test("an unknown base indicator is refused naming the catalogue")
    func unknownBase() throws {
        let fixture = try Fixture()
        try fixture.data.write(
            "indicators.yaml",
            Fixture.catalogue.replacingOccurrences(of: "indicator: ew, count", with: "indicator: eww, count"))
        let error = try #require(throws: DataError.self) { try fixture.data.importAll() }
        #expect(
            error
                == .unknownIndicator(file: fixture.data.path("indicators.yaml"), indicator: "eww", suggestions: ["ew"]))
    }
}
