import Values

/// Reads the period cells of a table as their `period-format:` says: a year is its 31 December, a month its last
/// day; dates are written `2022-12-31` or `31.12.2022`.
enum PeriodReading {
    static func period(_ text: String, format: TableSource.PeriodFormat?) -> Period? {
        let numbers = text.split(whereSeparator: { "-./ ".contains($0) }).map(String.init)
        guard numbers.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        switch format {
        case .year:
            let year = numbers.count == 2 && numbers[1].allSatisfy({ $0 == "0" }) ? numbers[0] : text
            guard year.count == 4, year.allSatisfy(\.isASCIIDigit) else { return nil }
            return Period("\(year)-12-31")
        case .month:
            guard numbers.count == 2 else { return nil }
            let (year, month) = numbers[0].count == 4 ? (numbers[0], numbers[1]) : (numbers[1], numbers[0])
            guard let y = Int(year), let m = Int(month), year.count == 4, (1...12).contains(m) else { return nil }
            return Period(iso(y, m, lastDay(ofMonth: m, year: y)))
        case .date, nil:
            guard numbers.count == 3 else { return nil }
            let (year, month, day) =
                numbers[0].count == 4 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
            guard let y = Int(year), let m = Int(month), let d = Int(day), year.count == 4, (1...12).contains(m),
                (1...lastDay(ofMonth: m, year: y)).contains(d)
            else { return nil }
            return Period(iso(y, m, d))
        }
    }

    private static func iso(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    private static func lastDay(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
