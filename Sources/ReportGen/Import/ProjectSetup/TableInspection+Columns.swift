import Foundation

extension TableInspection {
    /// Sorts the columns into the name column, a period column and value columns (numbers and signs), and finds
    /// the decimal style and the signs of the Zeichenerklärung.
    mutating func inspectColumns(header: [String], data: [CSVParser.Record], keyIndex: Int) {
        var dotOnly = 0
        var commaOnly = 0
        for (index, title) in header.enumerated() where index != keyIndex {
            let cells = data.map { $0.fields.indices.contains(index) ? $0.fields[index].trimmingCharacters(in: .whitespaces) : "" }
                .filter { !$0.isEmpty }
            guard !cells.isEmpty else { continue }
            let years = cells.allSatisfy { $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) && ("1900"..."2100").contains($0) }
            if periodColumn == nil, years, Self.isPeriodTitle(title) {
                periodColumn = title
                rowPeriods = Set(cells).compactMap { PeriodReading.period($0, format: .year) }.sorted()
                guesses.append("\(fileName): column \(title) holds years, read as 31 December of each year")
                continue
            }
            let numbers = cells.filter { NumberParser.parse($0, decimalSeparator: ",") != nil || NumberParser.parse($0, decimalSeparator: ".") != nil }
            let signs = cells.filter { cell in !numbers.contains(cell) && cell.count <= 3 && Self.sign(cell) != nil }
            if !numbers.isEmpty, numbers.count + signs.count == cells.count {
                dotOnly += numbers.filter { NumberParser.parse($0, decimalSeparator: ",") == nil }.count
                commaOnly += numbers.filter { NumberParser.parse($0, decimalSeparator: ".") == nil }.count
                for sign in signs { markers[sign] = Self.sign(sign) }
                valueColumns.append(Self.valueColumn(title))
            } else if nameColumn == nil, cells.contains(where: { $0.contains { $0.isLetter } }) {
                nameColumn = title
            }
        }
        if !isSheet, dotOnly > commaOnly {
            decimalSeparator = "."
            guesses.append("\(fileName): numbers with a decimal point")
        }
        for (sign, meaning) in markers.sorted(by: { $0.key < $1.key }) {
            guesses.append("\(fileName): the sign \"\(sign)\" read as \(meaning.rawValue)")
        }
    }

    private static func isPeriodTitle(_ title: String) -> Bool {
        ["jahr", "year", "stichtag", "datum", "zeit"].contains { title.lowercased().contains($0) }
    }

    /// The meaning of a sign of official statistics; nil for other text.
    static func sign(_ cell: String) -> TableMarker.Meaning? {
        switch cell {
        case "–", "-", "—": .zero
        case ".": .secret
        case "x", "X": .locked
        case "…", "...": .later
        case "/", "()": .missing
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
