import IndicatorData
import Layout

/// `needs:`: one sentence per indicator, the area's value against each comparison area ("Kitaplätze je 100 Kinder
/// unter 6 Jahren: 46,8 – um 39 % niedriger als in der Bezirksregion Reuterstraße (76,2), etwa halb so hoch wie im
/// Bezirk Neukölln (83,1) und in Berlin (86,6)."), ordered by need: the
/// indicator whose value lies furthest on the side of need (below for higher-is-better, above for higher-is-worse)
/// of any comparison area comes first; neutral indicators follow, then those without a need, then those the area has
/// no value for.
struct NeedsResolver {
    let context: ResolveContext

    func resolve(_ plan: NeedsPlan, scope: Scope) -> [Block] {
        let snapshot = context.snapshot
        let references = snapshot.areas(plan.compare, scope: scope, context: context).filter {
            $0.id != scope.area.id
        }
        let statements = plan.indicators.compactMap { entry in
            snapshot.indicator(key: entry.indicator.value).map {
                statement($0, label: entry.label, area: scope.area, references: references)
            }
        }
        let ordered = statements.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element.need ?? -.infinity, rhs.element.need ?? -.infinity)
            return a == b ? lhs.offset < rhs.offset : a > b
        }
        guard !ordered.isEmpty else { return [] }
        return [.list(ListBlock(ordered: false, items: ordered.map(\.element.inlines)))]
    }

    /// The largest gap on the side of need against any comparison area, relative to its value; 0 for a neutral
    /// indicator.
    static func need(of value: Double, against references: [Double], polarity: Polarity) -> Double {
        let sign: Double
        switch polarity {
        case .higherIsWorse: sign = 1
        case .higherIsBetter: sign = -1
        case .neutral: return 0
        }
        return references.filter { $0 != 0 }.map { sign * (value - $0) / abs($0) }.max() ?? 0
    }

    private func statement(_ indicator: Indicator, label: String?, area: Area, references: [Area]) -> (
        need: Double?, inlines: [Inline]
    ) {
        let label = Inline.bold("\(label ?? indicator.name):")
        let compared = references.compactMap { reference -> (Area, Double)? in
            context.validNumber(indicator.key, of: reference.id).map { (reference, $0) }
        }
        guard let value = context.validNumber(indicator.key, of: area.id) else {
            let others = compared.map { "\(place($0.0)) \(ValueText.format($0.1, indicator))" }
            let rest = others.isEmpty ? "" : "; " + GermanNarrative.enumeration(others)
            return (nil, [label, .text(" \(place(area)) \(GermanNarrative.notAvailable)\(rest).")])
        }
        // Adjacent comparison areas the value lies alike from share their words: "etwa halb so hoch wie im Bezirk
        // Neukölln (83,1) und in Berlin (86,6)".
        var groups: [(distance: String, places: [String])] = []
        for (reference, number) in compared {
            let distance = GermanNarrative.distance(
                value, from: number, percentage: indicator.unit == "%",
                decimals: indicator.decimals)
            let place = "\(place(reference)) (\(ValueText.format(number, indicator)))"
            if groups.last?.distance == distance {
                groups[groups.count - 1].places.append(place)
            } else {
                groups.append((distance, [place]))
            }
        }
        let phrases = groups.map { "\($0.distance) \(GermanNarrative.enumeration($0.places))" }
        let comparison = phrases.isEmpty ? "" : " – " + phrases.joined(separator: ", ")
        let need = Self.need(of: value, against: compared.map(\.1), polarity: indicator.polarity)
        return (need, [label, .text(" \(ValueText.format(value, indicator))\(comparison).")])
    }

    private func place(_ area: Area) -> String {
        LevelNouns.locative(area.id.level, name: area.name, isCity: area.id == context.snapshot.city?.id)
    }
}
