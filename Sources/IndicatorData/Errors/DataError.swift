/// Every message the store and the importers show to a user, in one place.
///
/// Each case says where (file:line, or the area key), what is wrong, and how to fix it. The command line prints
/// `description` and exits non-zero; no case carries a stack trace.
public enum DataError: Error, CustomStringConvertible, Equatable, Sendable {
    case fileNotFound(file: String, referencedFrom: String)
    case cannotOpen(file: String, reason: String)
    case layerNotFound(file: String, layer: String, available: [String])
    case unknownCRS(file: String)
    case invalidCRS(file: String, definition: String, reason: String)
    case notUTF8(file: String, line: Int)
    case unsupportedEncoding(file: String, encoding: String)
    case noDelimiter(file: String, header: String)
    case wrongDelimiter(file: String, declared: String, header: String)
    case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
    case unterminatedQuote(file: String, line: Int)
    case missingColumn(file: String, column: String, available: [String])
    case duplicateKey(file: String, line: Int, key: String, firstLine: Int)
    case notANumber(file: String, line: Int, column: String, text: String)
    case unknownAreaKey(file: String, line: Int, key: String, level: String)
    case unknownArea(store: String, key: String)
    case unknownParent(file: String, key: String, parent: String, level: String)
    case invalidGeometry(file: String, key: String, reason: String)
    case missingGeometry(file: String, key: String)
    case unknownLevel(file: String, level: String, known: [String])
    case unknownIndicator(file: String, indicator: String, suggestions: [String])
    case invalidPeriod(file: String, text: String)
    case invalidManifest(file: String, path: String, reason: String)
    case yamlSyntax(file: String, line: Int, column: Int, reason: String)
    case formulaCycle(file: String, indicators: [String])
    case unknownCategory(category: String, known: [String])
    case unmatchedNames(file: String, count: Int)
    case database(file: String, reason: String)
    case unknownKey(at: SourceLocation, key: String, in: String, known: [String])
    case wrongValue(at: SourceLocation, key: String, expected: String, found: String)
    case missingKey(at: SourceLocation, key: String, in: String)
    case conflict(at: String, problem: String, fix: String)
    case crsContradiction(file: String, declared: String, declaredExtent: String, prjExtent: String)
    case implausible(warnings: [String])
    case notAStore(file: String, reason: String)
    case storeVersion(file: String, found: Int, expected: Int)
    case storeMigration(file: String, version: Int, reason: String)
    case storeBusy(file: String, seconds: Double)
    case invalidStoreCell(file: String, table: String, row: String, column: String, found: String, expected: String)
    case cannotWriteOutput(folder: String, reason: String)

    public var description: String {
        switch self {
        case .fileNotFound(let file, let from):
            return "\(file): error: file not found (named in \(from)). "
                + "Fix: check the path; relative paths are resolved against the manifest's folder."
        case .cannotOpen(let file, let reason):
            return "\(file): error: cannot read the file: \(reason). "
                + "Fix: check that it is a complete Shapefile, GeoJSON, GeoPackage, KML, TopoJSON, CSV or XLSX file."
        case .layerNotFound(let file, let layer, let available):
            return "\(file): error: no layer '\(layer)'. Fix: use one of \(Self.list(available))."
        case .unknownCRS(let file):
            return "\(file): error: the coordinate reference system is unknown (no .prj or crs member). "
                + "Fix: add `crs: EPSG:xxxx` to this source in the manifest."
        case .invalidCRS(let file, let definition, let reason):
            return "\(file): error: cannot use coordinate reference system '\(definition)': \(reason). "
                + "Fix: write it as EPSG:code, e.g. EPSG:25833 or EPSG:4326."
        case .notUTF8(let file, let line):
            return "\(file):\(line): error: the text is not valid UTF-8. "
                + "Fix: if the file comes from Excel on Windows, add `encoding: windows-1252` to this table."
        case .unsupportedEncoding(let file, let encoding):
            return "\(file): error: unknown encoding '\(encoding)'. Fix: use utf-8 or windows-1252 (latin-1)."
        case .noDelimiter(let file, let header):
            return "\(file):1: error: cannot tell the column delimiter from the header '\(header.prefix(60))'. "
                + "Fix: separate columns with ';', ',' or a tab, or set `delimiter:` for this table."
        case .wrongDelimiter(let file, let declared, let header):
            return "\(file):1: error: the header '\(header.prefix(60))' does not split at the declared delimiter "
                + "'\(declared)'. Fix: remove `delimiter:` to detect it, or set the one the file uses."
        case .wrongFieldCount(let file, let line, let expected, let found):
            return "\(file):\(line): error: \(found) fields, but the header has \(expected). "
                + "Fix: check for a stray delimiter or a missing quote on this line."
        case .unterminatedQuote(let file, let line):
            return "\(file):\(line): error: a quoted field is never closed. Fix: add the closing '\"'."
        case .missingColumn(let file, let column, let available):
            return "\(file):1: error: no column '\(column)'. "
                + "Fix: rename it in the manifest to one of \(Self.list(available))."
        case .duplicateKey(let file, let line, let key, let firstLine):
            return "\(file):\(line): error: area key '\(key)' appears again (first on line \(firstLine)). "
                + "Fix: remove the duplicate row or correct its key."
        case .notANumber(let file, let line, let column, let text):
            return "\(file):\(line): error: column '\(column)' holds '\(text)', which is not a number. "
                + "Fix: correct the cell, or declare the marker under `missing:`, `secret:` or `invalid:`."
        case .unknownAreaKey(let file, let line, let key, let level):
            return "\(file):\(line): error: no \(level) with key '\(key)'. "
                + "Fix: import the \(level) geometries first or correct the key; if the table mixes levels or has "
                + "rows of totals, choose rows with `where:` or give each row its level with `level-by-key:`."
        case .unknownArea(let store, let key):
            return "\(store): error: no area with key '\(key)'. Fix: see `reportgen list areas` for the keys."
        case .unknownParent(let file, let key, let parent, let level):
            return "\(file): error: area \(key) names parent '\(parent)', which is no \(level). "
                + "Fix: import the \(level) level before this one or correct the parent rule."
        case .invalidGeometry(let file, let key, let reason):
            return "\(file): error: the polygon of area \(key) is invalid and could not be repaired: \(reason). "
                + "Fix: repair it in a GIS (e.g. QGIS 'Fix geometries') and export again."
        case .missingGeometry(let file, let key):
            return "\(file): error: area \(key) has no polygon geometry. Fix: the layer must hold (multi)polygons."
        case .unknownLevel(let file, let level, let known):
            return "\(file): error: unknown level '\(level)'. Fix: declare it under `levels:` or use one of "
                + "\(Self.list(known))."
        case .unknownIndicator(let file, let indicator, let suggestions):
            return "\(file): error: indicator '\(indicator)' is not in the catalogue. Fix: add it to the catalogue"
                + (suggestions.isEmpty ? "." : " or use \(Self.list(suggestions)).")
        case .invalidPeriod(let file, let text):
            return "\(file): error: '\(text)' is not a period. "
                + "Fix: write a date as YYYY-MM-DD (e.g. 2020-12-31) or DD.MM.YYYY, "
                + "or declare `period-format: year` (read as 31.12.) or `month` for a period column."
        case .invalidManifest(let file, let path, let reason):
            return "\(file): error: at `\(path)`: \(reason). "
                + "Fix: see docs/import-reference.md for every key with an example."
        case .yamlSyntax(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): error: \(reason). Fix: check indentation and quoting on this line."
        case .formulaCycle(let file, let indicators):
            return "\(file): error: computed indicators depend on each other in a circle: "
                + "\(indicators.joined(separator: " → ")). Fix: break the circle."
        case .unknownCategory(let category, let known):
            return "error: no points of interest of category '\(category)'. Fix: use one of \(Self.list(known))."
        case .unmatchedNames(let file, let count):
            return "\(file): error: \(count) area names could not be matched (listed above). "
                + "Fix: correct the names or add them under `aliases:` in the manifest."
        case .database(let file, let reason):
            return "\(file): error: store: \(reason). Fix: delete the store file and import again."
        case .unknownKey(let location, let key, let container, let known):
            let suggestion = Suggestions.phrase(for: key, in: known)
            return "\(location): error: unknown key '\(key)' in a \(container).\(suggestion) "
                + "Fix: use one of \(Self.list(known)) (see docs/import-reference.md)."
        case .wrongValue(let location, let key, let expected, let found):
            return "\(location): error: '\(key)' must be \(expected), not \(found). "
                + "Fix: correct the value (see docs/import-reference.md)."
        case .missingKey(let location, let key, let container):
            return "\(location): error: this \(container) needs '\(key)'. Fix: add it (see docs/import-reference.md)."
        case .conflict(let place, let problem, let fix):
            return "\(place): error: \(problem). Fix: \(fix)."
        case .crsContradiction(let file, let declared, let declaredExtent, let prjExtent):
            return "\(file): error: `crs: \(declared)` contradicts the file's own .prj: read as \(declared) the "
                + "areas lie at \(declaredExtent), read with the .prj at \(prjExtent). "
                + "Fix: remove `crs:` to use the .prj, or add `force-crs: true` if the .prj is wrong."
        case .implausible(let warnings):
            return warnings.map { "warning: \($0)\n" }.joined()
                + "error: --strict: \(warnings.count) implausibilities (the warnings above). "
                + "Fix: correct the data or the manifest, or import without --strict to accept them."
        case .notAStore(let file, let reason):
            return "\(file): error: not a ReportGen store: \(reason). "
                + "Fix: give the path of a store written by `reportgen import`, or import into a new file."
        case .storeVersion(let file, let found, let expected):
            return "\(file): error: the store has schema version \(found), this ReportGen reads version \(expected). "
                + "Fix: import the data again into a new store with this ReportGen."
        case .storeMigration(let file, let version, let reason):
            return "\(file): error: the store cannot be brought to schema version \(version): \(reason); nothing was "
                + "imported. Fix: make the file writable and run the import again, or import into a new store."
        case .storeBusy(let file, let seconds):
            let duration = seconds.rounded() == seconds ? "\(Int(seconds))" : "\(seconds)"
            return "\(file): error: the store is busy: another import has held its write lock for more than "
                + "\(duration) s. Fix: wait until that import has finished, then run again."
        case .invalidStoreCell(let file, let table, let row, let column, let found, let expected):
            return "\(file): error: table \(table), row (\(row)): column \(column) holds \(found), not \(expected). "
                + "Fix: the store was changed outside ReportGen; import the data again into a new store."
        case .cannotWriteOutput(let folder, let reason):
            return "\(folder): error: cannot write the reports: \(reason). No partial file is left, and manifest.json "
                + "is not replaced: it still describes the previous run. Fix: free space on the disk or choose another "
                + "folder with -o, then render again."
        }
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty
            ? "(none)"
            : items.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
                + (items.count > 12 ? ", …" : "")
    }
}
