import Foundation

@testable import ReportGen

/// The mapclassify reference data set (Tests/ReportGenTests/Fixtures/calemp, BSD-3-Clause, see its README).
enum CalempFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/calemp")

    /// The 58 employment densities in file order.
    static func values() throws -> [Double] {
        let text = try String(contentsOf: directory.appendingPathComponent("calempdensity.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().compactMap { Double($0) }
    }

    /// One row of the README's reference table: the scheme as printed, the breaks as printed, and the counts.
    struct Row: CustomStringConvertible, Sendable {
        let scheme: String
        let breaks: [String]
        let counts: [Int]?
        var description: String { scheme }
    }

    static func referenceRows() throws -> [Row] {
        let text = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).compactMap { line -> Row? in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = { (cell: String) in
                cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            guard cells.count == 3, let first = numbers(cells[1]).first, Double(first) != nil else { return nil }
            let counts = cells[2] == "—" ? nil : numbers(cells[2]).compactMap { Int($0) }
            return Row(scheme: cells[0], breaks: numbers(cells[1]), counts: counts)
        }
    }

    /// The scheme a README row names, e.g. "quantiles, k=5" or "user defined [20, 30]".
    static func scheme(named label: String) -> ClassificationScheme? {
        let numbers = label.split(whereSeparator: { !"0123456789.".contains($0) }).compactMap { Double($0) }
        let k = numbers.last.map { Int($0) } ?? 5
        switch label.split(separator: " ").first?.lowercased() {
        case "equal": return .equalInterval(k: k)
        case "quantiles,": return .quantiles(k: k)
        case "fisher-jenks,": return .fisherJenks(k: k)
        case "box": return .boxPlot(hinge: numbers.last ?? 1.5)
        case "percentiles": return .percentiles(numbers)
        case "user": return .userDefined(numbers)
        default: return nil
        }
    }
}
