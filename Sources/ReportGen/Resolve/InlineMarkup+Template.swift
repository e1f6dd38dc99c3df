import Layout

/// The small inline syntax of template text: `**fett**`, `*kursiv*` and `[Text](https://…)` links.
/// Anything else, including a lone `*`, stays as it is written.
enum TemplateInline {
    static func parse(_ text: String) -> [Inline] {
        var runs: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { runs.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**"), end.lowerBound > rest.index(rest.startIndex, offsetBy: 2) {
                flush()
                runs.append(.bold(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if first == "*", let end = rest.dropFirst().firstIndex(of: "*"), end > rest.index(after: rest.startIndex),
                rest[rest.index(after: rest.startIndex)] != " "
            {
                flush()
                runs.append(.italic(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.range(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")"),
                !rest[rest.index(after: rest.startIndex)..<close.lowerBound].contains("\n")
            {
                flush()
                let label = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
                let target = String(rest[close.upperBound..<end])
                runs.append(.link(label, target: target.hasPrefix("#") ? .destination(String(target.dropFirst())) : .uri(target)))
                rest = rest[rest.index(after: end)...]
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return runs
    }
}
