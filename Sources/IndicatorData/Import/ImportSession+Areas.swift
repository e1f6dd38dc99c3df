import Foundation
import GDALBridge
import GRDB
import Values

extension ImportSession {
    /// Reads the areas of one level from a geometry file (or one fixed area), in the working CRS, with repaired
    /// polygons.
    func importAreas(_ source: AreaSource) throws {
        try requireLevel(source.level)
        guard let file = source.file else {
            guard let key = source.key.apply(to: [:]), let name = source.name.apply(to: [:]) else {
                throw DataError.invalidManifest(
                    file: manifestURL.path, path: "areas.\(source.level)",
                    reason: "an area without `file` needs `key: { value: … }` and `name: { value: … }`")
            }
            try insertArea(
                AreaID(level: source.level, key: key), name: name, parentKey: source.parent?.apply(to: [:]),
                geometry: nil, importID: nil, file: manifestURL.path)
            return
        }
        let url = try resolve(file)
        var options: [String] = []
        if let encoding = source.encoding {
            options.append(try TextEncoding(manifestValue: encoding, file: url.path).shapefileOption)
        }
        let dataset = try VectorDataset(path: url.path, options: options)
        let layer = try dataset.layer(source.layer)
        let fields = layer.fieldNames
        for rule in [source.key, source.name] + (source.parent.map { [$0] } ?? []) {
            if let column = rule.column, !fields.contains(column) {
                throw DataError.missingColumn(file: url.path, column: column, available: fields)
            }
        }
        let features = try layer.features()
        try checkDeclaredCRS(of: source, layer: layer, features: features, file: url.path)
        let transformation = try transformation(for: layer, override: source.crs, file: url.path)
        let importID = try recordProvenance(of: url, rows: features.count)
        let merged = try MergedUnits(source.merge ?? [], file: manifestURL.path)
        let parents = try parentIndex(for: source, file: url.path)
        var firstLine: [String: Int] = [:]
        for feature in features {
            guard let key = source.key.apply(to: feature.fields) else {
                throw DataError.missingColumn(
                    file: "\(url.path):\(feature.index)", column: source.key.column ?? "key", available: fields)
            }
            if let first = firstLine[key] {
                throw DataError.duplicateKey(file: url.path, line: feature.index, key: key, firstLine: first)
            }
            firstLine[key] = feature.index
            let geometry = try prepare(feature.geometry, key: key, transformation: transformation, file: url.path)
            if manifest.areas.contains(where: { $0.dissolve == source.level }) {
                geometriesToDissolve[source.level, default: []].append(geometry)
            }
            let id = AreaID(level: source.level, key: key)
            let parentKey =
                try parents.map {
                    try locatedParent(of: id, geometry: geometry.multiPolygon, in: $0, file: url.path)
                } ?? source.parent?.apply(to: feature.fields)
            if merged.unit(containing: key) != nil {
                merged.collect(key: key, geometry: geometry, parentKey: parentKey)
                continue
            }
            try insertArea(
                id, name: source.name.apply(to: feature.fields) ?? key, parentKey: parentKey,
                geometry: geometry.multiPolygon, importID: importID, file: url.path)
        }
        for unit in try merged.dissolved(level: source.level, file: url.path) {
            try insertArea(
                AreaID(level: source.level, key: unit.key), name: unit.name, parentKey: unit.parentKey,
                geometry: unit.geometry.multiPolygon, importID: importID, file: url.path)
            report.notes.append(
                "\(url.path): \(source.level) \(unit.key) '\(unit.name)' merges the polygons "
                    + unit.parts.joined(separator: ", "))
        }
    }

    /// The transformation into the working CRS, or nil when the file is already in it.
    func transformation(for layer: VectorLayer, override: String?, file: String) throws -> CoordinateTransformation? {
        let sourceCRS = try override.map { try SpatialReference(definition: $0, file: file) } ?? layer.spatialReference
        guard let sourceCRS else { throw DataError.unknownCRS(file: file) }
        return try transformation(from: sourceCRS, file: file)
    }

    /// The transformation from `crs` into the working CRS, or nil when `crs` is the working CRS.
    func transformation(from crs: SpatialReference, file: String) throws -> CoordinateTransformation? {
        crs.isSame(as: workingCRS) ? nil : try CoordinateTransformation(from: crs, to: workingCRS, file: file)
    }

    /// The areas of `level` imported so far that have a geometry, to find the one a point lies in.
    func areaIndex(level: String) -> AreaIndex {
        AreaIndex(areas: areas.compactMap { id, row in id.level == level ? row.geometry.map { (id, $0) } : nil })
    }

    private func prepare(
        _ geometry: OwnedGeometry?, key: String, transformation: CoordinateTransformation?,
        file: String
    ) throws -> OwnedGeometry {
        guard let geometry else { throw DataError.missingGeometry(file: file, key: key) }
        if let transformation, !geometry.transform(with: transformation) {
            throw DataError.invalidCRS(
                file: file, definition: "source CRS",
                reason: GDALEnvironment.lastError(or: "area \(key) cannot be transformed to \(manifest.crs)"))
        }
        if !geometry.isValid {
            guard geometry.makeValid() else {
                throw DataError.invalidGeometry(
                    file: file, key: key, reason: GDALEnvironment.lastError(or: "self-intersecting or degenerate"))
            }
            report.notes.append("\(file): repaired the invalid polygon of area \(key) (OGR_G_MakeValid)")
        }
        guard !geometry.multiPolygon.polygons.isEmpty else { throw DataError.missingGeometry(file: file, key: key) }
        return geometry
    }

    private func insertArea(
        _ id: AreaID, name: String, parentKey: String?, geometry: MultiPolygon?,
        importID: Int64?, file: String
    ) throws {
        if let parentKey {
            guard let parentLevel = levels[id.level]?.parent,
                areas[AreaID(level: parentLevel, key: parentKey)] != nil
            else {
                throw DataError.unknownParent(
                    file: file, key: id.key, parent: parentKey, level: levels[id.level]?.parent ?? "(no parent level)")
            }
        }
        areas[id] = AreaRow(name: name, parentKey: parentKey, geometry: geometry)
        try db.execute(
            sql: """
                INSERT OR REPLACE INTO area (level, key, name, parent_key, geometry, import_id)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [id.level, id.key, name, parentKey, geometry.map(GeometryCodec.encode), importID])
        report.counts.areas += 1
    }

    /// Fixed areas with `dissolve:` get the union of that level's polygons as their outline.
    func dissolveFixedAreas() throws {
        for source in manifest.areas where source.file == nil {
            guard let level = source.dissolve, let key = source.key.apply(to: [:]) else { continue }
            guard let union = OwnedGeometry.union(geometriesToDissolve[level] ?? []) else {
                throw DataError.missingGeometry(file: manifestURL.path, key: key)
            }
            let geometry = union.multiPolygon
            areas[AreaID(level: source.level, key: key)]?.geometry = geometry
            try db.execute(
                sql: "UPDATE area SET geometry = ? WHERE level = ? AND key = ?",
                arguments: [GeometryCodec.encode(geometry), source.level, key])
        }
        geometriesToDissolve = [:]
    }
}
