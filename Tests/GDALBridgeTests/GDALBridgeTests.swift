import Foundation
import GDALBridge
import Testing
import Values

@Suite("The GDAL bridge reads vector files and coordinate systems and reports GDAL's failures as values")
struct GDALBridgeTests {
    /// A GeoJSON file with two points in a temporary folder.
    private func geoJSON() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gdal-bridge-\(UUID().uuidString).geojson")
        let text = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"key": "01", "name": "Mitte"},
               "geometry": {"type": "Point", "coordinates": [13.4, 52.52]}},
              {"type": "Feature", "properties": {"key": "02", "name": "Pankow"},
               "geometry": {"type": "Point", "coordinates": [13.41, 52.57]}}
            ]}
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("a GeoJSON layer gives its fields, texts and point positions")
    func readsFeatures() throws {
        let url = try geoJSON()
        defer { try? FileManager.default.removeItem(at: url) }
        let layer = try VectorDataset(opening: url.path).layer(named: nil)
        let features = try layer.readFeatures()
        #expect(Set(layer.fieldNames) == ["key", "name"])
        #expect(features.map(\.index) == [1, 2])
        #expect(features.map { $0.fields["name"] } == ["Mitte", "Pankow"])
        #expect(features.first?.geometry?.point == Point(x: 13.4, y: 52.52))
        #expect(layer.spatialReference?.isGeographic == true)
    }

    @Test("a layer that is not there names the layers that are")
    func missingLayer() throws {
        let url = try geoJSON()
        defer { try? FileManager.default.removeItem(at: url) }
        let dataset = try VectorDataset(opening: url.path)
        let error = try #require(throws: GDALError.self) { try dataset.layer(named: "Bezirke") }
        guard case .noLayer(let name, let available) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(name == "Bezirke")
        #expect(available.count == 1 && available.first?.isEmpty == false)
    }

    @Test("a file no driver reads and a CRS GDAL does not know are errors with GDAL's reason")
    func failures() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gdal-bridge-\(UUID().uuidString).xyz")
        try Data("no vector data".utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: GDALError.self) { try VectorDataset(opening: url.path) }
        let error = try #require(throws: GDALError.self) { try SpatialReference(definition: "EPSG:999999") }
        guard case .invalidCRS(let definition, let reason) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(definition == "EPSG:999999")
        #expect(!reason.isEmpty)
    }

    @Test("a point transformed from longitude and latitude to UTM zone 33 lands in Berlin")
    func transformsPoints() throws {
        let transformation = try CoordinateTransformation(
            from: SpatialReference(definition: "EPSG:4326"), to: SpatialReference(definition: "EPSG:25833"))
        let geometry = try #require(OwnedGeometry(point: Point(x: 13.4, y: 52.52)))
        #expect(geometry.transform(with: transformation))
        let point = try #require(geometry.point)
        #expect(abs(point.x - 391_400) < 1_000 && abs(point.y - 5_820_000) < 1_000)
    }
}
