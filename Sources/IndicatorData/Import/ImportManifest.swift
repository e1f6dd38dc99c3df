import Foundation
import Values

/// The YAML import manifest: which files to read, at which level, which column is which key, name and indicator.
/// Paths are relative to the manifest's folder. See `data/berlin/import.yaml`.
struct ImportManifest: Decodable {
    struct LevelSpec: Decodable {
        var key: String
        var name: String
        var parent: String?
    }

    /// The dataset's name, e.g. "Berlin".
    var dataset: String
    /// The projected working CRS every geometry is stored in, e.g. `EPSG:25833`.
    var crs: String
    /// The indicator catalogue (YAML), relative to the manifest.
    var catalogue: String
    var levels: [LevelSpec]
    var areas: [AreaSource]
    var tables: [TableSource]
    var points: [PointSource]

    enum CodingKeys: String, CodingKey { case dataset, crs, catalogue, levels, areas, tables, points }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dataset = try c.decode(String.self, forKey: .dataset)
        crs = try c.decode(String.self, forKey: .crs)
        catalogue = try c.decode(String.self, forKey: .catalogue)
        levels = try c.decode([LevelSpec].self, forKey: .levels)
        areas = try c.decodeIfPresent([AreaSource].self, forKey: .areas) ?? []
        tables = try c.decodeIfPresent([TableSource].self, forKey: .tables) ?? []
        points = try c.decodeIfPresent([PointSource].self, forKey: .points) ?? []
    }
}

/// Where a text comes from: a column (`PLR_ID`), a part of a column (`{ column: Schluessel, last: 2 }`),
/// or a fixed value (`{ value: "11000000" }`).
struct ColumnRule: Decodable, Hashable {
    var column: String?
    var value: String?
    /// Keep only the first or last n characters (e.g. the Bezirk part of a Planungsraum key).
    var first: Int?
    var last: Int?
    /// Zero-pads a shorter key to this many characters (`7` → `007`), as keys read from a spreadsheet lose them.
    var pad: Int?
    /// Put before the key, e.g. the municipality key `09162` before a district number.
    var prefix: String?

    init(from decoder: any Decoder) throws {
        if let column = try? decoder.singleValueContainer().decode(String.self) {
            self.column = column
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        column = try c.decodeIfPresent(String.self, forKey: .column)
        value = try c.decodeIfPresent(String.self, forKey: .value)
        first = try c.decodeIfPresent(Int.self, forKey: .first)
        last = try c.decodeIfPresent(Int.self, forKey: .last)
        pad = try c.decodeIfPresent(Int.self, forKey: .pad)
        prefix = try c.decodeIfPresent(String.self, forKey: .prefix)
        guard (column == nil) != (value == nil) else {
            throw DecodingError.dataCorruptedError(
                forKey: .column, in: c, debugDescription: "give either `column:` or `value:`")
        }
    }

    private enum CodingKeys: String, CodingKey { case column, value, first, last, pad, prefix }

    /// The rule applied to one row; nil when the column is empty.
    func apply(to fields: [String: String]) -> String? {
        guard var text = value ?? column.flatMap({ fields[$0] }) else { return nil }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let first { text = String(text.prefix(max(0, first))) }
        if let last { text = String(text.suffix(max(0, last))) }
        if text.hasSuffix(".0"), text.dropLast(2).allSatisfy(\.isASCIIDigit) { text = String(text.dropLast(2)) }
        if let pad, text.count < pad { text = String(repeating: "0", count: pad - text.count) + text }
        if let prefix, !text.isEmpty { text = prefix + text }
        return text.isEmpty ? nil : text
    }
}

/// Areas of one level from a geometry file, or one fixed area (the city) whose geometry dissolves a lower level.
struct AreaSource: Decodable {
    var level: String
    var file: String?
    var layer: String?
    /// Overrides the CRS of the file (for files without .prj or crs member).
    var crs: String?
    /// The .dbf encoding when a Shapefile has no .cpg, e.g. `windows-1252`.
    var encoding: String?
    var key: ColumnRule
    var name: ColumnRule
    var parent: ColumnRule?
    /// The parent is the area of the level above that contains this area (when no column names it).
    var parentByLocation: Bool?
    /// For a fixed area: the level whose geometries are merged into its outline.
    var dissolve: String?
    /// Use `crs:` although the file's .prj says otherwise.
    var forceCRS: Bool?
    /// Statistical units that cover several polygons: the parts are dissolved into one area.
    var merge: [MergedUnit]?

    struct MergedUnit: Decodable {
        var key: String
        var name: String
        var parts: [String]
    }

    enum CodingKeys: String, CodingKey {
        case level, file, layer, crs, encoding, key, name, parent, dissolve, merge
        case forceCRS = "force-crs"
        case parentByLocation = "parent-by-location"
    }
}

/// Values from a CSV or XLSX table (or several, when `file` holds a `*`).
struct TableSource: Decodable {
    enum Shape: String, Decodable { case wide, long }
    enum OnUnmatched: String, Decodable { case report, fail }

    /// A name read from a JSON file next to each table (`bzr-overview.json` → `name`).
    struct SiblingName: Decodable {
        var file: String
        var field: String
    }

    /// A column's indicator, and its own reference date when one table holds several.
    struct ColumnTarget: Decodable {
        var indicator: String
        var period: Period?

        init(from decoder: any Decoder) throws {
            if let indicator = try? decoder.singleValueContainer().decode(String.self) {
                self.indicator = indicator
                return
            }
            let c = try decoder.container(keyedBy: CodingKeys.self)
            indicator = try c.decode(String.self, forKey: .indicator)
            period = try c.decodeIfPresent(Period.self, forKey: .period)
        }

        private enum CodingKeys: String, CodingKey { case indicator, period }
    }

    /// The level of each row from a column's values (`Ebene: { Stadt: stadt, … }`).
    struct LevelByColumn: Decodable {
        var column: String
        var values: TextKeyed<String>
    }

    enum PeriodFormat: String, Decodable { case year, month, date }

    var file: String
    var sheet: String?
    /// A cell range of a sheet or CSV file, e.g. `A3:H40` (rows and columns outside are ignored).
    var range: String?
    /// Rows before the header (a title, a blank line).
    var skipRows: Int?
    /// Rows of the header; several are joined into one name per column (`Einwohner 2022`).
    var headerRows: Int?
    var shape: Shape?
    var level: String?
    /// The level of each row from a pattern its key matches fully (regular expression → level).
    var levelByKey: TextKeyed<String>?
    var levelByColumn: LevelByColumn?
    /// Only rows whose columns have these values (a value, a list, or a `/regular expression/`).
    var `where`: TextKeyed<RowFilter>?
    var period: Period?
    var periodColumn: String?
    var periodFormat: PeriodFormat?
    /// The area key column; without it, areas are joined by name (`name` or `nameFrom`).
    var key: ColumnRule?
    var name: String?
    var nameFrom: SiblingName?
    var delimiter: String?
    var encoding: String?
    var decimalSeparator: String?
    var missing: [String]?
    var secret: [String]?
    var invalid: [String]?
    /// The Zeichenerklärung: sign → meaning (`"–": zero`, `".": secret`, `"x": locked`, `"…": later`).
    var markers: TextKeyed<TableMarker.Meaning>?
    /// Wide: column → indicator. Long: code in `indicator-column` → indicator.
    var columns: TextKeyed<ColumnTarget>
    var indicatorColumn: String?
    var valueColumn: String?
    /// A unit without a polygon of its own whose value one area carries, with a note saying so.
    struct CarriedValue: Decodable {
        var area: String
        var note: String
    }

    /// Unit key → the area that carries its value (`"209": { area: "203", note: "Wert für 203 und 204" }`).
    var carriedBy: TextKeyed<CarriedValue>?
    /// Spellings of area names that normalising cannot match: source name → area key.
    var aliases: TextKeyed<String>?
    /// Wide tables: indicator → column with its numerator or denominator (for `aggregation: ratio`).
    var numerators: TextKeyed<String>?
    var denominators: TextKeyed<String>?
    var onUnmatched: OnUnmatched?

    enum CodingKeys: String, CodingKey {
        case file, sheet, range, shape, level, period, key, name, delimiter, encoding, missing, secret, invalid, columns
        case aliases, numerators, denominators, markers, `where`
        case skipRows = "skip-rows"
        case headerRows = "header-rows"
        case levelByKey = "level-by-key"
        case levelByColumn = "level-by-column"
        case periodFormat = "period-format"
        case periodColumn = "period-column"
        case nameFrom = "name-from"
        case decimalSeparator = "decimal-separator"
        case indicatorColumn = "indicator-column"
        case valueColumn = "value-column"
        case onUnmatched = "on-unmatched"
        case carriedBy = "carried-by"
    }
}

/// Points of interest from GeoJSON (or any vector file), or CSV with coordinate columns.
struct PointSource: Decodable {
    /// An indicator derived from the points per area: their count, or the sum of an attribute.
    struct DerivedIndicator: Decodable {
        var indicator: String
        var period: Period
        var sum: String?
    }

    var file: String
    var layer: String?
    var crs: String?
    var category: String
    var id: ColumnRule
    var name: ColumnRule
    var address: [String]?
    var attributes: [String]?
    var x: String?
    var y: String?
    var delimiter: String?
    var encoding: String?
    var assignTo: String
    var indicators: [DerivedIndicator]?
    /// The source line of tables and maps that show the points, as an indicator's `source`.
    var source: String
    var referenceDate: Period?

    enum CodingKeys: String, CodingKey {
        case file, layer, crs, category, id, name, address, attributes, x, y, delimiter, encoding, indicators, source
        case assignTo = "assign-to"
        case referenceDate = "reference-date"
    }
}
