import Yams

/// The indicator model of municipal education monitoring: which cells (area letter × topic number) admit an
/// indicator. A catalogue's `model-cell:` must name a cell that does; one the model marks "—" (no indicator
/// possible, e.g. A5 or D1) is refused at its line and column, with the cells its topic and its area admit.
package enum IndicatorModel {
    static let areas = Array("ABCDEFGHI")

    /// Per topic 1…17, one mark per area A…I: "x" admits indicators, "(" admits them with limited meaning,
    /// "n" is described in text (narrativ), "-" admits none.
    private static let marks = [
        "x-------n", "x-------x", "x-------x", "x-------x",
        "-(((((xxn", "-(xxxxxxx", "-xxxxxxxx", "-x-------", "-xxxx(xxn",
        "--(((-x(x", "---x----x", "---xx(--x", "---x(---x", "--(xx(--n",
        "---xxx((x", "--xx---x-", "-n-------",
    ].map(Array.init)

    /// Whether an indicator may stand in `cell` ("C6", "D11"); nil when `cell` is no cell of the model at all.
    static func admits(_ cell: String) -> Bool? {
        guard let letter = cell.first, let area = areas.firstIndex(of: letter), let topic = Int(cell.dropFirst()),
            (1...marks.count).contains(topic)
        else { return nil }
        return marks[topic - 1][area] == "x" || marks[topic - 1][area] == "("
    }

    /// The cells of an area letter that admit indicators: "C5, C6, C7, C9, C10, C14, C16".
    package static func cells(of letter: Character) -> [String] {
        (1...marks.count).map { "\(letter)\($0)" }.filter { admits($0) == true }
    }

    /// Refuses a `model-cell:` the model does not admit, at the line and column of the value.
    static func check(catalogue: Node, file: String) throws {
        guard case .sequence(let entries)? = catalogue.mapping?["indicators"] else { return }
        for entry in entries {
            guard let node = entry.mapping?["model-cell"], let cell = node.string, admits(cell) != true else {
                continue
            }
            let key = entry.mapping?["key"]?.string ?? "?"
            let location = YAMLShapeChecker(file: file).location(of: node).description
            let known = cell.first.map { cells(of: $0) } ?? []
            if admits(cell) == nil {
                throw DataError.conflict(
                    at: location, problem: "'\(cell)' (model-cell of '\(key)') is no cell of the indicator model",
                    fix: "write an area letter A–I and a topic 1–17, e.g. A3 or C6")
            }
            throw DataError.conflict(
                at: location, problem: "the indicator model admits no indicator in \(cell) (model-cell of '\(key)')",
                fix: "use a cell the model admits"
                    + (known.isEmpty ? "" : "; area \(cell.prefix(1)) has \(known.joined(separator: ", "))"))
        }
    }
}
