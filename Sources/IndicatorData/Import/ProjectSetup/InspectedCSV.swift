import Foundation

/// A CSV file as `reportgen init` reads it: UTF-8, or else Windows-1252; the delimiter most of its first lines
/// agree on.
struct InspectedCSV {
    var records: [CSVParser.Record]
    /// `windows-1252` when the file is not UTF-8.
    var encoding: String?
    var delimiter: Character
    var guesses: [String] = []

    init(url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.fileNotFound(file: url.path, referencedFrom: "reportgen init")
        }
        let text: String
        if let utf8 = try? TextEncoding.utf8.decode(data, file: url.path) {
            text = utf8
        } else {
            encoding = "windows-1252"
            text = try TextEncoding.windows1252.decode(data, file: url.path)
            guesses.append("\(url.lastPathComponent): not UTF-8; read as Windows-1252")
        }
        let lines = text.split(whereSeparator: \.isNewline).prefix(20)
        let best = lines.compactMap { CSVParser.detectDelimiter(in: $0) }
        guard
            let delimiter = CSVParser.candidates.max(by: { a, b in
                best.filter { $0 == a }.count < best.filter { $0 == b }.count
            }),
            best.contains(delimiter)
        else { throw DataError.noDelimiter(file: url.path, header: String(lines.first ?? "")) }
        self.delimiter = delimiter
        records = try CSVParser.records(in: text, delimiter: delimiter, file: url.path)
    }
}
