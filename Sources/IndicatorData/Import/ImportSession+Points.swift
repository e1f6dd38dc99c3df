import Foundation
import GDALBridge
import GRDB
import Values

extension ImportSession {
    private struct RawPoint {
        var line: Int
        var fields: [String: String]
        var position: Point
    }

    /// A point whose id an earlier line of the same source already used (the point is left out).
    private struct RepeatedID {
        var id: String
        var firstLine: Int
        var line: Int

        var description: String { "\(id) (lines \(firstLine) and \(line))" }
    }

    /// Reads points of interest, moves them into the working CRS, places each in the area of `assign-to` that
    /// contains it, and derives the indicators the manifest asks for (count, or sum of an attribute, per area).
    func importPoints(_ source: PointSource) throws {
        try requireLevel(source.assignTo)
        let url = try resolve(source.file)
        let raw = try readPoints(source, url: url)
        let importID = try recordProvenance(of: url, rows: raw.count)
        try db.execute(
            sql: "INSERT OR REPLACE INTO point_source (category, source, reference_date) VALUES (?, ?, ?)",
            arguments: [source.category, source.source, source.referenceDate?.iso])
        let index = areaIndex(level: source.assignTo)
        var pointsByArea: [AreaID: [RawPoint]] = [:]
        var firstLine: [String: Int] = [:]
        var duplicates: [RepeatedID] = []
        var outside: [String] = []
        for point in raw {
            guard let id = source.id.apply(to: point.fields) else {
                throw DataError.missingColumn(
                    file: "\(url.path):\(point.line)", column: source.id.column ?? "id",
                    available: Array(point.fields.keys).sorted())
            }
            if let first = firstLine[id] {
                duplicates.append(RepeatedID(id: id, firstLine: first, line: point.line))
                continue
            }
            firstLine[id] = point.line
            let area = index.area(containing: point.position)
            if let area {
                pointsByArea[area, default: []].append(point)
            } else {
                outside.append("\(url.path):\(point.line): \(source.category) \(id) lies in no \(source.assignTo)")
            }
            try insert(point, id: id, area: area, source: source, importID: importID)
        }
        reportPoints(source, file: url.path, total: raw.count, outside: outside, duplicates: duplicates)
        try DuplicatePointIDs.record(duplicates.map(\.id), category: source.category, in: db)
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

    private func insert(_ point: RawPoint, id: String, area: AreaID?, source: PointSource, importID: Int64) throws {
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

    /// Points outside every area: a warning when most are (a wrong CRS), else a note; each one as a detail.
    /// Duplicate ids: a warning (only the first point of an id is kept).
    private func reportPoints(
        _ source: PointSource, file: String, total: Int, outside: [String], duplicates: [RepeatedID]
    ) {
        report.details += outside
        if !outside.isEmpty {
            let line = "\(file): \(outside.count) of \(total) \(source.category) points lie in no \(source.assignTo)"
            if outside.count * 2 > total {
                report.warnings.append(
                    line + " — most of them: is the CRS of the points or of the areas wrong? (--details lists them)")
            } else {
                report.notes.append(line + " (--details lists them)")
            }
        }
        if !duplicates.isEmpty {
            report.warnings.append(
                "\(file): \(source.category) ids appear more than once, only the first is kept: "
                    + duplicates.prefix(10).map(\.description).joined(separator: ", ")
                    + (duplicates.count > 10 ? ", …" : "")
                    + ". Fix: give every point its own id.")
        }
    }

    private func readPoints(_ source: PointSource, url: URL) throws -> [RawPoint] {
        if let xColumn = source.x, let yColumn = source.y {
            let table = try Table.read(
                path: url.path,
                layout: TableLayout(sheet: source.layer, delimiter: source.delimiter?.first, encoding: source.encoding))
            try table.require(xColumn)
            try table.require(yColumn)
            guard let crs = source.crs else { throw DataError.unknownCRS(file: url.path) }
            let transformation = try transformation(
                from: try SpatialReference(definition: crs, file: url.path), file: url.path)
            var skipped: [Int] = []
            let points = try table.rows.compactMap { row -> RawPoint? in
                let cells = [row.fields[xColumn], row.fields[yColumn]].map {
                    ($0 ?? "").trimmingCharacters(in: .whitespaces)
                }
                if cells.contains(where: \.isEmpty) {
                    skipped.append(row.line)
                    return nil
                }
                let x = try coordinate(row.fields[xColumn], file: url.path, line: row.line, column: xColumn)
                let y = try coordinate(row.fields[yColumn], file: url.path, line: row.line, column: yColumn)
                guard let geometry = OwnedGeometry(point: Point(x: x, y: y)) else {
                    throw DataError.notANumber(file: url.path, line: row.line, column: xColumn, text: "\(x)")
                }
                return RawPoint(
                    line: row.line, fields: row.fields,
                    position: try position(of: geometry, transformation, file: url.path, line: row.line))
            }
            noteSkipped(skipped, of: table.rows.count, source: source, file: url.path)
            return points
        }
        let dataset = try VectorDataset(path: url.path)
        let layer = try dataset.layer(source.layer)
        let transformation = try transformation(for: layer, override: source.crs, file: url.path)
        let features = try layer.features()
        var skipped: [Int] = []
        let points = try features.compactMap { feature -> RawPoint? in
            guard let geometry = feature.geometry else {
                skipped.append(feature.index)
                return nil
            }
            return RawPoint(
                line: feature.index, fields: feature.fields,
                position: try position(of: geometry, transformation, file: url.path, line: feature.index))
        }
        noteSkipped(skipped, of: features.count, source: source, file: url.path)
        return points
    }

    /// One summary line for points without coordinates, and a detail line for each.
    private func noteSkipped(_ lines: [Int], of total: Int, source: PointSource, file: String) {
        guard !lines.isEmpty else { return }
        report.notes.append(
            "\(file): \(lines.count) of \(total) \(source.category) points have no coordinates and were skipped "
                + "(lines \(lines.prefix(10).map(String.init).joined(separator: ", "))"
                + "\(lines.count > 10 ? ", …" : ""))")
        report.details += lines.map { "\(file):\($0): \(source.category) point without coordinates, skipped" }
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
