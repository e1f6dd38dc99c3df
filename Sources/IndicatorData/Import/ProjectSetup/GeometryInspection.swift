import Foundation
import GDALBridge
import Values

/// What `reportgen init` learns from a geometry file: its features' fields, the key and name columns, the
/// encoding of its texts and its coordinate reference system.
struct GeometryInspection {
    var url: URL
    var fields: [String]
    var rows: [[String: String]]
    var bounds: [Bounds?]
    /// `latin-1` when the texts are not UTF-8 and no .cpg says otherwise.
    var encoding: String?
    var keyColumn: String
    var nameColumn: String
    var crs: SpatialReference?
    var guesses: [String] = []

    var keys: [String] { rows.map { $0[keyColumn] ?? "" } }
    var names: [String] { rows.map { $0[nameColumn] ?? "" } }

    init(url: URL) throws {
        self.url = url
        var dataset = try VectorDataset(path: url.path)
        var layer = try dataset.layer(nil)
        var features: [VectorFeature]
        do {
            features = try layer.features()
        } catch DataError.notUTF8 {
            encoding = "latin-1"
            dataset = try VectorDataset(path: url.path, options: ["ENCODING=CP1252"])
            layer = try dataset.layer(nil)
            features = try layer.features()
            guesses.append(
                "\(url.lastPathComponent): the texts are not UTF-8 and no .cpg names their encoding; "
                    + "read as Latin-1 (Windows-1252)"
            )
        }
        fields = layer.fieldNames
        rows = features.map(\.fields)
        bounds = features.map { $0.geometry?.multiPolygon.bounds }
        crs = layer.spatialReference
        let profile = ColumnProfile(columns: fields, rows: rows)
        let unique = fields.filter(profile.isDistinct)
        let keyWords = ["nr", "id", "key", "schl", "code", "kenn"]
        guard
            let key = unique.first(where: { field in
                !profile.hasLetters(field) && keyWords.contains { field.lowercased().contains($0) }
            })
                ?? unique.first(where: { !profile.hasLetters($0) }) ?? unique.first
        else {
            throw DataError.conflict(
                at: url.path, problem: "no column has a different value for every area",
                fix: "add a key column to the geometry file, e.g. in QGIS")
        }
        keyColumn = key
        nameColumn = profile.nameColumn(besides: key)
        guesses.append(
            "\(url.lastPathComponent): \(features.count) areas, key column \(keyColumn), name column \(nameColumn)")
    }

    /// The working CRS: ETRS89 / UTM of the file's zone (also when its .prj puts the zone before the easting).
    func workingCRS() -> (definition: String, guess: String) {
        guard let crs else {
            return (
                "EPSG:25832", "\(url.lastPathComponent) has no .prj; assumed ETRS89 / UTM 32N (EPSG:25832) — check!"
            )
        }
        if let zone = crs.utmZone {
            return (
                "EPSG:258\(zone)",
                "\(url.lastPathComponent): CRS '\(crs.name)'; stored as ETRS89 / UTM zone \(zone)N (EPSG:258\(zone))"
            )
        }
        if crs.isGeographic, let centre = bounds.compactMap({ $0 }).first {
            let zone = Int(((centre.minX + 180) / 6).rounded(.down)) + 1
            return (
                "EPSG:258\(zone)",
                "\(url.lastPathComponent): longitude and latitude ('\(crs.name)'); "
                    + "stored as ETRS89 / UTM zone \(zone)N (EPSG:258\(zone))"
            )
        }
        return (
            "EPSG:25832",
            "\(url.lastPathComponent): CRS '\(crs.name)' is no UTM projection; assumed EPSG:25832 — check!"
        )
    }
}
