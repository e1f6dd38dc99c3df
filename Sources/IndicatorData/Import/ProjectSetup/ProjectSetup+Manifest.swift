import Foundation
import Values

extension ProjectSetup {
    /// `import.yaml`, commented, with every guess above the entry it concerns.
    var manifestYAML: String {
        var lines = [
            "# Import manifest of \(datasetName), written by `reportgen init` from the files in daten/.",
            "# Every line marked GUESS was inferred from the files: check it, then run `reportgen import`.",
            "# Every key is described in docs/import-reference.md.",
            "dataset: \(quoted(datasetName))",
            "crs: \(crs)",
            "catalogue: indicators.yaml",
            "",
            "levels:                          # GUESS: from the geometry files, fewest areas on top",
        ]
        for (index, level) in levels.enumerated() {
            let parent = index == 0 ? "" : ", parent: \(levels[index - 1].key)"
            lines.append("  - { key: \(level.key), name: \(level.name)\(parent) }")
        }
        lines += [
            "", "areas:", "  - level: stadt", "    key: { value: \(quoted(cityKey)) }",
            "    name: { value: \(quoted(datasetName)) }",
        ]
        if levels.count > 1 {
            lines.append("    dissolve: \(levels[1].key)             # the outline: all \(levels[1].key) areas")
        }
        for (index, level) in levels.enumerated() {
            guard let geometry = level.geometry else { continue }
            lines += [
                "  - level: \(level.key)", "    file: daten/\(geometry.url.lastPathComponent)",
            ]
            if let encoding = geometry.encoding {
                lines.append("    encoding: \(encoding)            # GUESS: no .cpg, not UTF-8")
            }
            lines += [
                "    key: \(quoted(geometry.keyColumn))               # GUESS",
                "    name: \(quoted(geometry.nameColumn))            # GUESS",
            ]
            lines.append(
                index == 1
                    ? "    parent: { value: \(quoted(cityKey)) }"
                    : level.parentRule.map { "    parent: \($0)   # GUESS" }
                        ?? "    parent-by-location: true      # GUESS: no column names the parent; the area it lies in")
            let merged = merges.filter { $0.level == level.key }
            if !merged.isEmpty {
                lines.append("    merge:                        # GUESS: one row of the table for several areas")
                for merge in merged {
                    lines.append(
                        "      - { key: \(quoted(merge.key)), name: \(quoted(merge.name)), "
                            + "parts: [\(merge.parts.map(quoted).joined(separator: ", "))] }"
                    )
                }
            }
        }
        lines += ["", "tables:"]
        for table in tables { lines += tableLines(table) }
        if !points.isEmpty { lines += ["", "points:"] }
        for file in points { lines += pointLines(file) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pointLines(_ points: PointsInspection) -> [String] {
        var lines = [
            "  - file: daten/\(points.fileName)",
            "    category: \(points.category)            # GUESS: from the file name",
            "    id: \(quoted(points.idColumn))                   # GUESS",
            "    name: \(quoted(points.nameColumn))               # GUESS",
        ]
        if let encoding = points.encoding { lines.append("    encoding: \(encoding)           # GUESS") }
        if let delimiter = points.delimiter, delimiter != ";" {
            lines.append("    delimiter: \(quoted(String(delimiter)))")
        }
        if let coordinates = points.coordinates {
            lines += ["    x: \(quoted(coordinates.x))", "    y: \(quoted(coordinates.y))"]
        }
        if let crs = points.crs {
            lines.append("    crs: \(crs)                 # GUESS: from the size of the coordinates")
        }
        if !points.numericColumns.isEmpty {
            lines.append("    attributes: [\(points.numericColumns.map(quoted).joined(separator: ", "))]")
        }
        lines.append("    assign-to: \(levels.last?.key ?? "stadt")")
        lines.append(
            "    source: \(quoted("Bitte ergänzen (\(points.fileName))"))     # TODO: printed under the points' tables")
        let period = points.period?.iso ?? "TODO"
        lines.append("    indicators:                   # the count per area, and the sum of each number column")
        lines.append("      - { indicator: \(points.countKey), period: \(period) }")
        for column in points.numericColumns {
            lines.append(
                "      - { indicator: \(points.countKey)_\(NameSlug.slug(column)), period: \(period), sum: \(quoted(column)) }"
            )
        }
        return lines
    }

    private func tableLines(_ table: TableInspection) -> [String] {
        var lines = ["  - file: daten/\(table.fileName)"]
        if let encoding = table.encoding { lines.append("    encoding: \(encoding)           # GUESS") }
        if let delimiter = table.delimiter, delimiter != ";" {
            lines.append("    delimiter: \(quoted(String(delimiter)))")
        }
        if !table.isSheet, table.decimalSeparator == "." { lines.append("    decimal-separator: \".\"       # GUESS") }
        if table.skipRows > 0 { lines.append("    skip-rows: \(table.skipRows)                  # GUESS: title rows") }
        if table.headerRows > 1 {
            lines.append("    header-rows: \(table.headerRows)                # GUESS: joined into one name per column")
        }
        if table.keysAreDigits {
            lines.append("    where: { \(quoted(table.keyColumn)): \"/[0-9]+/\" }   # only rows with a key")
        }
        lines.append(
            "    key: { column: \(quoted(table.keyColumn))" + (table.keyPad.map { ", pad: \($0)" } ?? "")
                + " }   # GUESS")
        lines += levelLines(table)
        if let column = table.periodColumn {
            lines += [
                "    period-column: \(quoted(column))",
                "    period-format: year            # GUESS: 2022 → 31.12.2022",
            ]
        }
        if !table.markers.isEmpty {
            let signs = table.markers.sorted { $0.key < $1.key }.map { "\(quoted($0.key)): \($0.value.rawValue)" }
            lines.append("    markers: { \(signs.joined(separator: ", ")) }   # GUESS: the Zeichenerklärung")
        }
        lines.append("    columns:")
        for column in table.valueColumns {
            let key = NameSlug.slug(column.indicatorName)
            let target =
                column.period.map { "{ indicator: \(key), period: \($0.iso) }" }
                ?? (table.periodColumn == nil ? "{ indicator: \(key), period: TODO }   # GUESS: no date found" : key)
            lines.append("      \(quoted(column.header)): \(target)")
        }
        return lines
    }

    /// `level:` when the table holds one level, else `level-by-key:` with a pattern per level.
    private func levelLines(_ table: TableInspection) -> [String] {
        var keysByLevel: [String: [String]] = [:]
        for row in table.rows {
            if row.key == cityKey {
                keysByLevel["stadt", default: []].append(row.key)
                continue
            }
            if let merge = merges.first(where: { $0.key == row.key }) {
                keysByLevel[merge.level, default: []].append(row.key)
                continue
            }
            if let level = levels.first(where: { $0.geometry?.keys.contains(row.key) == true }) {
                keysByLevel[level.key, default: []].append(row.key)
            }
        }
        let ordered = levels.map(\.key).filter { keysByLevel[$0] != nil }
        if ordered.count == 1, let level = ordered.first { return ["    level: \(level)"] }
        let patterns = KeyPatterns.exclusive(ordered.map { ($0, keysByLevel[$0] ?? []) })
        return ["    level-by-key:                   # GUESS: the level of each row from its key"]
            + patterns.map { "      \(quoted($0.pattern)): \($0.level)" }
    }

    func quoted(_ text: String) -> String {
        let plain =
            text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }
            && !(text.first?.isNumber ?? true) && !text.hasPrefix(" ")
        return plain
            ? text
            : "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
    }
}

/// Regular expressions that tell the levels of a table apart by their keys: per position a digit range
/// (`00[1-3]`, `[1-3]0[1-9]`), or the keys themselves when ranges would overlap.
enum KeyPatterns {
    static func exclusive(_ levels: [(level: String, keys: [String])]) -> [(pattern: String, level: String)] {
        let ranged = levels.map { (pattern: ranges(of: $0.keys), level: $0.level) }
        let all = levels.flatMap(\.keys)
        let exclusive = all.allSatisfy { key in
            ranged.filter { (try? Regex($0.pattern)).map { key.wholeMatch(of: $0) != nil } ?? false }.count == 1
        }
        if exclusive { return ranged }
        return levels.map { (pattern: Set($0.keys).sorted().map(escaped).joined(separator: "|"), level: $0.level) }
    }

    private static func ranges(of keys: [String]) -> String {
        let lengths = Set(keys.map(\.count))
        guard lengths.count == 1, let length = lengths.first else {
            return Set(keys).sorted().map(escaped).joined(separator: "|")
        }
        return (0..<length).map { position in
            let characters = Set(keys.map { Array($0)[position] })
            if characters.count == 1, let only = characters.first { return escaped(String(only)) }
            guard characters.allSatisfy(\.isASCIIDigit), let low = characters.min(), let high = characters.max() else {
                return "."
            }
            return "[\(low)-\(high)]"
        }.joined()
    }

    private static func escaped(_ text: String) -> String {
        text.map { "\\^$.|?*+()[]{}".contains($0) ? "\\\($0)" : String($0) }.joined()
    }
}
