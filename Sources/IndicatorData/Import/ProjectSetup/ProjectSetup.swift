import Foundation
import Values

/// `reportgen init`: inspects a city's geometry files and tables and writes a project that imports them and
/// renders a first Statusbericht — a commented `import.yaml`, `indicators.yaml`, `templates/statusbericht.yaml`
/// and `reportgen.yaml` — listing every guess for the user to confirm.
public struct ProjectSetup {
    struct Level {
        var key: String
        var name: String
        /// "Stadtteile", from the geometry file's name.
        var plural: String
        var geometry: GeometryInspection?
        /// `{ column: X, first: n, pad: m }` as YAML, for levels below the top one; nil when no column names the
        /// parent, which is then found by where each area lies (`parent-by-location: true`).
        var parentRule: String?
    }

    struct Merge {
        var level: String
        var key: String
        var name: String
        var parts: [String]
    }

    struct IndicatorGuess {
        var key: String
        var name: String
        var unit: String
        var periods: [Period]
        var source: String
        /// Whole numbers that add up (`aggregation: sum`); shares and rates do not.
        var isCount: Bool
        /// For a share computed by the store: numerator and denominator indicators.
        var share: (numerator: String, denominator: String)?
    }

    let folder: URL
    var datasetName: String
    var crs: String
    var levels: [Level] = []
    var cityKey: String
    var merges: [Merge] = []
    var tables: [TableInspection] = []
    var indicators: [IndicatorGuess] = []
    var points: [PointsInspection] = []
    public private(set) var guesses: [String] = []

    /// Inspects the files (geometries: any order, the one with the fewest areas is the top level).
    public init(project folder: URL, geometries: [URL], tables tableURLs: [URL], points pointURLs: [URL] = []) throws {
        self.folder = folder
        let inspected = try geometries.map(GeometryInspection.init(url:)).sorted { $0.rows.count < $1.rows.count }
        guard let top = inspected.first else {
            throw DataError.conflict(
                at: "reportgen init", problem: "no geometry file given", fix: "add --geometry FILE")
        }
        let working = top.workingCRS()
        crs = working.definition
        guesses = inspected.flatMap(\.guesses) + [working.guess]
        let keyLengths = Set(inspected.flatMap { $0.keys.map(\.count) })
        let areaKeys = Set(inspected.flatMap(\.keys))
        tables = try tableURLs.map { try TableInspection(url: $0, areaKeys: areaKeys, keyLengths: keyLengths) }
        guesses += tables.flatMap(\.guesses)
        let unknownRows = tables.flatMap(\.rows).filter { !areaKeys.contains($0.key) }
        let cityRow = unknownRows.first { $0.key.allSatisfy { $0 == "0" } }
        cityKey = cityRow?.key ?? String(repeating: "0", count: keyLengths.max() ?? 3)
        datasetName =
            cityRow.map { $0.name.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? folder.lastPathComponent.capitalized
        guesses.append("the city is \(datasetName), key \(cityKey)" + (cityRow == nil ? " (no city row found)" : ""))
        levels = [Level(key: "stadt", name: "Stadt", plural: "Städte")]
        for (index, geometry) in inspected.enumerated() {
            let key = Self.levelKey(of: geometry.url)
            let parentRule = index == 0 ? nil : Self.parentRule(of: geometry, in: inspected[index - 1])
            let words = geometry.url.deletingPathExtension().lastPathComponent.split(separator: "_").map(String.init)
            let stem = words.filter { $0.allSatisfy(\.isLetter) }.max { $0.count < $1.count } ?? key
            levels.append(
                Level(
                    key: key, name: key.prefix(1).uppercased() + key.dropFirst(),
                    plural: stem.prefix(1).uppercased() + stem.dropFirst(), geometry: geometry, parentRule: parentRule))
            let parent =
                index == 0
                ? ""
                : parentRule.map { ", parent from \($0)" }
                    ?? ", parent: the \(levels[index].key) area that contains each area (no column names it)"
            guesses.append("\(geometry.url.lastPathComponent): the level \(key)\(parent)")
        }
        merges = Self.merges(unknownRows.filter { $0.key != cityKey }, levels: levels)
        for merge in merges {
            guesses.append(
                "\(merge.key) '\(merge.name)' is one statistical unit of the \(merge.level) areas "
                    + merge.parts.joined(separator: ", ")
            )
        }
        indicators = Self.indicators(of: tables)
        for url in pointURLs {
            var inspected = try PointsInspection(url: url, workingCRS: crs)
            if inspected.period == nil {
                inspected.period = indicators.flatMap(\.periods).max()
                inspected.guesses.append(
                    "\(inspected.fileName): no date in the file name; counted at "
                        + (inspected.period.map { "\($0.iso), the tables' latest date" } ?? "TODO"))
            }
            guesses += inspected.guesses
            points.append(inspected)
            indicators += Self.indicators(of: inspected)
        }
        for indicator in indicators {
            let computed = indicator.share.map { ", computed as \($0.numerator) / \($0.denominator)" } ?? ""
            guesses.append("indicator \(indicator.key) '\(indicator.name)', unit '\(indicator.unit)'\(computed)")
        }
    }

    /// `stadtteile.shp` → `stadtteil`, `lor_bezirksregionen_2021.shp` → `bezirksregion`: the longest word of the
    /// file name, in the singular.
    static func levelKey(of url: URL) -> String {
        let words = NameSlug.slug(url.deletingPathExtension().lastPathComponent).split(separator: "_")
        let word = String(
            words.filter { $0.allSatisfy(\.isLetter) }.max { $0.count < $1.count } ?? words.first ?? "gebiet")
        if word.hasSuffix("raeume") { return String(word.dropLast(6)) + "raum" }
        if word.hasSuffix("ionen") { return String(word.dropLast(2)) }
        if word.hasSuffix("e"), word.count > 4 { return String(word.dropLast()) }
        return word
    }

    /// The first characters of a child's key that name its parent (zero-padded to the parent's key length), or
    /// else another column of the child whose values are the parents' keys.
    static func parentRule(of child: GeometryInspection, in parent: GeometryInspection) -> String? {
        let parents = Set(parent.keys)
        let length = parent.keys.map(\.count).max() ?? 0
        func padded(_ text: String) -> String {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.count < length, trimmed.allSatisfy(\.isASCIIDigit) else { return trimmed }
            return String(repeating: "0", count: length - trimmed.count) + trimmed
        }
        for count in 1..<max(1, child.keys.map(\.count).max() ?? 1) {
            guard child.keys.allSatisfy({ parents.contains(padded(String($0.prefix(count)))) }) else { continue }
            return "{ column: \(child.keyColumn), first: \(count)" + (count < length ? ", pad: \(length) }" : " }")
        }
        for field in child.fields where field != child.keyColumn {
            let values = child.rows.map { $0[field] ?? "" }
            guard values.allSatisfy({ parents.contains(padded($0)) }) else { continue }
            let pad = values.contains { padded($0) != $0.trimmingCharacters(in: .whitespaces) }
            return "{ column: \(field)" + (pad ? ", pad: \(length) }" : " }")
        }
        return nil
    }

    /// Rows whose key no area has and whose name joins names of one level with "/" or "und".
    static func merges(_ rows: [(key: String, name: String)], levels: [Level]) -> [Merge] {
        rows.compactMap { row in
            let parts = row.name.components(separatedBy: "/").flatMap { $0.components(separatedBy: " und ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count > 1 else { return nil }
            for level in levels {
                guard let geometry = level.geometry else { continue }
                let keys = parts.compactMap { part in geometry.names.firstIndex(of: part).map { geometry.keys[$0] } }
                if keys.count == parts.count {
                    return Merge(level: level.key, key: row.key, name: row.name, parts: keys)
                }
            }
            return nil
        }
    }

    static func indicators(of tables: [TableInspection]) -> [IndicatorGuess] {
        var byKey: [String: IndicatorGuess] = [:]
        var order: [String] = []
        for table in tables {
            for column in table.valueColumns {
                let key = NameSlug.slug(column.indicatorName)
                if byKey[key] == nil {
                    order.append(key)
                    byKey[key] = IndicatorGuess(
                        key: key, name: column.indicatorName, unit: Self.unit(of: column.indicatorName), periods: [],
                        source: table.source ?? "Bitte ergänzen (\(table.fileName))", isCount: column.isCount)
                }
                byKey[key]?.periods += column.period.map { [$0] } ?? table.rowPeriods
                if !column.isCount { byKey[key]?.isCount = false }
            }
        }
        let found = order.compactMap { byKey[$0] }
        return found + shares(of: found)
    }

    /// The count of a file's points per area (`kitas`), and the sum of each of its whole-number columns
    /// (`kitas_plaetze`).
    static func indicators(of points: PointsInspection) -> [IndicatorGuess] {
        let source = "Bitte ergänzen (\(points.fileName))"
        let periods = points.period.map { [$0] } ?? []
        let count = IndicatorGuess(
            key: points.countKey, name: points.plural, unit: points.plural, periods: periods, source: source,
            isCount: true)
        return [count]
            + points.numericColumns.map { column in
                IndicatorGuess(
                    key: points.countKey + "_" + NameSlug.slug(column), name: "\(points.plural): \(column)",
                    unit: unit(of: column), periods: periods, source: source, isCount: true)
            }
    }

    /// "Einwohner unter 18 Jahren" of "Einwohner": a share the store computes, which a map can show (a map of
    /// counts would mostly show the areas' sizes).
    static func shares(of indicators: [IndicatorGuess]) -> [IndicatorGuess] {
        guard let total = indicators.first(where: { $0.isCount && $0.unit == "Personen" && !$0.name.contains(" ") })
        else { return [] }
        return indicators.filter { $0.isCount && $0.name.hasPrefix(total.name + " ") }.map { part in
            IndicatorGuess(
                key: "anteil_" + part.key, name: "Anteil " + part.name, unit: "%",
                periods: part.periods.filter(total.periods.contains), source: part.source, isCount: false,
                share: (part.key, total.key))
        }
    }

    /// A unit from words of the column title.
    static func unit(of name: String) -> String {
        let lower = name.lowercased()
        if ["%", "anteil", "quote", "prozent"].contains(where: lower.contains) { return "%" }
        let words: [(String, String)] = [
            ("haushalt", "Haushalte"), ("platz", "Plätze"), ("plätze", "Plätze"), ("wohnung", "Wohnungen"),
            ("fläche", "ha"),
        ]
        if let unit = words.first(where: { lower.contains($0.0) })?.1 { return unit }
        let people = [
            "einwohner", "personen", "arbeitslos", "kinder", "bevölkerung", "beschäftigt", "empfänger",
            "schüler", "jugendliche", "menschen", "frauen", "männer",
        ]
        return people.contains(where: lower.contains) ? "Personen" : ""
    }
}

/// Keys from names: `Einwohner unter 18 Jahren` → `einwohner_unter_18_jahren`.
enum NameSlug {
    static func slug(_ text: String) -> String {
        var lower = text.lowercased()
        for (from, to) in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")] {
            lower = lower.replacingOccurrences(of: from, with: to)
        }
        let words = lower.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "_")
    }
}
