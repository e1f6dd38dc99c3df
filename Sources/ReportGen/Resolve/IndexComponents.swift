import IndicatorData
import Layout

/// What each component contributes to an area's index: its weighted z-score over the areas the index was
/// standardised over (those of the index's level that have an index value), as the import computed it, so that the
/// contributions add up to the index (or, with `combine: mean`, to it times the sum of the weights).
struct IndexComponents {
    struct Contribution {
        let indicator: Indicator
        let value: Double
    }

    let context: ResolveContext

    /// Nil when the indicator is no declared index, or the area has no index value or a component without one.
    func contributions(to index: Indicator, of area: AreaID) -> [Contribution]? {
        let snapshot = context.snapshot
        guard let method = index.indexMethod, area.level == method.level,
            let period = context.period(of: index.key, level: method.level),
            snapshot.value(index.key, of: area, period: period).status == .valid
        else { return nil }
        let standardised = snapshot.areas(level: method.level).map(\.id).filter {
            snapshot.value(index.key, of: $0, period: period).status == .valid
        }
        var contributions: [Contribution] = []
        for component in method.components {
            guard let indicator = snapshot.indicator(key: component.indicator),
                let own = snapshot.value(component.indicator, of: area, period: period).value
            else { return nil }
            let values = standardised.compactMap { snapshot.value(component.indicator, of: $0, period: period).value }
            let part = method.combined(component.weighted(Moments(values).z(own)))
            contributions.append(Contribution(indicator: indicator, value: part))
        }
        return contributions
    }

    /// "Arbeitslosigkeit (+0,85), Transferbezug (+1,20) und Kinderarmut (+1,42); den größten Beitrag leistet
    /// Kinderarmut": the component that moves the index furthest in the direction it lies from the mean.
    static func phrase(_ contributions: [Contribution]) -> String {
        let parts = contributions.map { "\($0.indicator.shortName) (\(GermanNarrative.signed($0.value, decimals: 2)))" }
        let direction: Double = contributions.map(\.value).reduce(0, +) < 0 ? -1 : 1
        guard let largest = contributions.max(by: { $0.value * direction < $1.value * direction }) else { return "" }
        return GermanNarrative.enumeration(parts) + "; den größten Beitrag leistet \(largest.indicator.shortName)"
    }
}
