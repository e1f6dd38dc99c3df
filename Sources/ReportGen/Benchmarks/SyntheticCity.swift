import Foundation
import IndicatorData
import Layout

/// A made-up city for measuring how cost grows: `scale` × 143 Bezirksregionen of four Planungsräume each (the
/// bench's synthetic areas, 500 m cells with wiggling shared borders), Bezirke of 4 × 4 Bezirksregionen, and the
/// indicators the benchmark document reads, written as files an office would deliver and imported like them.
/// The same scale gives the same city.
struct SyntheticCity {
    let scale: Int

    /// How many Bezirksregionen the city has.
    var regionCount: Int { 143 * max(scale, 1) }

    /// Bezirksregionen per row and column: the 11 × 13 of scale 1 grown alike in both directions, so that the city
    /// map is never taller on the page and every area keeps its two pages; the last row may be short.
    var regionGrid: (columns: Int, rows: Int) {
        let columns = max(1, Int((11 * Double(max(scale, 1)).squareRoot()).rounded(.up)))
        return (columns, (regionCount + columns - 1) / columns)
    }

    /// Whether the grid has a Bezirksregion at `column`, `row`: every cell but those after the end of a short last row.
    func hasRegion(_ column: Int, _ row: Int) -> Bool {
        row * regionGrid.columns + column < regionCount
    }

    /// Writes the files into `folder`, imports them and returns the store.
    func build(in folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let (columns, rows) = regionGrid
        try write(
            geoJSON(
                level: "z", columns: (columns + 3) / 4, rows: (rows + 3) / 4, cell: 4000, parent: { _, _ in "C" },
                exists: { hasRegion(4 * $0, 4 * $1) }),
            "bezirke.geojson", in: folder)
        try write(
            geoJSON(
                level: "b", columns: columns, rows: rows, cell: 1000, parent: { "z\($0 / 4)-\($1 / 4)" },
                exists: hasRegion),
            "bezirksregionen.geojson", in: folder)
        try write(
            geoJSON(
                level: "p", columns: 2 * columns, rows: 2 * rows, cell: 500, parent: { "b\($0 / 2)-\($1 / 2)" },
                exists: { hasRegion($0 / 2, $1 / 2) }),
            "planungsraeume.geojson", in: folder)
        try write(valuesCSV(columns: 2 * columns, rows: 2 * rows), "werte.csv", in: folder)
        try write(Self.manifest, "import.yaml", in: folder)
        try write(Self.catalogue, "indicators.yaml", in: folder)
        let store = folder.appendingPathComponent("stadt.sqlite")
        _ = try Importer.run(manifest: folder.appendingPathComponent("import.yaml"), into: store)
        return store
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// A grid of areas keyed "<level><column>-<row>" (those cells that `exist`), placed in UTM 33N near Berlin.
    private func geoJSON(
        level: String, columns: Int, rows: Int, cell: Double, parent: (Int, Int) -> String,
        exists: (Int, Int) -> Bool
    ) -> String {
        let areas = SyntheticAreas.grid(
            columns: columns, rows: rows, pointsPerEdge: cell == 500 ? 45 : 20, cellSize: cell)
        var features: [String] = []
        for column in 0..<columns {
            for row in 0..<rows where exists(column, row) {
                guard let shape = areas["\(column)-\(row)"], let ring = shape.polygons.first?.exterior.points else {
                    continue
                }
                let points = (ring + ring.prefix(1)).map { "[\(370_000 + $0.x),\(5_800_000 + $0.y)]" }.joined(
                    separator: ",")
                let key = "\(level)\(column)-\(row)"
                features.append(
                    """
                    {"type":"Feature","properties":{"key":"\(key)","name":"Gebiet \(key)","parent":"\(parent(column, row))"},\
                    "geometry":{"type":"Polygon","coordinates":[[\(points)]]}}
                    """)
            }
        }
        return """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},
            "features":[\(features.joined(separator: ",\n"))]}
            """
    }

    /// Counts and shares per Planungsraum from a fixed sequence, so every run imports the same values.
    private func valuesCSV(columns: Int, rows: Int) -> String {
        var lines = [
            "key;einwohner;ew_u15;ew_u18;ew_15_65;ew_65plus;arbeitslosigkeit;transferbezug;kinderarmut;alleinerziehende"
        ]
        for column in 0..<columns {
            for row in 0..<rows where hasRegion(column / 2, row / 2) {
                let seed = Double(column * 7919 + row * 104_729)
                func wave(_ phase: Double) -> Double { (sin(seed * 0.001 + phase) + 1) / 2 }
                let people = 400 + Int(6000 * wave(0.3))
                let under15 = Int(Double(people) * (0.08 + 0.1 * wave(1.1)))
                let under18 = under15 + Int(Double(people) * 0.03)
                let working = Int(Double(people) * (0.6 + 0.1 * wave(2.3)))
                let old = max(people - under18 - working, 0)
                let shares = [3 + 12 * wave(0.7), 5 + 30 * wave(0.9), 4 + 60 * wave(1.0), 10 + 30 * wave(4.2)]
                    .map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") }
                lines.append(
                    (["p\(column)-\(row)"] + [people, under15, under18, working, old].map(String.init) + shares)
                        .joined(separator: ";"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static let manifest = """
        dataset: Synthetische Stadt
        crs: EPSG:25833
        catalogue: indicators.yaml
        levels:
          - { key: stadt, name: Stadt }
          - { key: bezirk, name: Bezirk, parent: stadt }
          - { key: bezirksregion, name: Bezirksregion, parent: bezirk }
          - { key: planungsraum, name: Planungsraum, parent: bezirksregion }
        areas:
          - { level: stadt, key: { value: C }, name: { value: Berlin }, dissolve: bezirk }
          - { level: bezirk, file: bezirke.geojson, key: key, name: name, parent: parent }
          - { level: bezirksregion, file: bezirksregionen.geojson, key: key, name: name, parent: parent }
          - { level: planungsraum, file: planungsraeume.geojson, key: key, name: name, parent: parent }
        tables:
          - { file: werte.csv, level: planungsraum, period: 2020-12-31, key: key,
              columns: { einwohner: einwohner, ew_u15: ew_u15, ew_u18: ew_u18, ew_15_65: ew_15_65, ew_65plus: ew_65plus,
                         arbeitslosigkeit: arbeitslosigkeit, transferbezug: transferbezug, kinderarmut: kinderarmut,
                         alleinerziehende: alleinerziehende } }
        """

    private static let catalogue = """
        indicators:
          - { key: einwohner, name: Einwohnerinnen und Einwohner, short-name: Einwohner, unit: Personen, decimals: 0,
              topic: Bevölkerung, source: Synthetische Daten, aggregation: sum }
          - { key: ew_u15, name: Kinder unter 15 Jahren, unit: Personen, decimals: 0, topic: Bevölkerung,
              source: Synthetische Daten, aggregation: sum }
          - { key: ew_u18, name: Kinder und Jugendliche unter 18 Jahren, unit: Personen, decimals: 0, topic: Bevölkerung,
              source: Synthetische Daten, aggregation: sum }
          - { key: ew_15_65, name: Einwohner von 15 bis unter 65 Jahren, unit: Personen, decimals: 0, topic: Bevölkerung,
              source: Synthetische Daten, aggregation: sum }
          - { key: ew_65plus, name: Einwohner ab 65 Jahren, unit: Personen, decimals: 0, topic: Bevölkerung,
              source: Synthetische Daten, aggregation: sum }
          - { key: anteil_u18, name: Anteil der Einwohner unter 18 Jahren, short-name: Anteil unter 18, unit: "%",
              decimals: 1, topic: Bevölkerung, source: Synthetische Daten,
              formula: { share: { numerator: ew_u18, denominator: einwohner } } }
          - { key: anteil_65plus, name: Anteil der Einwohner ab 65 Jahren, short-name: Anteil 65+, unit: "%", decimals: 1,
              topic: Bevölkerung, source: Synthetische Daten,
              formula: { share: { numerator: ew_65plus, denominator: einwohner } } }
          - { key: arbeitslosigkeit, name: Anteil Arbeitsloser, short-name: Arbeitslosigkeit, unit: "%", decimals: 1,
              topic: Soziale Lage, polarity: higher-is-worse, source: Synthetische Daten,
              aggregation: { weighted-mean: ew_15_65 } }
          - { key: transferbezug, name: Anteil der Empfänger von Transferleistungen, short-name: Transferbezug, unit: "%",
              decimals: 1, topic: Soziale Lage, polarity: higher-is-worse, source: Synthetische Daten,
              aggregation: { weighted-mean: einwohner } }
          - { key: kinderarmut, name: Anteil der Kinder unter 15 Jahren in Bedarfsgemeinschaften, short-name: Kinderarmut,
              unit: "%", decimals: 1, topic: Soziale Lage, polarity: higher-is-worse, source: Synthetische Daten,
              aggregation: { weighted-mean: ew_u15 } }
          - { key: alleinerziehende, name: Anteil der Alleinerziehenden, short-name: Alleinerziehende, unit: "%",
              decimals: 1, topic: Soziale Lage, polarity: higher-is-worse, source: Synthetische Daten,
              aggregation: { weighted-mean: einwohner } }
        """
}
