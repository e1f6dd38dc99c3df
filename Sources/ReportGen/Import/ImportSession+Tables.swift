import Foundation

extension ImportSession {
    /// Reads the values of one table entry (one file, or every file its `*` pattern matches).
    func importTable(_ source: TableSource) throws {
        try requireLevel(source.level)
        let named = Set(source.columns.values).union((source.numerators ?? [:]).keys)
            .union((source.denominators ?? [:]).keys)
        for indicator in named.sorted() { _ = try requireIndicator(indicator) }
        let files = FileGlob.expand(source.file, relativeTo: baseURL)
        guard !files.isEmpty else {
            throw DataError.fileNotFound(
                file: FileGlob.url(source.file, relativeTo: baseURL).path, referencedFrom: manifestURL.path)
        }
        let matcher = NameMatcher(
            areas: areas.filter { $0.key.level == source.level }.map { ($0.key.key, $0.value.name) },
            aliases: source.aliases ?? [:])
        let unmatchedBefore = report.unmatchedNames.count
        var ignoredCodes: Set<String> = []
        for url in files {
            let path = try resolve(url.path).path
            let table = try Table.read(
                path: path, sheet: source.sheet, delimiter: source.delimiter, encoding: source.encoding,
                decimalSeparator: source.decimalSeparator)
            let importID = try recordProvenance(of: url, rows: table.rows.count)
            let fileArea = try source.nameFrom.map { try areaNamed(fromSiblingOf: url, spec: $0) }
            let locate = try AreaLocator(
                source: source, table: table, fileAreaName: fileArea, matcher: matcher, report: &report)
            let cells = CellReader(source: source, decimalSeparator: table.decimalSeparator)
            var firstLine: [String: Int] = [:]
            for row in table.rows {
                guard let key = try locate.key(of: row, report: &report) else { continue }
                guard areas[AreaID(level: source.level, key: key)] != nil else {
                    throw DataError.unknownAreaKey(file: path, line: row.line, key: key, level: source.level)
                }
                let area = AreaID(level: source.level, key: key)
                let period = try period(of: row, source: source, file: path)
                switch source.shape ?? .wide {
                case .wide:
                    if let first = firstLine[key + "@" + period.iso] {
                        throw DataError.duplicateKey(file: path, line: row.line, key: key, firstLine: first)
                    }
                    firstLine[key + "@" + period.iso] = row.line
                    for (column, indicator) in source.columns.sorted(by: { $0.key < $1.key }) {
                        let (value, status) = try cells.read(
                            row.fields[column], file: path, line: row.line, column: column)
                        store(
                            value, status: status, indicator: indicator, area: area, period: period, importID: importID)
                        for (parts, isNumerator) in [(source.numerators, true), (source.denominators, false)] {
                            guard let partColumn = parts?[indicator] else { continue }
                            let part = try cells.read(
                                row.fields[partColumn], file: path, line: row.line, column: partColumn).0
                            if isNumerator {
                                imported[indicator, area, period]?.numerator = part
                            } else {
                                imported[indicator, area, period]?.denominator = part
                            }
                        }
                    }
                case .long:
                    let codeColumn = source.indicatorColumn ?? "indicator"
                    let valueColumn = source.valueColumn ?? "value"
                    let code = (row.fields[codeColumn] ?? "").trimmingCharacters(in: .whitespaces)
                    guard let indicator = source.columns[code] else {
                        ignoredCodes.insert(code)
                        continue
                    }
                    // One row per area, indicator and period, as in wide tables one row per area and period.
                    let rowKey = key + "@" + period.iso + "#" + indicator
                    if let first = firstLine[rowKey] {
                        throw DataError.duplicateKey(file: path, line: row.line, key: "\(key) \(code)", firstLine: first)
                    }
                    firstLine[rowKey] = row.line
                    let (value, status) = try cells.read(
                        row.fields[valueColumn], file: path, line: row.line,
                        column: valueColumn)
                    store(value, status: status, indicator: indicator, area: area, period: period, importID: importID)
                }
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

    private func store(
        _ value: Double?, status: ValueStatus, indicator: String, area: AreaID, period: Period,
        importID: Int64
    ) {
        imported[indicator, area, period] = ValueRecord(
            value: value, sourceStatus: status, status: status, origin: .imported, importID: importID)
        report.counts.values += 1
    }

    private func period(of row: Table.Row, source: TableSource, file: String) throws -> Period {
        if let column = source.periodColumn {
            let text = row.fields[column] ?? ""
            guard let period = Period(text) else {
                throw DataError.invalidPeriod(file: "\(file):\(row.line)", text: text)
            }
            return period
        }
        guard let period = source.period else {
            throw DataError.invalidManifest(
                file: manifestURL.path, path: "tables.\(source.file)", reason: "give `period:` or `period-column:`")
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
