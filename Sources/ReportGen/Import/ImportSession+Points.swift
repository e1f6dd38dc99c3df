import Foundation
import GRDB
import Layout

extension ImportSession {
    private struct RawPoint {
        var line: Int
        var fields: [String: String]
        var position: Point
    }

    /// Reads points of interest, moves them into the working CRS, places each in the area of `assign-to` that
    /// contains it, and derives the indicators the manifest asks for (count, or sum of an attribute, per area).
    func importPoints(_ source: PointSource) throws {
        try requireLevel(source.assignTo)
        let url = try resolve(source.file)
        let raw = try readPoints(source, url: url)
        let importID = try recordProvenance(of: url, rows: raw.count)
        let index = AreaIndex(
            areas: areas.filter { $0.key.level == source.assignTo }.compactMap { entry in
                entry.value.geometry.map { (entry.key, $0) }
            })
        var pointsByArea: [AreaID: [RawPoint]] = [:]
        for point in raw {
            guard let id = source.id.apply(to: point.fields) else {
                throw DataError.missingColumn(
                    file: "\(url.path):\(point.line)", column: source.id.column ?? "id",
                    available: Array(point.fields.keys).sorted())
            }
            let area = index.area(containing: point.position)
            if let area {
                pointsByArea[area, default: []].append(point)
            } else {
                report.notes.append("\(url.path):\(point.line): \(source.category) \(id) lies in no \(source.assignTo)")
            }
            let address = (source.address ?? []).compactMap { point.fields[$0] }.joined(separator: " ")
            let attributes = (source.attributes ?? []).reduce(into: [String: String]()) { $0[$1] = point.fields[$1] }
            let json = String(decoding: try JSONEncoder().encode(attributes), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO poi (category, source_id, name, address, x, y, area_level, area_key,
                    attributes, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    source.category, id, source.name.apply(to: point.fields) ?? id, address,
                    point.position.x, point.position.y, area?.level, area?.key, json, importID,
                ])
            report.counts.points += 1
        }
        for derived in source.indicators ?? [] {
            _ = try requireIndicator(derived.indicator)
            for area in areas.keys where area.level == source.assignTo {
                var total = 0.0
                for point in pointsByArea[area] ?? [] {
                    guard let column = derived.sum else {
                        total += 1
                        continue
                    }
                    let text = point.fields[column] ?? ""
                    guard let number = NumberParser.parse(text, decimalSeparator: ",") else {
                        throw DataError.notANumber(file: url.path, line: point.line, column: column, text: text)
                    }
                    total += number
                }
                imported[derived.indicator, area, derived.period] = ValueRecord(
                    value: total, sourceStatus: .valid, status: .valid, origin: .imported, importID: importID)
            }
        }
    }

    private func readPoints(_ source: PointSource, url: URL) throws -> [RawPoint] {
        if let xColumn = source.x, let yColumn = source.y {
            let table = try Table.read(
                path: url.path, sheet: source.layer, delimiter: source.delimiter,
                encoding: source.encoding, decimalSeparator: nil)
            try table.require(xColumn)
            try table.require(yColumn)
            guard let crs = source.crs else { throw DataError.unknownCRS(file: url.path) }
            let sourceCRS = try SpatialReference(definition: crs, file: url.path)
            let transformation =
                sourceCRS.isSame(as: workingCRS)
                ? nil : try CoordinateTransformation(from: sourceCRS, to: workingCRS, file: url.path)
            return try table.rows.map { row in
                let x = try coordinate(row.fields[xColumn], file: url.path, line: row.line, column: xColumn)
                let y = try coordinate(row.fields[yColumn], file: url.path, line: row.line, column: yColumn)
                guard let geometry = OwnedGeometry(point: Point(x: x, y: y)) else {
                    throw DataError.notANumber(file: url.path, line: row.line, column: xColumn, text: "\(x)")
                }
                return RawPoint(
                    line: row.line, fields: row.fields,
                    position: try position(of: geometry, transformation, file: url.path, line: row.line))
            }
        }
        let dataset = try VectorDataset(path: url.path)
        let layer = try dataset.layer(source.layer)
        let transformation = try transformation(for: layer, override: source.crs, file: url.path)
        return try layer.features().map { feature in
            guard let geometry = feature.geometry else {
                throw DataError.missingGeometry(
                    file: url.path,
                    key: "\(feature.index)")
            }
            return RawPoint(
                line: feature.index, fields: feature.fields,
                position: try position(of: geometry, transformation, file: url.path, line: feature.index))
        }
    }

    private func position(
        of geometry: OwnedGeometry, _ transformation: CoordinateTransformation?, file: String,
        line: Int
    ) throws -> Point {
        if let transformation, !geometry.transform(with: transformation) {
            throw DataError.invalidCRS(
                file: "\(file):\(line)", definition: "source CRS",
                reason: GDALEnvironment.lastError(or: "the point cannot be transformed"))
        }
        guard let point = geometry.point, point.x.isFinite, point.y.isFinite else {
            throw DataError.missingGeometry(file: file, key: "feature \(line)")
        }
        return point
    }

    private func coordinate(_ text: String?, file: String, line: Int, column: String) throws -> Double {
        let text = text ?? ""
        guard
            let value = NumberParser.parse(text, decimalSeparator: ".")
                ?? NumberParser.parse(text, decimalSeparator: ",")
        else { throw DataError.notANumber(file: file, line: line, column: column, text: text) }
        return value
    }
}
