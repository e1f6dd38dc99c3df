import Values

/// One line per computed index and class indicator and period for the import report: how many areas entered
/// the standardisation, how many got no index and why, and how many fell into each class.
enum IndexSummary {
    /// `warnings`: indices at a level the manifest does not declare (a catalogue may serve several manifests).
    static func lines(
        for indicators: [Indicator], in table: ValueTable, levels: [String], warnings: inout [String]
    ) -> [String] {
        var lines: [String] = []
        for indicator in indicators {
            switch indicator.formula {
            case .index(let method) where !levels.contains(method.level):
                warnings.append(
                    "\(indicator.key): the index is computed at the level '\(method.level)', which this manifest does "
                        + "not declare, so it has no values. Fix: use one of \(levels.joined(separator: ", "))"
                        + Suggestions.phrase(for: method.level, in: levels))
            case .index(let method):
                for period in table.periods(of: indicator.key) {
                    let records = table.records.filter { $0.key.indicator == indicator.key && $0.key.period == period }
                    let valid = records.values.filter { $0.status == .valid }.count
                    let below = records.values.filter { $0.status == .suppressed }.count
                    let unusable = records.count - valid - below
                    let base =
                        method.base.map {
                            " with \($0.indicator) ≥ \(GermanNumberFormat.number($0.minimum, decimals: 0))"
                        } ?? ""
                    lines.append(
                        "\(indicator.key) \(period.iso): \(method.combine.rawValue) of the z-scores of "
                            + method.components.map(\.indicator).joined(separator: ", ")
                            + " over \(valid) areas of the level \(method.level)\(base); \(below) below the base and "
                            + "\(unusable) with a missing or invalid component get no index")
                }
            case .classes, .cross:
                for period in table.periods(of: indicator.key) {
                    let counts = Dictionary(
                        grouping: table.records.filter {
                            $0.key.indicator == indicator.key && $0.key.period == period && $0.value.status == .valid
                        }.compactMap { $0.value.value.map { Int($0) } }, by: { $0 }
                    ).mapValues(\.count)
                    let classes = counts.keys.sorted().map { code in
                        "\(indicator.categories[String(code)] ?? String(code)): \(counts[code] ?? 0)"
                    }
                    lines.append("\(indicator.key) \(period.iso): areas per class: " + classes.joined(separator: "; "))
                }
            default:
                continue
            }
        }
        return lines
    }
}
