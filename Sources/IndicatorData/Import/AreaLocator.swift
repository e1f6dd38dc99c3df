/// Finds the area of a table row: by key column, by name column, or by one name for the whole file; names go
/// through the `NameMatcher`, and every name it cannot match is reported with its nearest candidates.
struct AreaLocator {
    private enum Method {
        case key(ColumnRule)
        case nameColumn(String)
        /// One area for the whole file (nil when its name matched none; reported once).
        case fixed(String?)
    }

    private let method: Method
    private let matcher: NameMatcher
    private let file: String
    private let level: String

    init(
        source: TableSource, table: Table, fileAreaName: String?, matcher: NameMatcher, level: String,
        report: inout ImportReport
    )
        throws
    {
        if let key = source.key {
            if let column = key.column { try table.require(column) }
            method = .key(key)
        } else if let column = source.name {
            try table.require(column)
            method = .nameColumn(column)
        } else if let name = fileAreaName {
            let key = Self.resolve(
                name, matcher: matcher, at: "\(table.file) (\(table.rows.count) rows)",
                level: level, report: &report)
            method = .fixed(key)
        } else {
            throw DataError.invalidManifest(
                file: table.file, path: "tables.\(source.file)", reason: "give `key:`, `name:` or `name-from:`")
        }
        if source.shape == .long {
            try table.require(source.indicatorColumn ?? "indicator")
            try table.require(source.valueColumn ?? "value")
        } else {
            let parts = Array((source.numerators ?? [:]).values) + Array((source.denominators ?? [:]).values)
            for column in (Array(source.columns.keys) + parts).sorted() { try table.require(column) }
        }
        self.matcher = matcher
        file = table.file
        self.level = level
    }

    /// The area key of the row; nil (and a line in `report.unmatchedNames`) when its name matches no area.
    func key(of row: Table.Row, report: inout ImportReport) throws -> String? {
        switch method {
        case .key(let rule):
            guard let key = rule.apply(to: row.fields) else {
                throw DataError.unknownAreaKey(file: file, line: row.line, key: "(empty)", level: level)
            }
            return key
        case .nameColumn(let column):
            return Self.resolve(
                row.fields[column] ?? "", matcher: matcher, at: "\(file):\(row.line)", level: level,
                report: &report)
        case .fixed(let key):
            return key
        }
    }

    private static func resolve(
        _ name: String, matcher: NameMatcher, at place: String, level: String,
        report: inout ImportReport
    ) -> String? {
        switch matcher.match(name) {
        case .area(let key):
            return key
        case .unmatched(let nearest):
            report.unmatchedNames.append(
                "\(place): '\(visible(name))' matches no \(level); nearest: "
                    + nearest.map { "'\($0)'" }.joined(separator: ", "))
        case .ambiguous(let keys):
            report.unmatchedNames.append(
                "\(place): '\(visible(name))' matches several \(level) areas: "
                    + keys.sorted().joined(separator: ", ") + "; add an alias")
        }
        return nil
    }

    private static func visible(_ name: String) -> String {
        name.replacingOccurrences(of: "\n", with: "\\n")
    }
}
