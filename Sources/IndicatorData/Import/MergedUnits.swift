import GDALBridge

/// Statistical units that cover several polygons (one row of a table for two Stadtteile): their parts are
/// collected while a layer is read and dissolved into one area with the unit's own key and name.
final class MergedUnits {
    struct Dissolved {
        var key: String
        var name: String
        var parentKey: String?
        var parts: [String]
        var geometry: OwnedGeometry
    }

    private let units: [AreaSource.MergedUnit]
    private var geometries: [String: OwnedGeometry] = [:]
    private var parents: [String: String?] = [:]

    init(_ units: [AreaSource.MergedUnit], file: String) throws {
        var owner: [String: String] = [:]
        for unit in units {
            for part in unit.parts {
                if let other = owner[part] {
                    throw DataError.conflict(
                        at: file, problem: "the polygon \(part) is part of the merged units \(other) and \(unit.key)",
                        fix: "name each polygon under one `merge:` unit only")
                }
                owner[part] = unit.key
            }
        }
        self.units = units
    }

    func unit(containing part: String) -> AreaSource.MergedUnit? {
        units.first { $0.parts.contains(part) }
    }

    func collect(key: String, geometry: OwnedGeometry, parentKey: String?) {
        geometries[key] = geometry
        parents[key] = parentKey
    }

    /// The merged units; throws when a part is missing from the layer or the parts have different parents.
    func dissolved(level: String, file: String) throws -> [Dissolved] {
        try units.map { unit in
            let missing = unit.parts.filter { geometries[$0] == nil }
            guard missing.isEmpty else {
                throw DataError.conflict(
                    at: file,
                    problem: "the merged \(level) \(unit.key) names parts that are not in the layer: "
                        + missing.joined(separator: ", "),
                    fix: "list the keys of the polygons as the layer has them under `parts:`")
            }
            let parentKeys = Set(unit.parts.map { parents[$0] ?? nil })
            guard parentKeys.count == 1, let parentKey = parentKeys.first else {
                throw DataError.conflict(
                    at: file, problem: "the parts of the merged \(level) \(unit.key) lie in different parent areas",
                    fix: "merge only polygons of the same parent area")
            }
            guard let union = OwnedGeometry.union(unit.parts.compactMap { geometries[$0] }) else {
                throw DataError.missingGeometry(file: file, key: unit.key)
            }
            return Dissolved(key: unit.key, name: unit.name, parentKey: parentKey, parts: unit.parts, geometry: union)
        }
    }
}
