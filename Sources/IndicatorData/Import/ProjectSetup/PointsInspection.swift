import Foundation
import GDALBridge
import Values

/// What `reportgen init --points` learns from a file of points (Kitas, schools): a CSV with coordinate columns, or
/// a vector file of points. The id and name columns, the coordinate columns and their CRS, the category, and the
/// numeric columns whose sums per area become indicators besides the count.
struct PointsInspection {
    var url: URL
    /// `kita` from `kitas.csv`.
    var category: String
    /// `Kitas`: the count indicator's name and unit.
    var plural: String
    var idColumn: String
    var nameColumn: String
    /// The coordinate columns of a CSV; nil for a vector file, whose geometry holds the points.
    var coordinates: (x: String, y: String)?
    /// The CRS of a CSV's coordinates, guessed from their size; nil when the file says (a vector file).
    var crs: String?
    var encoding: String?
    var delimiter: Character?
    /// Whole-number columns (places, children), summed per area.
    var numericColumns: [String] = []
    var period: Period?
    var guesses: [String] = []

    var fileName: String { url.lastPathComponent }
    var countKey: String { NameSlug.slug(plural) }

    init(url: URL, workingCRS: String) throws {
        self.url = url
        let stem = url.deletingPathExtension().lastPathComponent
        let words: [Substring] = NameSlug.slug(stem).split(separator: "_")
        let word = words.filter { $0.allSatisfy(\.isLetter) }.max { $0.count < $1.count }.map(String.init) ?? "punkt"
        category = Self.singular(word)
        plural = word.prefix(1).uppercased() + word.dropFirst()
        period = TableInspection.period(inFileName: url.lastPathComponent)
        let (header, rows) = try Self.read(url, into: &encoding, delimiter: &delimiter, guesses: &guesses)
        let profile = ColumnProfile(columns: header, rows: rows)
        func whole(_ column: String) -> Bool {
            let cells = profile.values(column).filter { !$0.isEmpty }
            return !cells.isEmpty && cells.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
        }
        let keyWords = ["id", "nr", "nummer", "key", "schl", "kenn", "code"]
        guard
            let id = header.first(where: { column in
                profile.isDistinct(column) && keyWords.contains { column.lowercased().contains($0) }
            }) ?? header.first(where: profile.isDistinct)
        else {
            throw DataError.conflict(
                at: url.path, problem: "no column has a different value for every point",
                fix: "add a column with an id per point (a Kita number), then run `reportgen init` again")
        }
        idColumn = id
        nameColumn = profile.nameColumn(besides: id)
        if delimiter != nil {
            coordinates = try Self.coordinateColumns(header, file: url.path)
            if let coordinates {
                let (x, y) = coordinates
                crs = Self.crs(
                    x: profile.values(x).compactMap(Self.number), y: profile.values(y).compactMap(Self.number),
                    working: workingCRS)
                guesses.append(
                    "\(fileName): coordinates in \(x) and \(y), "
                        + (crs.map { "CRS \($0)" } ?? "CRS not recognised; assumed \(workingCRS) — check!"))
                crs = crs ?? workingCRS
            }
        }
        let used = [idColumn, nameColumn, coordinates?.x, coordinates?.y].compactMap { $0 }
        numericColumns = header.filter { !used.contains($0) && whole($0) }
        guesses.append(
            "\(fileName): points of the category \(category), id \(idColumn), name \(nameColumn)"
                + (numericColumns.isEmpty ? "" : "; summed per area: " + numericColumns.joined(separator: ", ")))
    }

    /// `kitas` → `kita`, `schulen` → `schule`, `einrichtungen` → `einrichtung`.
    static func singular(_ word: String) -> String {
        if word.hasSuffix("ungen") { return String(word.dropLast(2)) }
        if word.hasSuffix("en") || (word.hasSuffix("s") && word.count > 3) { return String(word.dropLast()) }
        return word
    }

    /// The column pair named like coordinates: x/y, Rechtswert/Hochwert, lon/lat, Ost/Nord.
    static func coordinateColumns(_ header: [String], file: String) throws -> (x: String, y: String) {
        let xWords = ["x", "rechtswert", "rw", "lon", "lng", "laenge", "länge", "ost", "east", "easting"]
        let yWords = ["y", "hochwert", "hw", "lat", "breite", "nord", "north", "northing"]
        func find(_ words: [String]) -> String? {
            header.first { words.contains($0.lowercased().trimmingCharacters(in: .whitespaces)) }
                ?? header.first { column in words.filter { $0.count > 3 }.contains { column.lowercased().contains($0) }
                }
        }
        guard let x = find(xWords), let y = find(yWords), x != y else {
            throw DataError.conflict(
                at: file, problem: "no pair of coordinate columns (x and y, Rechtswert and Hochwert, lon and lat)",
                fix: "name the columns x and y (or give the points as GeoJSON or Shapefile)")
        }
        return (x, y)
    }

    /// The EPSG code that coordinates of this size are usually given in: longitude and latitude, UTM with the
    /// zone before the easting (32 500 000), UTM without it (taken as the working CRS), or Gauss-Krüger.
    static func crs(x: [Double], y: [Double], working: String) -> String? {
        guard let minX = x.min(), let maxX = x.max(), let minY = y.min(), let maxY = y.max() else { return nil }
        if minX >= -180, maxX <= 180, minY >= -90, maxY <= 90 { return "EPSG:4326" }
        guard minY >= 5_000_000, maxY < 7_000_000 else { return nil }
        let zones = Set([minX, maxX].map { Int($0 / 1_000_000) })
        guard zones.count == 1, let zone = zones.first else { return nil }
        switch zone {
        case 0: return working
        case 2...5: return "EPSG:\(31464 + zone)"
        case 32: return "EPSG:4647"
        case 33: return "EPSG:5650"
        default: return nil
        }
    }

    private static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: ",", with: "."))
    }

    /// The header and the rows by column: a CSV as `init` reads tables, any other file through GDAL.
    private static func read(
        _ url: URL, into encoding: inout String?, delimiter: inout Character?, guesses: inout [String]
    ) throws -> (header: [String], rows: [[String: String]]) {
        guard url.pathExtension.lowercased() == "csv" else {
            let dataset = try VectorDataset(path: url.path)
            let layer = try dataset.layer(nil)
            return (layer.fieldNames, try layer.features().map(\.fields))
        }
        let csv = try InspectedCSV(url: url)
        encoding = csv.encoding
        delimiter = csv.delimiter
        guesses += csv.guesses
        guard let header = csv.records.first?.fields else {
            throw DataError.conflict(at: url.path, problem: "the file is empty", fix: "give a CSV with a header row")
        }
        let rows = csv.records.dropFirst().map { record in
            Dictionary(zip(header, record.fields), uniquingKeysWith: { first, _ in first })
        }
        return (header, rows)
    }
}
