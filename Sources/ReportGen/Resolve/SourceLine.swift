/// The "Quelle:" line of a figure or table: each publication once, the codes of its tables gathered
/// ("Monitoring Soziale Stadtentwicklung 2021 (S1, S3, S4), Stand: 31.12.2020"), "eigene Berechnung" at the end.
struct SourceLine {
    private struct Entry {
        var publication: String
        var date: String
        var codes: [String]
    }

    private var entries: [Entry] = []
    private var ownCalculation = false

    /// Adds an indicator's source (parts separated by "; ") with the date of the values shown.
    mutating func add(_ source: String, date: String) {
        for part in source.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
            if part == "eigene Berechnung" {
                ownCalculation = true
                continue
            }
            let (publication, code) = Self.split(part)
            if let index = entries.firstIndex(where: { $0.publication == publication && $0.date == date }) {
                if let code, !entries[index].codes.contains(code) { entries[index].codes.append(code) }
            } else {
                entries.append(Entry(publication: publication, date: date, codes: code.map { [$0] } ?? []))
            }
        }
    }

    var text: String {
        var parts = entries.map { entry in
            let codes = entry.codes.isEmpty ? "" : " (\(entry.codes.joined(separator: ", ")))"
            return entry.publication + codes + (entry.date.isEmpty ? "" : ", Stand: \(entry.date)")
        }
        if ownCalculation { parts.append("eigene Berechnung") }
        return parts.joined(separator: "; ")
    }

    /// "Monitoring … 2021 (S4)" → ("Monitoring … 2021", "S4"); a part without a trailing code is kept whole.
    private static func split(_ part: String) -> (String, String?) {
        guard part.hasSuffix(")"), let open = part.lastIndex(of: "(") else { return (part, nil) }
        let code = part[part.index(after: open)..<part.index(before: part.endIndex)]
        guard !code.isEmpty, code.count <= 6, !code.contains(" ") else { return (part, nil) }
        return (part[..<open].trimmingCharacters(in: .whitespaces), String(code))
    }
}
