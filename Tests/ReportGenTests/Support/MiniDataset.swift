import Foundation
import PDFInspection

@testable import IndicatorData
@testable import ReportGen

/// A tiny dataset written into a temporary folder: three square areas (10 km, EPSG:25833) in one city, a table,
/// Kitas as CSV with WGS84 coordinates, a manifest and a catalogue. Tests change one file to make it bad.
struct MiniDataset {
    let folder: URL
    var manifest: URL { folder.appendingPathComponent("import.yaml") }
    var store: URL { folder.appendingPathComponent("store.sqlite") }

    static func square(_ minX: Int, _ minY: Int, size: Int = 10_000) -> String {
        let maxX = minX + size
        let maxY = minY + size
        return "[[[\(minX),\(minY)],[\(maxX),\(minY)],[\(maxX),\(maxY)],[\(minX),\(maxY)],[\(minX),\(minY)]]]"
    }

    static func feature(_ id: String, _ name: String, _ coordinates: String) -> String {
        """
        {"type":"Feature","properties":{"id":"\(id)","name":"\(name)"},\
        "geometry":{"type":"Polygon","coordinates":\(coordinates)}}
        """
    }

    static let areasGeoJSON = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},
        "features":[\(feature("A1", "Nordstraße", square(385_000, 5_815_000))),
        \(feature("A2", "Süd", square(395_000, 5_815_000))),
        \(feature("A3", "West", square(375_000, 5_815_000)))]}
        """

    static let valuesCSV = "key;name;pop;kids\nA1;Nordstraße;1.234;12\nA2;Süd;' 1 675 ';–\nA3;West;500;k. A.\n"

    static let kitasCSV = "nr,name,lon,lat,plaetze\n1,Kita am Alex,13.4132,52.5219,120\n"

    static let manifestYAML = """
        dataset: Test
        crs: EPSG:25833
        catalogue: indicators.yaml
        levels:
          - { key: city, name: City }
          - { key: area, name: Area, parent: city }
        areas:
          - { level: city, key: { value: C }, name: { value: Testdorf }, dissolve: area }
          - { level: area, file: areas.geojson, key: id, name: name, parent: { value: C } }
        tables:
          - { file: values.csv, level: area, period: 2020-12-31, key: key, missing: ["–"], secret: ["k. A."],
              columns: { pop: pop, kids: kids } }
        points:
          - { file: kitas.csv, category: kita, id: nr, name: name, x: lon, y: lat, crs: "EPSG:4326",
              attributes: [plaetze], assign-to: area, source: "Kitaliste Testdorf", indicators: [ { indicator: kitas, period: 2022-12-31 } ] }
        """

    static let catalogueYAML = """
        indicators:
          - { key: pop, name: Einwohner, topic: T, source: S, aggregation: sum }
          - { key: kids, name: Kinder, topic: T, source: S, aggregation: sum, minimum-count: 3 }
          - { key: kids_share, name: Anteil Kinder, unit: "%", topic: T, source: S,
              formula: { share: { numerator: kids, denominator: pop } } }
          - { key: kitas, name: Kitas, topic: T, source: S, aggregation: sum }
        """

    init() throws {
        folder = try PDFInspection.temporaryDirectory()
        try write("areas.geojson", Self.areasGeoJSON)
        try write("values.csv", Self.valuesCSV)
        try write("kitas.csv", Self.kitasCSV)
        try write("import.yaml", Self.manifestYAML)
        try write("indicators.yaml", Self.catalogueYAML)
    }

    func write(_ name: String, _ text: String) throws {
        try TestSupport.write(text, to: folder.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: Data) throws {
        try bytes.write(to: folder.appendingPathComponent(name))
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @discardableResult
    func importAll() throws -> ImportReport { try Importer.run(manifest: manifest, into: store) }
}

extension MiniDataset {
    /// The mini dataset with two districts, D1 (Ost) covering A1 and A2, D2 (West) covering A3, in
    /// districts.geojson, and the manifest with a district level between the city and the areas (not yet written).
    static func withDistricts() throws -> (data: MiniDataset, manifest: String) {
        let data = try MiniDataset()
        let districts = """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},
            "features":[\(feature("D1", "Ost", square(385_000, 5_815_000, size: 20_000))),
            \(feature("D2", "West", square(365_000, 5_815_000, size: 20_000)))]}
            """
        try data.write("districts.geojson", districts)
        let manifest =
            manifestYAML
            .replacingOccurrences(
                of: "  - { key: area, name: Area, parent: city }",
                with: """
                      - { key: district, name: District, parent: city }
                      - { key: area, name: Area, parent: district }
                    """
            )
            .replacingOccurrences(
                of: "dissolve: area }",
                with:
                    "dissolve: district }\n  - { level: district, file: districts.geojson, key: id, name: name, parent: { value: C } }"
            )
        return (data, manifest)
    }
}
