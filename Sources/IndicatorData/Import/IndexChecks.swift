import Yams

/// Checks of declared indices, classes and crossed classes that the catalogue's shape cannot express, at the line
/// and column of the offending key.
struct IndexChecks {
    let file: String

    func check(_ indicators: [Indicator], catalogue: Node) throws {
        guard case .sequence(let entries)? = catalogue.mapping?["indicators"] else { return }
        let byKey = Dictionary(indicators.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        for entry in entries {
            guard let key = entry.mapping?["key"]?.string, let indicator = byKey[key],
                let formula = entry.mapping?["formula"]
            else { continue }
            switch indicator.formula {
            case .index(let method):
                try checkIndex(method, node: formula.mapping?["index"] ?? formula, key: key)
            case .classes(let method):
                try checkClasses(method, of: indicator, node: formula.mapping?["classes"] ?? formula, entry: entry)
            case .cross(let pair):
                try checkCross(
                    pair, of: indicator, node: formula.mapping?["cross"] ?? formula, entry: entry, byKey: byKey)
            default:
                continue
            }
        }
    }

    private func fail(_ node: Node?, _ problem: String, fix: String) -> DataError {
        let location = node.map { YAMLShapeChecker(file: file).location(of: $0).description } ?? file
        return .conflict(at: location, problem: problem, fix: fix)
    }

    private func checkIndex(_ method: IndexMethod, node: Node, key: String) throws {
        guard !method.components.isEmpty else {
            throw fail(
                node.mapping?["components"], "the index '\(key)' has no components",
                fix: "list its indicators, e.g. components: [arbeitslosigkeit, transferbezug, kinderarmut]")
        }
        if let component = method.components.first(where: { !($0.weight > 0) }) {
            throw fail(
                node.mapping?["components"],
                "the component '\(component.indicator)' of '\(key)' has the "
                    + "weight \(component.weight)",
                fix: "give every component a weight above 0 (1 when all count alike)")
        }
        if let base = method.base, base.minimum < 0 {
            throw fail(
                node.mapping?["base"], "the base minimum of '\(key)' is negative",
                fix: "write the smallest value an area needs, e.g. base: { indicator: einwohner, minimum: 300 }")
        }
    }

    private func checkClasses(_ method: ClassMethod, of indicator: Indicator, node: Node, entry: Node) throws {
        let rules = [method.standardDeviations != nil, method.limits != nil, method.quantiles != nil]
        guard rules.filter({ $0 }).count == 1 else {
            throw fail(
                node, "the classes of '\(indicator.key)' need exactly one rule",
                fix: "write one of standard-deviations: [-1, 1, 1.5], limits: [10, 20] or quantiles: 4")
        }
        if let limits = method.standardDeviations ?? method.limits,
            zip(limits, limits.dropFirst()).contains(where: { $0 >= $1 }) || limits.isEmpty
        {
            throw fail(
                node, "the class limits of '\(indicator.key)' must rise: \(limits)",
                fix: "list at least one limit, from the lowest to the highest")
        }
        if let quantiles = method.quantiles, quantiles < 2 {
            throw fail(
                node.mapping?["quantiles"], "'\(indicator.key)' asks for \(quantiles) quantile classes",
                fix: "write quantiles: 2 or more (4 for quartiles)")
        }
        try checkCategories(of: indicator, entry: entry, expected: (1...method.count).map(String.init))
    }

    private func checkCross(
        _ pair: [String], of indicator: Indicator, node: Node, entry: Node, byKey: [String: Indicator]
    ) throws {
        let counts = pair.compactMap { key -> Int? in
            if case .classes(let method) = byKey[key]?.formula { return method.count }
            return nil
        }
        guard pair.count == 2, counts.count == 2 else {
            throw fail(
                node,
                "'\(indicator.key)' crosses \(pair), but needs exactly two indicators with "
                    + "formula: { classes: … }", fix: "write cross: [status_class, dynamics_class]")
        }
        let expected = (1...counts[0]).flatMap { a in (1...counts[1]).map { b in "\(a)\(b)" } }
        try checkCategories(of: indicator, entry: entry, expected: expected)
    }

    /// A class indicator is categorical and names every class it can take.
    private func checkCategories(of indicator: Indicator, entry: Node, expected: [String]) throws {
        guard indicator.scale == .categorical else {
            throw fail(
                entry.mapping?["key"], "the class indicator '\(indicator.key)' is not categorical",
                fix: "add scale: categorical")
        }
        let missing = expected.filter { indicator.categories[$0] == nil }
        let extra = indicator.categories.keys.filter { !expected.contains($0) }.sorted()
        guard missing.isEmpty, extra.isEmpty else {
            throw fail(
                entry.mapping?["categories"] ?? entry.mapping?["key"],
                "the categories of '\(indicator.key)' must name the classes \(expected.joined(separator: ", "))"
                    + (missing.isEmpty ? "" : "; missing: \(missing.joined(separator: ", "))")
                    + (extra.isEmpty ? "" : "; not a class: \(extra.joined(separator: ", "))"),
                fix: "write categories: { " + expected.map { "\($0): …" }.joined(separator: ", ") + " }")
        }
    }
}
