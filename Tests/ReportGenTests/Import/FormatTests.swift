import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Geometry and table formats")
struct FormatTests {
    private func manifest(areas: String, tables: String = "") -> String {
        """
        dataset: Test
        crs: EPSG:25833
        catalogue: indicators.yaml
        levels: [ { key: area, name: Area } ]
        areas:
        \(areas)
        tables:\(tables.isEmpty ? " []" : "\n" + tables)
        """
    }

    @Test("areas from a GeoPackage and values from an XLSX sheet (read through GDAL)")
    func geoPackageAndXLSX() throws {
        let data = try MiniDataset()
        let fixtures = TestSupport.fixtures.path
        try data.write(
            "import.yaml",
            manifest(
                areas: "  - { level: area, file: \(fixtures)/areas.gpkg, layer: areas, key: id, name: name }",
                tables: "  - { file: \(fixtures)/values.xlsx, sheet: Werte, level: area, period: 2020-12-31, key: key, "
                    + "columns: { pop: pop, kids: kids } }"))
        try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let period = try #require(Period("2020-12-31"))
        #expect(snapshot.areas(level: "area").map(\.name) == ["Nordstraße", "Süd", "West"])
        #expect(snapshot.value("pop", of: AreaID(level: "area", key: "A1"), period: period).value == 1234.5)
        #expect(snapshot.value("kids", of: AreaID(level: "area", key: "A3"), period: period).value == 3)
        let bounds = try #require(snapshot.geometry(of: AreaID(level: "area", key: "A2"))?.bounds)
        #expect(bounds == Bounds(minX: 395_000, minY: 5_815_000, maxX: 405_000, maxY: 5_825_000))
    }

    @Test("areas from KML in WGS84 are transformed to the working CRS")
    func kml() throws {
        let data = try MiniDataset()
        let ring = "13.30,52.45 13.50,52.45 13.50,52.55 13.30,52.55 13.30,52.45"
        try data.write(
            "areas.kml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>areas</name>
            <Placemark><name>K1</name><Polygon><outerBoundaryIs><LinearRing><coordinates>\(ring)</coordinates>
            </LinearRing></outerBoundaryIs></Polygon></Placemark>
            </Folder></Document></kml>
            """)
        try data.write("import.yaml", manifest(areas: "  - { level: area, file: areas.kml, key: Name, name: Name }"))
        try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let bounds = try #require(snapshot.geometry(of: AreaID(level: "area", key: "K1"))?.bounds)
        // 13.3°–13.5° E, 52.45°–52.55° N lie around 384–399 km E, 5812–5824 km N in UTM zone 33.
        #expect(bounds.minX > 380_000 && bounds.maxX < 402_000)
        #expect(bounds.minY > 5_810_000 && bounds.maxY < 5_826_000)
        #expect(bounds.width > 13_000 && bounds.height > 10_000)
    }

    @Test("a Shapefile .dbf in Latin-1 without .cpg is read when the manifest declares the encoding")
    func latin1Shapefile() throws {
        let data = try MiniDataset()
        let shapefile = TestSupport.repoRoot.appendingPathComponent("data/berlin/geo_other/lor_ortsteile.shp").path
        try data.write(
            "import.yaml",
            manifest(
                areas: "  - { level: area, file: \(shapefile), encoding: windows-1252, key: spatial_na, name: OTEIL }"))
        try data.importAll()
        let names = try IndicatorStore(at: data.store).snapshot().areas(level: "area").map(\.name)
        #expect(names.count == 96)
        #expect(names.contains("Weißensee"))
        #expect(!names.contains { $0.contains("\u{FFFD}") })
    }
}
