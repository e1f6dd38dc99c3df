import Foundation
import GRDB
import Values

extension StoreSnapshot {
    /// Reads every table; a cell that does not hold what ReportGen wrote there is a located `StoreCellError`.
    init(_ db: Database) throws {
        let levelRows = try Self.rows(db, "SELECT key, name, parent FROM level ORDER BY position", "level", ["key"])
        levels = try levelRows.map { row in
            SpatialLevel(key: try row.value("key"), name: try row.value("name"), parent: try row.optional("parent"))
        }
        workingCRS = try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = 'crs'") ?? ""
        let parentLevel = Dictionary(levels.map { ($0.key, $0.parent) }, uniquingKeysWith: { first, _ in first })

        var areas: [AreaID: Area] = [:]
        var geometries: [AreaID: MultiPolygon] = [:]
        let areaSQL = "SELECT level, key, name, parent_key, geometry FROM area"
        for row in try Self.rows(db, areaSQL, "area", ["level", "key"]) {
            let id = AreaID(level: try row.value("level"), key: try row.value("key"))
            let parent: AreaID? = try row.optional("parent_key", as: String.self).flatMap { key in
                (parentLevel[id.level] ?? nil).map { AreaID(level: $0, key: key) }
            }
            areas[id] = Area(id: id, name: try row.value("name"), parent: parent)
            if let blob = try row.optional("geometry", as: Data.self), let geometry = GeometryCodec.decode(blob) {
                geometries[id] = geometry
            }
        }
        areasByID = areas
        self.geometries = geometries
        let childLinks = areas.values.compactMap { area in area.parent.map { (parent: $0, child: area) } }
        childrenByID = Dictionary(grouping: childLinks, by: \.parent)
            .mapValues { $0.map(\.child).sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map(\.id) }
        areasByLevel = Dictionary(grouping: areas.keys, by: \.level).mapValues { $0.sorted() }

        let definitions = try Self.rows(db, "SELECT key, definition FROM indicator", "indicator", ["key"]).map {
            try $0.json("definition", as: Indicator.self)
        }
        // Stores written before visibility flowed through formulas may hold a public formula over an internal one.
        indicatorsByKey = Dictionary(
            VisibilityPropagation.propagated(definitions).indicators.map { ($0.key, $0) },
            uniquingKeysWith: { first, _ in first })

        var values: [ValueKey: IndicatorValue] = [:]
        var periods: [String: Set<Period>] = [:]
        let sql = "SELECT indicator, level, area, period, value, numerator, denominator, status, note FROM value"
        let valueRows = try Self.rows(db, sql, "value", ["indicator", "level", "area", "period"])
        values.reserveCapacity(valueRows.count)
        for row in valueRows {
            let period = try row.period("period")
            let indicator: String = try row.value("indicator")
            let status = ValueStatus(rawValue: try row.value("status")) ?? .invalid
            let key = ValueKey(
                indicator: indicator, area: AreaID(level: try row.value("level"), key: try row.value("area")),
                period: period)
            values[key] = IndicatorValue(
                value: try row.optional("value"), numerator: try row.optional("numerator"),
                denominator: try row.optional("denominator"), status: status, note: try row.optional("note"))
            periods[indicator, default: []].insert(period)
        }
        self.values = values
        periodsByIndicator = periods.mapValues { $0.sorted() }
        (points, pointIndicesByArea) = try Self.loadPoints(db, areas: areas)
        pointSources = try Self.loadPointSources(db)
    }

    /// The sources of the point layers; a store of schema version 1 has none.
    private static func loadPointSources(_ db: Database) throws -> [String: PointLayerSource] {
        guard try StoreSchema.hasTable(db, "point_source") else { return [:] }
        var sources: [String: PointLayerSource] = [:]
        for row in try rows(
            db, "SELECT category, source, reference_date FROM point_source", "point_source", ["category"])
        {
            let date: String? = try row.optional("reference_date")
            sources[try row.value("category")] = PointLayerSource(
                source: try row.value("source"), referenceDate: try date.map { _ in try row.period("reference_date") })
        }
        return sources
    }

    private static func loadPoints(
        _ db: Database, areas: [AreaID: Area]
    ) throws -> ([PointOfInterest], [AreaID: [Int]]) {
        var points: [PointOfInterest] = []
        var indices: [AreaID: [Int]] = [:]
        let sql = """
            SELECT category, source_id, name, address, x, y, area_level, area_key, attributes FROM poi
            ORDER BY category, name, source_id
            """
        for row in try rows(db, sql, "poi", ["category", "source_id"]) {
            let level: String? = try row.optional("area_level")
            let key: String? = try row.optional("area_key")
            let area = level.flatMap { level in key.map { AreaID(level: level, key: $0) } }
            let attributes = try row.texts("attributes")
            var ancestor = area
            var steps = 0
            // Bounded: a hierarchy is a handful of levels deep, and a cycle in a damaged store must not hang.
            while let current = ancestor, steps < 16 {
                indices[current, default: []].append(points.count)
                ancestor = areas[current]?.parent
                steps += 1
            }
            points.append(
                PointOfInterest(
                    category: try row.value("category"), sourceID: try row.value("source_id"),
                    name: try row.value("name"), address: try row.value("address"),
                    position: Point(x: try row.value("x"), y: try row.value("y")), area: area, attributes: attributes))
        }
        return (points, indices)
    }

    private static func rows(_ db: Database, _ sql: String, _ table: String, _ identity: [String]) throws -> [StoreRow]
    {
        let statement = try db.makeStatement(sql: sql)
        let columns = statement.columnNames
        return try Row.fetchAll(statement).map { StoreRow(row: $0, table: table, identity: identity, columns: columns) }
    }
}
