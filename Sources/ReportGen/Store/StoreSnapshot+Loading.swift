import Foundation
import GRDB
import Layout

extension StoreSnapshot {
    init(_ db: Database) throws {
        let levelRows = try Row.fetchAll(db, sql: "SELECT key, name, parent FROM level ORDER BY position")
        levels = levelRows.map { SpatialLevel(key: $0["key"], name: $0["name"], parent: $0["parent"]) }
        workingCRS = try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = 'crs'") ?? ""
        let parentLevel = Dictionary(levels.map { ($0.key, $0.parent) }, uniquingKeysWith: { first, _ in first })

        var areas: [AreaID: Area] = [:]
        var geometries: [AreaID: MultiPolygon] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT level, key, name, parent_key, geometry FROM area") {
            let id = AreaID(level: row["level"], key: row["key"])
            let parent: AreaID? = (row["parent_key"] as String?).flatMap { key in
                (parentLevel[id.level] ?? nil).map { AreaID(level: $0, key: key) }
            }
            areas[id] = Area(id: id, name: row["name"], parent: parent)
            if let blob = row["geometry"] as Data?, let geometry = GeometryCodec.decode(blob) {
                geometries[id] = geometry
            }
        }
        areasByID = areas
        self.geometries = geometries
        let childLinks = areas.values.compactMap { area in area.parent.map { (parent: $0, child: area) } }
        childrenByID = Dictionary(grouping: childLinks, by: \.parent)
            .mapValues { $0.map(\.child).sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map(\.id) }
        areasByLevel = Dictionary(grouping: areas.keys, by: \.level).mapValues { $0.sorted() }

        let decoder = JSONDecoder()
        var indicators: [String: Indicator] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, definition FROM indicator") {
            let definition: String = row["definition"]
            indicators[row["key"]] = try decoder.decode(Indicator.self, from: Data(definition.utf8))
        }
        indicatorsByKey = indicators

        var values: [ValueKey: IndicatorValue] = [:]
        var periods: [String: Set<Period>] = [:]
        let sql = "SELECT indicator, level, area, period, value, numerator, denominator, status, note FROM value"
        for row in try Row.fetchAll(db, sql: sql) {
            guard let period = Period(row["period"]) else { continue }
            let indicator: String = row["indicator"]
            let status = ValueStatus(rawValue: row["status"]) ?? .invalid
            let key = ValueKey(
                indicator: indicator, area: AreaID(level: row["level"], key: row["area"]), period: period)
            values[key] = IndicatorValue(
                value: row["value"], numerator: row["numerator"], denominator: row["denominator"], status: status,
                note: row["note"])
            periods[indicator, default: []].insert(period)
        }
        self.values = values
        periodsByIndicator = periods.mapValues { $0.sorted() }

        var points: [PointOfInterest] = []
        var indices: [AreaID: [Int]] = [:]
        let pointSQL = "SELECT * FROM poi ORDER BY category, name, source_id"
        for row in try Row.fetchAll(db, sql: pointSQL) {
            let area: AreaID? = (row["area_level"] as String?).flatMap { level in
                (row["area_key"] as String?).map { AreaID(level: level, key: $0) }
            }
            let json: String = row["attributes"]
            let attributes = (try? decoder.decode([String: String].self, from: Data(json.utf8))) ?? [:]
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
                    category: row["category"], sourceID: row["source_id"], name: row["name"], address: row["address"],
                    position: Point(x: row["x"], y: row["y"]), area: area, attributes: attributes))
        }
        self.points = points
        pointIndicesByArea = indices
    }
}
