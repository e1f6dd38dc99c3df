import IndicatorData
import Layout

/// Findings from data, written into text: `{{ value.kinderarmut | highest: 3 }}` → "Wedding (45,2 %),
/// Gesundbrunnen (40,1 %) und Neukölln (39,0 %)"; `{{ change.kinderarmut | lowest: 2, "planungsraum" }}` names the
/// two Planungsräume where it fell most; `{{ points.kita | within: 500 }}` counts the Kitas within 500 m of the
/// report's point. The filter reads the expression's subject (which indicator, of which area), not its value.
extension ExpressionEvaluator {
    /// The value of an expression whose first filter is a finding, or nil for any other expression.
    func finding(_ expression: Expression) -> TemplateValue? {
        guard let filter = expression.filters.first(where: { [.highest, .lowest, .within].contains($0.name) }),
            case .path(let path, _) = expression.subject
        else { return nil }
        if filter.name == .within { return pointsWithin(path, filter) }
        return ranking(path, filter)
    }

    private func ranking(_ path: [String], _ filter: Expression.Filter) -> TemplateValue {
        guard let subject = rankedSubject(path), let indicator = snapshot.indicator(key: subject.indicator) else {
            return .text(GermanNarrative.notAvailable)
        }
        var count = 3
        var level = snapshot.childLevel(of: subject.area.id.level)
        var need: Indicator?
        for argument in filter.arguments {
            switch argument {
            case .number(let number) where number.isFinite && number >= 1 && number < 1000: count = Int(number)
            case .string(let name): level = name
            case .path(let path, _): need = path.last.flatMap { snapshot.indicator(key: $0) }
            default: continue
            }
        }
        guard let level else { return .text(GermanNarrative.notAvailable) }
        var ranked = context.ranked(
            level: level, within: subject.area, indicator: indicator.key, change: subject.change,
            descending: filter.name == .highest, count: need == nil ? count : .max)
        if let need { ranked = Array(onNeedSide(ranked, of: need).prefix(count)) }
        // No area with a value (or with two periods): unavailable, so that `| default: "…"` can say something else.
        guard !ranked.isEmpty else { return .change(nil, indicator) }
        let named = ranked.map { entry in
            let measure =
                subject.change ? ValueText.change(entry.measure, indicator) : ValueText.format(entry.measure, indicator)
            return "\(entry.area.name) (\(measure))"
        }
        return .text(GermanNarrative.enumeration(named))
    }

    /// `| lowest: 5, "planungsraum", value.kinderarmut`: only the areas whose value of the named indicator lies on the
    /// side of need of the city's value (above it for higher-is-worse, below for higher-is-better); equal measures
    /// by the greater need first. The quadrant "hoher Bedarf, wenig Angebot" of a scatter plot, in words.
    private func onNeedSide(_ ranked: [(area: Area, measure: Double)], of need: Indicator) -> [(
        area: Area, measure: Double
    )] {
        guard let city = scope.city, let reference = context.validNumber(need.key, of: city.id) else { return [] }
        let sign: Double = need.polarity == .higherIsBetter ? -1 : 1
        let needy = ranked.compactMap { entry -> (entry: (area: Area, measure: Double), need: Double)? in
            guard let value = context.validNumber(need.key, of: entry.area.id), sign * (value - reference) > 0 else {
                return nil
            }
            return (entry, sign * value)
        }
        // `ranked` is in order; a stable sort by need within equal measures keeps it.
        return needy.enumerated().sorted { lhs, rhs in
            lhs.element.entry.measure == rhs.element.entry.measure
                ? (lhs.element.need, rhs.offset) > (rhs.element.need, lhs.offset) : lhs.offset < rhs.offset
        }.map(\.element.entry)
    }

    /// `value.x`, `change.x`, `parent.value.x`, `city.change.x`: the indicator, whether its change is meant, and
    /// the area whose sub-areas are ranked.
    private func rankedSubject(_ path: [String]) -> (indicator: String, change: Bool, area: Area)? {
        var words = path[...]
        var area = scope.area
        if let start = words.first.flatMap(PathStart.init(rawValue:)) {
            switch start {
            case .area: break
            case .parent:
                guard let parent = scope.parent else { return nil }
                area = parent
            case .city:
                guard let city = scope.city else { return nil }
                area = city
            default: return nil
            }
            words = words.dropFirst()
        }
        guard words.count == 2, let word = words.first.flatMap(IndicatorWord.init(rawValue:)), let key = words.last,
            [.value, .change].contains(word)
        else { return nil }
        return (key, word == .change, area)
    }

    private func pointsWithin(_ path: [String], _ filter: Expression.Filter) -> TemplateValue {
        guard path.count == 2, path[0] == PathStart.points.rawValue, let point = scope.point,
            case .number(let radius) = filter.arguments.first, radius.isFinite
        else { return .text(GermanNarrative.notAvailable) }
        let near = snapshot.pointsOfInterest(category: path[1]).filter {
            CatchmentResolver.distance($0.position, point.position) <= radius
        }
        return .number(Double(near.count), nil)
    }
}
