import Yams

/// Checks of a manifest that its shape cannot express, at the line and column of the offending key.
enum ManifestChecks {
    /// Two columns of one table mapped to the same indicator (and reference date) would overwrite each other.
    static func checkColumns(of manifest: Node, file: String) throws {
        let checker = YAMLShapeChecker(file: file)
        guard case .sequence(let tables)? = manifest.mapping?["tables"] else { return }
        for table in tables {
            let tablePeriod = table.mapping?["period"]?.string
            guard case .mapping(let columns)? = table.mapping?["columns"] else { continue }
            var firstColumn: [String: String] = [:]
            for (column, target) in columns {
                let indicator = target.string ?? target.mapping?["indicator"]?.string ?? ""
                let period = target.mapping?["period"]?.string ?? tablePeriod ?? ""
                let name = column.string ?? ""
                if let first = firstColumn[indicator + "@" + period] {
                    throw DataError.conflict(
                        at: checker.location(of: column).description,
                        problem: "the columns '\(first)' and '\(name)' are both mapped to the indicator '\(indicator)'",
                        fix: "map each indicator once, or give each column its own reference date, e.g. "
                            + "'\(name)': { indicator: \(indicator), period: 2022-12-31 }")
                }
                firstColumn[indicator + "@" + period] = name
            }
        }
    }

    /// An area entry names its parent one way: by a column (`parent:`) or by where it lies (`parent-by-location:`).
    static func checkParents(of manifest: Node, file: String) throws {
        let checker = YAMLShapeChecker(file: file)
        for area in manifest.mapping?["areas"]?.array() ?? [] {
            guard let fields = area.mapping, fields["parent"] != nil,
                let byLocation = fields.first(where: { $0.key.string == "parent-by-location" })
            else { continue }
            throw DataError.conflict(
                at: checker.location(of: byLocation.key).description,
                problem:
                    "the areas entry '\(fields["level"]?.string ?? "?")' has both `parent:` and `parent-by-location:`",
                fix: "keep `parent:` when a column names the parent, else `parent-by-location: true`")
        }
    }
}
