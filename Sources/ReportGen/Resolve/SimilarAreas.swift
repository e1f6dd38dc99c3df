import IndicatorData

/// The areas similar to a report's area: those of its level in the same class of the index the report names
/// (`similar: { by: … }`), and their values taken together.
extension ResolveContext {
    /// The areas of `area`'s level in the same class of the `similar:` index as `area`, itself included, by name;
    /// empty when the report names no index or `area` has no valid value of it.
    func similarAreas(to area: Area) -> [Area] {
        similarClasses.value(area.id.level) { makeSimilarClasses(level: area.id.level) }[area.id] ?? []
    }

    /// The classes of the `similar:` index among the areas of `level`, made once per run: each area with a valid
    /// value of the index and the areas in its class, itself included, by name (one array per class).
    private func makeSimilarClasses(level: String) -> [AreaID: [Area]] {
        guard let similar = plan.settings.similar, let index = snapshot.indicator(key: similar.indicator.value) else {
            return [:]
        }
        let valued = snapshot.areas(level: level).compactMap { peer -> (area: Area, value: Double)? in
            let value = value(index.key, of: peer.id)
            guard value.status == .valid, let number = value.value, number.isFinite else { return nil }
            return (peer, number)
        }
        let classOf = classifier(index, values: valued.map(\.value), classes: similar.classes)
        var classes: [AreaID: [Area]] = [:]
        for members in Dictionary(grouping: valued, by: { classOf($0.value) }).values {
            let byName = members.map(\.area).sorted { $0.name < $1.name }
            for member in members { classes[member.area.id] = byName }
        }
        return classes
    }

    /// How text names the similar areas after "Durchschnitt der": the report's `name:`, else one built from the index.
    func similarName(for area: Area) -> String {
        if let name = plan.settings.similar?.name { return name }
        let index = plan.settings.similar.flatMap { snapshot.indicator(key: $0.indicator.value)?.shortName } ?? ""
        return "\(LevelNouns.plural(area.id.level)) mit ähnlichem Wert (\(index))"
    }

    /// A categorical index's classes are its categories; a metric one is cut into `classes` quantile classes
    /// (tied values always share a class).
    private func classifier(_ index: Indicator, values: [Double], classes: Int) -> (Double) -> Int {
        if index.scale == .categorical { return { Int($0.rounded()) } }
        let sorted = values.sorted()
        return { value in
            // How many values are below `value`: the first index of a value not below it (binary search).
            var below = 0
            var end = sorted.count
            while below < end {
                let middle = (below + end) / 2
                if sorted[middle] < value { below = middle + 1 } else { end = middle }
            }
            return min(classes - 1, below * classes / max(1, sorted.count))
        }
    }

    /// The value of `indicator` for the areas together, aggregated by the indicator's rule (sum of counts, ratio
    /// of sums, weighted mean); missing unless every area has a valid value and what its rule needs.
    func combinedValue(_ indicator: Indicator, of areas: [Area]) -> IndicatorValue {
        let values = areas.map { value(indicator.key, of: $0.id) }
        guard !values.isEmpty, values.allSatisfy({ $0.status == .valid && $0.value != nil }) else { return .missing }
        switch indicator.aggregation {
        case .sum:
            return IndicatorValue(value: values.compactMap(\.value).reduce(0, +), status: .valid)
        case .ratio(let factor):
            let pairs = values.compactMap { value in value.numerator.flatMap { n in value.denominator.map { (n, $0) } }
            }
            let denominator = pairs.map(\.1).reduce(0, +)
            guard pairs.count == values.count, denominator > 0 else { return .missing }
            return IndicatorValue(value: pairs.map(\.0).reduce(0, +) / denominator * factor, status: .valid)
        case .weightedMean(let weight):
            let pairs = zip(areas, values).compactMap { area, value -> (Double, Double)? in
                guard let number = value.value, let share = value.denominator ?? self.weight(weight, of: area) else {
                    return nil
                }
                return (number, share)
            }
            let total = pairs.map(\.1).reduce(0, +)
            guard pairs.count == values.count, total > 0 else { return .missing }
            return IndicatorValue(value: pairs.map { $0.0 * $0.1 }.reduce(0, +) / total, status: .valid)
        case .none:
            return .missing
        }
    }

    private func weight(_ reference: OperandRef, of area: Area) -> Double? {
        let value =
            reference.period.map { snapshot.value(reference.indicator, of: area.id, period: $0) }
            ?? value(reference.indicator, of: area.id)
        return value.status == .valid ? value.value : nil
    }
}
