import Foundation

/// The indicator catalogue (YAML): every indicator's metadata, and formulas for computed ones.
struct IndicatorCatalogue: Decodable {
    var indicators: [Indicator]

    /// Checks keys, operands and weights, and returns the indicators ordered so that every operand and weight
    /// comes before the indicators that read it.
    func validated(file: String) throws -> [Indicator] {
        var byKey: [String: Indicator] = [:]
        for indicator in indicators {
            guard byKey[indicator.key] == nil else {
                throw DataError.invalidManifest(
                    file: file, path: "indicators.\(indicator.key)", reason: "the key appears twice")
            }
            byKey[indicator.key] = indicator
        }
        for indicator in indicators {
            for dependency in dependencies(of: indicator) where byKey[dependency] == nil {
                throw DataError.unknownIndicator(
                    file: file, indicator: dependency,
                    suggestions: Suggestions.nearest(to: dependency, in: Array(byKey.keys)))
            }
        }
        var ordered: [Indicator] = []
        var state: [String: Bool] = [:]  // false: visiting, true: done
        func visit(_ key: String, path: [String]) throws {
            if state[key] == true { return }
            if state[key] == false { throw DataError.formulaCycle(file: file, indicators: path + [key]) }
            guard let indicator = byKey[key] else { return }
            state[key] = false
            for dependency in dependencies(of: indicator) { try visit(dependency, path: path + [key]) }
            state[key] = true
            ordered.append(indicator)
        }
        for indicator in indicators { try visit(indicator.key, path: []) }
        return ordered
    }

    private func dependencies(of indicator: Indicator) -> [String] {
        var keys = indicator.formula?.operands.map(\.indicator) ?? []
        if case .weightedMean(let weight) = indicator.aggregation { keys.append(weight.indicator) }
        return keys
    }

}
