import Foundation
import Values

extension ImportSession {
    /// Reads the values of one table entry (one file, or every file its `*` pattern matches).
    func importTable(_ source: TableSource) throws {
        let rowLevel = try RowLevel(source: source, file: manifestURL.path)
        for level in rowLevel.levels { try requireLevel(level) }
        let named = Set(source.columns.values.map(\.indicator)).union((source.numerators ?? [:]).keys)
            .union((source.denominators ?? [:]).keys)
        for indicator in named.sorted() { _ = try requireIndicator(indicator) }
        let files = FileGlob.expand(source.file, relativeTo: baseURL)
        guard !files.isEmpty else {
            throw DataError.fileNotFound(
                file: FileGlob.url(source.file, relativeTo: baseURL).path, referencedFrom: manifestURL.path)
        }
        let matcher = NameMatcher(
            areas: areas.filter { $0.key.level == source.level }.map { ($0.key.key, $0.value.name) },
            aliases: (source.aliases ?? [:]).entries)
        let unmatchedBefore = report.unmatchedNames.count
        var ignoredCodes: Set<String> = []
        for url in files {
            let path = try resolve(url.path).path
            let table = try Table.read(path: path, layout: try layout(of: source))
            let importID = try recordProvenance(of: url, rows: table.rows.count)
            let fileArea = try source.nameFrom.map { try areaNamed(fromSiblingOf: url, spec: $0) }
            let locate = try AreaLocator(
                source: source, table: table, fileAreaName: fileArea, matcher: matcher, level: rowLevel.name,
                report: &report)
            let rowColumns =
                Array((source.where ?? [:]).keys)
                + [source.periodColumn, source.levelByColumn?.column].compactMap { $0 }
            for column in rowColumns.sorted() { try table.require(column) }
            let cells = CellReader(source: source, decimalSeparator: table.decimalSeparator)
            var firstLine: [String: Int] = [:]
            var unlevelled: [Int] = []
            for row in table.rows where (source.where ?? [:]).allSatisfy({ $0.value.matches(row.fields[$0.key]) }) {
                guard let key = try locate.key(of: row, report: &report) else { continue }
                guard let level = try rowLevel.level(of: row, key: key, file: path) else {
                    unlevelled.append(row.line)
                    continue
                }
                let carried = source.carriedBy?[key]
                let area = AreaID(level: level, key: carried?.area ?? key)
                guard areas[area] != nil else {
                    throw DataError.unknownAreaKey(file: path, line: row.line, key: area.key, level: level)
                }
                let place = RowPlace(file: path, row: row, area: area, importID: importID, note: carried?.note)
                switch source.shape ?? .wide {
                case .wide:
                    try readWide(place, source: source, cells: cells, firstLine: &firstLine)
                case .long:
                    try readLong(place, source: source, cells: cells, firstLine: &firstLine, ignored: &ignoredCodes)
                }
            }
            warnAboutDashes(in: table, cells: cells, file: path)
            if !unlevelled.isEmpty {
                let lines = unlevelled.prefix(10).map(String.init).joined(separator: ", ")
                report.notes.append(
                    "\(path): \(unlevelled.count) rows fit no level of this table and were not imported "
                        + "(lines \(lines)\(unlevelled.count > 10 ? ", …" : ""))")
            }
        }
        if !ignoredCodes.isEmpty {
            report.notes.append(
                "\(source.file): rows with codes not named under `columns:` were not imported: "
                    + ignoredCodes.sorted().joined(separator: ", "))
        }
        let unmatched = report.unmatchedNames.count - unmatchedBefore
        if unmatched > 0, source.onUnmatched == .fail {
            throw DataError.unmatchedNames(file: source.file, count: unmatched)
        }
    }

    /// A dash the manifest reads as missing: in the Zeichenerklärung of official statistics "–" means nichts
    /// vorhanden (genau null), and read as missing a true zero prints as k. A. and leaves its sums incomplete.
    private func warnAboutDashes(in table: Table, cells: CellReader, file: String) {
        for dash in ["–", "-", "—"] where cells.markers[dash] == .missing {
            let lines = table.rows.filter { row in
                row.fields.values.contains { $0.trimmingCharacters(in: .whitespaces) == dash }
            }.map(\.line)
            guard let first = lines.first else { continue }
            report.warnings.append(
                "\(file):\(first): '\(dash)' in \(lines.count) rows is read as missing, but in official statistics it "
                    + "means nichts vorhanden (genau null) and would print as k. A. Fix: if the source means zero, "
                    + "declare markers: { \"\(dash)\": zero } in the tables entry (if it withholds values, secret).")
        }
    }

    /// One row of a table with the area it belongs to.
    private struct RowPlace {
        var file: String
        var row: Table.Row
        var area: AreaID
        var importID: Int64
        /// Why this area carries another unit's value.
        var note: String?
    }

    private func readWide(
        _ place: RowPlace, source: TableSource, cells: CellReader, firstLine: inout [String: Int]
    ) throws {
        let row = place.row
        for (column, target) in source.columns.sorted(by: { $0.key < $1.key }) {
            let period = try target.period ?? period(of: row, source: source, file: place.file)
            let rowKey = "\(place.area.level)/\(place.area.key)@\(period.iso)#\(target.indicator)"
            if let first = firstLine[rowKey] {
                throw DataError.duplicateKey(file: place.file, line: row.line, key: place.area.key, firstLine: first)
            }
            firstLine[rowKey] = row.line
            let cell = try cells.read(row.fields[column], file: place.file, line: row.line, column: column)
            store(cell, indicator: target.indicator, place: place, period: period)
            for (parts, isNumerator) in [(source.numerators, true), (source.denominators, false)] {
                guard let partColumn = parts?[target.indicator] else { continue }
                let part = try cells.read(row.fields[partColumn], file: place.file, line: row.line, column: partColumn)
                if isNumerator {
                    imported[target.indicator, place.area, period]?.numerator = part.value
                } else {
                    imported[target.indicator, place.area, period]?.denominator = part.value
                }
            }
        }
    }

    private func readLong(
        _ place: RowPlace, source: TableSource, cells: CellReader, firstLine: inout [String: Int],
        ignored: inout Set<String>
    ) throws {
        let row = place.row
        let codeColumn = source.indicatorColumn ?? "indicator"
        let valueColumn = source.valueColumn ?? "value"
        let code = (row.fields[codeColumn] ?? "").trimmingCharacters(in: .whitespaces)
        guard let target = source.columns[code] else {
            ignored.insert(code)
            return
        }
        let period = try target.period ?? period(of: row, source: source, file: place.file)
        // One row per area, indicator and period, as in wide tables one row per area and period.
        let rowKey = "\(place.area.level)/\(place.area.key)@\(period.iso)#\(target.indicator)"
        if let first = firstLine[rowKey] {
            throw DataError.duplicateKey(
                file: place.file, line: row.line, key: "\(place.area.key) \(code)", firstLine: first)
        }
        firstLine[rowKey] = row.line
        let cell = try cells.read(row.fields[valueColumn], file: place.file, line: row.line, column: valueColumn)
        store(cell, indicator: target.indicator, place: place, period: period)
    }

    private func layout(of source: TableSource) throws -> TableLayout {
        var range: CellRange?
        if let text = source.range {
            guard let parsed = CellRange(text) else {
                throw DataError.conflict(
                    at: "\(manifestURL.path): tables entry '\(source.file)'",
                    problem: "`range: \(text)` is not a cell range", fix: "write it as in a spreadsheet, e.g. A3:H40")
            }
            range = parsed
        }
        return TableLayout(
            sheet: source.sheet, range: range, skipRows: max(0, source.skipRows ?? 0),
            headerRows: max(1, source.headerRows ?? 1), delimiter: source.delimiter?.first, encoding: source.encoding,
            decimalSeparator: source.decimalSeparator?.first)
    }

    private func store(_ cell: CellReader.Cell, indicator: String, place: RowPlace, period: Period) {
        imported[indicator, place.area, period] = ValueRecord(
            value: cell.value, sourceStatus: cell.status, status: cell.status, origin: .imported,
            note: cell.note ?? place.note, importID: place.importID)
        report.counts.values += 1
    }

    private func period(of row: Table.Row, source: TableSource, file: String) throws -> Period {
        if let column = source.periodColumn {
            let text = (row.fields[column] ?? "").trimmingCharacters(in: .whitespaces)
            guard let period = PeriodReading.period(text, format: source.periodFormat) else {
                throw DataError.invalidPeriod(file: "\(file):\(row.line)", text: text)
            }
            return period
        }
        guard let period = source.period else {
            throw DataError.invalidManifest(
                file: manifestURL.path, path: "tables.\(source.file)",
                reason: "give `period:`, `period-column:` or a `period:` for every column")
        }
        return period
    }

    /// The area name stored in a JSON file next to the table (e.g. `bzr-overview.json` → `name`).
    private func areaNamed(fromSiblingOf url: URL, spec: TableSource.SiblingName) throws -> String {
        let sibling = url.deletingLastPathComponent().appendingPathComponent(spec.file)
        guard let data = FileManager.default.contents(atPath: sibling.path) else {
            throw DataError.fileNotFound(file: sibling.path, referencedFrom: manifestURL.path)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let name = object[spec.field] as? String
        else {
            throw DataError.missingColumn(file: sibling.path, column: spec.field, available: [])
        }
        return name
    }
}
