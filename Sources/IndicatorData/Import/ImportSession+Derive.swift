import GRDB

extension ImportSession {
    /// Derives aggregates, computed indicators and suppressions for the whole store, and rewrites all values.
    func deriveAndWriteValues() throws {
        let levelList = manifest.levels.map { SpatialLevel(key: $0.key, name: $0.name, parent: $0.parent) }
        let hierarchy = AreaHierarchy(levels: levelList, areas: areas.map { ($0.key, $0.value.parentKey) })
        var table = imported
        let detected = RelationDetector().detect(in: imported, indicators: indicators)
            .filter { !declaredRelations.contains($0) }
        for relation in detected {
            report.notes.append(
                "\(relation): the delivered values sum exactly, so disclosure control protects this sum as if the "
                    + "catalogue declared it. Fix: declare it with `parts:` in the catalogue to make it explicit.")
        }
        let relations = declaredRelations + detected
        let unchecked = Derivation(hierarchy: hierarchy, indicators: indicators, relations: relations).run(on: &table)
        for (what, count) in unchecked.sorted(by: { $0.key < $1.key }) {
            report.notes.append(
                "\(what): \(count) values carry no case count (no denominator or weight), so their minimum count "
                    + "could not be checked; they are published as delivered. Fix: import the denominator or weight.")
        }
        report.notes += IndexSummary.lines(
            for: indicators, in: table, levels: levelList.map(\.key), warnings: &report.warnings)
        try db.execute(sql: "DELETE FROM value")
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO value (indicator, level, area, period, value, numerator, denominator, source_status, status,
                origin, note, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        for (key, record) in table.records {
            try statement.execute(arguments: [
                key.indicator, key.area.level, key.area.key, key.period.iso, record.value, record.numerator,
                record.denominator, record.sourceStatus.rawValue, record.status.rawValue, record.origin.rawValue,
                record.note, record.importID,
            ])
            if record.origin != .imported { report.counts.derivedValues += 1 }
            if record.status == .suppressed && record.sourceStatus == .valid { report.counts.suppressed += 1 }
        }
    }
}
