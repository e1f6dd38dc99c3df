import Foundation

/// The level of a table's rows: one for the whole table, or one per row from a pattern of its key or from a
/// column (official tables mix the city, its districts and their parts in one sheet).
enum RowLevel {
    case fixed(String)
    /// Full-match regular expressions of the key → level.
    case byKey([(pattern: Regex<AnyRegexOutput>, text: String, level: String)])
    case byColumn(String, [String: String])

    init(source: TableSource, file: String) throws {
        let place = "\(file): tables entry '\(source.file)'"
        switch (source.level, source.levelByKey, source.levelByColumn) {
        case (let level?, nil, nil):
            self = .fixed(level)
        case (nil, let patterns?, nil):
            self = .byKey(
                try patterns.sorted { $0.key < $1.key }.map { text, level in
                    guard let pattern = try? Regex(text) else {
                        throw DataError.conflict(
                            at: place, problem: "'\(text)' under `level-by-key:` is not a regular expression",
                            fix: "write a pattern such as \"[0-9]{3}\"")
                    }
                    return (pattern, text, level)
                })
        case (nil, nil, let rule?):
            self = .byColumn(rule.column, rule.values.entries)
        default:
            throw DataError.conflict(
                at: place, problem: "give exactly one of `level:`, `level-by-key:` and `level-by-column:`",
                fix: "use `level:` for a table of one level, `level-by-key:` or `level-by-column:` for mixed levels")
        }
        if case .fixed = self { return }
        guard source.key != nil else {
            throw DataError.conflict(
                at: place, problem: "a level per row needs `key:` to join the rows",
                fix: "add `key:` with the column of the area keys")
        }
    }

    var levels: [String] {
        switch self {
        case .fixed(let level): [level]
        case .byKey(let patterns): patterns.map(\.level)
        case .byColumn(_, let values): Array(values.values)
        }
    }

    /// What the messages call the rows' level.
    var name: String { Set(levels).sorted().joined(separator: "/") }

    /// The level of one row; nil when no pattern or value fits. Throws when several patterns fit the key.
    func level(of row: Table.Row, key: String, file: String) throws -> String? {
        switch self {
        case .fixed(let level):
            return level
        case .byKey(let patterns):
            let fitting = patterns.filter { key.wholeMatch(of: $0.pattern) != nil }
            guard fitting.count <= 1 else {
                throw DataError.conflict(
                    at: "\(file):\(row.line)",
                    problem: "the key '\(key)' fits several patterns of `level-by-key:`: "
                        + fitting.map { "'\($0.text)'" }.joined(separator: ", "),
                    fix: "make the patterns exclusive, e.g. \"0[0-9]{2}\" and \"[1-9][0-9]{2}\"")
            }
            return fitting.first?.level
        case .byColumn(let column, let values):
            return values[(row.fields[column] ?? "").trimmingCharacters(in: .whitespaces)]
        }
    }
}
