import Foundation
import Values

extension TableInspection {
    /// Sorts the columns into the name column, a period column and value columns (numbers and signs), and finds
    /// the decimal style and the signs of the Zeichenerklärung.
    mutating func inspectColumns(header: [String], data: [CSVParser.Record], keyIndex: Int) {
        var dotOnly = 0
        var commaOnly = 0
        for (index, title) in header.enumerated() where index != keyIndex {
            let cells = data.map {
                $0.fields.indices.contains(index) ? $0.fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            .filter { !$0.isEmpty }
            guard !cells.isEmpty else { continue }
            let years = cells.allSatisfy {
                $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) && ("1900"..."2100").contains($0)
            }
            if periodColumn == nil, years, Self.isPeriodTitle(title) {
                periodColumn = title
                rowPeriods = Set(cells).compactMap { PeriodReading.period($0, format: .year) }.sorted()
                guesses.append("\(fileName): column \(title) holds years, read as 31 December of each year")
                continue
            }
            let signs = cells.filter { Self.sign($0) != nil }
            let numbers = cells.filter { cell in
                Self.sign(cell) == nil
                    && (NumberParser.parse(cell, decimalSeparator: ",") != nil
                        || NumberParser.parse(cell, decimalSeparator: ".") != nil)
            }
            if Self.isKeyTitle(title) {
                guesses.append("\(fileName): column \(title) looks like a key, not imported")
                continue
            }
            if !numbers.isEmpty, numbers.count + signs.count == cells.count {
                dotOnly += numbers.filter { NumberParser.parse($0, decimalSeparator: ",") == nil }.count
                commaOnly += numbers.filter { NumberParser.parse($0, decimalSeparator: ".") == nil }.count
                for sign in signs { markers[sign] = Self.sign(sign) }
                var column = Self.valueColumn(title)
                column.isCount = numbers.allSatisfy { cell in
                    let value = NumberParser.parse(cell, decimalSeparator: decimalSeparator(for: cell))
                    return value.map { $0 == $0.rounded() } ?? false
                }
                valueColumns.append(column)
            } else if nameColumn == nil, cells.contains(where: { $0.contains { $0.isLetter } }) {
                nameColumn = title
            }
        }
        if !isSheet, dotOnly > commaOnly {
            decimalSeparator = "."
            guesses.append("\(fileName): numbers with a decimal point")
        }
        if periodColumn == nil, valueColumns.contains(where: { $0.period == nil }),
            let period = Self.period(inFileName: fileName)
        {
            for index in valueColumns.indices where valueColumns[index].period == nil {
                valueColumns[index].period = period
            }
            guesses.append("\(fileName): the reference date \(period.german) from the file name")
        }
        for (sign, meaning) in markers.sorted(by: { $0.key < $1.key }) {
            guesses.append("\(fileName): the sign \"\(sign)\" read as \(meaning.rawValue)")
        }
    }

    private static func isPeriodTitle(_ title: String) -> Bool {
        ["jahr", "year", "stichtag", "datum", "zeit"].contains { title.lowercased().contains($0) }
    }

    /// The separator a number is read with here: the table's, or the one that reads the cell at all.
    private func decimalSeparator(for cell: String) -> Character {
        NumberParser.parse(cell, decimalSeparator: ",") == nil ? "." : (isSheet ? "." : ",")
    }

    private static func isKeyTitle(_ title: String) -> Bool {
        let words = NameSlug.slug(title).split(separator: "_")
        return words.contains { ["id", "nr", "schluessel", "key", "code"].contains($0) }
    }

    /// A date in a file name: `…_06-2022_…` (a month), `…20231231…`, or a year (its 31 December).
    static func period(inFileName name: String) -> Period? {
        if let match = name.firstMatch(of: /(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/) {
            let text = String(match.output.0)
            return Period("\(text.prefix(4))-\(text.dropFirst(4).prefix(2))-\(text.suffix(2))")
        }
        if let match = name.firstMatch(of: /(0[1-9]|1[0-2])[-_.](19|20)\d\d/) {
            return PeriodReading.period(String(match.output.0).replacingOccurrences(of: "_", with: "-"), format: .month)
        }
        if let match = name.firstMatch(of: /(19|20)\d\d/) {
            return PeriodReading.period(String(match.output.0), format: .year)
        }
        return nil
    }

    /// The meaning of a sign of official statistics; nil for other text.
    static func sign(_ cell: String) -> TableMarker.Meaning? {
        switch cell {
        case "–", "-", "—": .zero
        case ".": .secret
        case "x", "X": .locked
        case "…", "...": .later
        case "/", "()": .missing
        case "-9999", "-999", "-99999": .invalid
        default: nil
        }
    }

    /// The indicator name and reference date of a column title such as "Einwohner 31.12.2023" or
    /// "Arbeitslose 2022".
    static func valueColumn(_ title: String) -> ValueColumn {
        var name = title
        var period: Period?
        if let match = title.firstMatch(of: /(\d{1,2})\.(\d{1,2})\.(\d{4})/) {
            period = PeriodReading.period(String(match.output.0), format: .date)
            name = title.replacingCharacters(in: match.range, with: "")
        } else if let match = title.firstMatch(of: /\b(19|20)\d\d\b/) {
            period = PeriodReading.period(String(match.output.0), format: .year)
            name = title.replacingCharacters(in: match.range, with: "")
        }
        let trimmed = name.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:-–()"))
        return ValueColumn(header: title, indicatorName: trimmed.isEmpty ? title : trimmed, period: period)
    }
}
