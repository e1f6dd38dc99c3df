import IndicatorData
import Layout

extension ExpressionEvaluator {
    func apply(_ filter: Expression.Filter, to value: TemplateValue) -> TemplateValue {
        let arguments = filter.arguments
        switch filter.name {
        case .number, .percent, .decimals:
            let decimals = arguments.first.flatMap { operand -> Int? in
                if case .number(let number) = operand, number.isFinite, abs(number) < 10 { return Int(number) }
                return nil
            }
            guard let number = value.number, value.isAvailable else { return .text(GermanNarrative.notAvailable) }
            if filter.name == .percent {
                return .text(
                    GermanNumberFormat.percent(number, decimals: decimals ?? indicator(of: value)?.decimals ?? 1))
            }
            return .text(GermanNumberFormat.number(number, decimals: decimals ?? indicator(of: value)?.decimals ?? 0))
        case .signed:
            guard case .change(let change?, let indicator) = value else {
                // A value that is itself a change (a growth rate in %) is a relative change: "+1,2 %".
                return value.number.map { .text(ValueText.change($0, indicator(of: value), relative: true)) }
                    ?? .text(GermanNarrative.notAvailable)
            }
            return .text(ValueText.change(change.difference, indicator))
        case .trend:
            guard case .change(let change?, let indicator) = value else { return .text(GermanNarrative.notAvailable) }
            var threshold = 0.0
            if case .number(let given) = arguments.first, given.isFinite { threshold = abs(given) }
            return .text(ValueText.trend(change, indicator, threshold: threshold))
        case .date:
            if case .text(let text) = value, let period = Period(text) { return .text(period.german) }
            return value
        case .comparedTo:
            return .text(comparison(value, arguments))
        case .position:
            guard case .rank(let rank, let indicator) = value else { return .text(GermanNarrative.notAvailable) }
            return .text(GermanNarrative.position(rank.position, of: rank.count, share: indicator.unit == "%"))
        case .rankPhrase:
            guard case .rank(let rank, _) = value else { return .text(GermanNarrative.notAvailable) }
            let lowest =
                arguments.first.map { if case .string(let word) = $0 { word.hasPrefix("niedrig") } else { false } }
                ?? false
            // Ranks count from the highest value; from the lowest, the last is first.
            let position = lowest ? rank.count - rank.position + 1 : rank.position
            return .text(GermanNarrative.rankPhrase(position, of: rank.count, highest: !lowest))
        case .plural:
            guard arguments.count == 2, case .string(let singular) = arguments[0],
                case .string(let plural) = arguments[1],
                let number = value.number, number.isFinite, abs(number) < 1e9
            else { return value }
            return .text(GermanNarrative.counted(Int(number.rounded()), singular: singular, plural: plural))
        case .available: return .bool(value.isAvailable)
        case .suppressed:
            if case .value(let stored, _, _) = value { return .bool(stored.status == .suppressed) }
            return .bool(false)
        // Applied before the others, in `write(_:)`; the findings in `finding(_:)`, from the expression's subject.
        case .default, .highest, .lowest, .within: return value
        }
    }

    private func indicator(of value: TemplateValue) -> Indicator? {
        switch value {
        case .value(_, let indicator, _), .rank(_, let indicator), .change(_, let indicator): indicator
        case .number(_, let indicator): indicator
        default: nil
        }
    }

    /// "über dem städtischen Durchschnitt", "unter dem Durchschnitt von Mitte", "etwa auf dem Niveau des …".
    private func comparison(_ value: TemplateValue, _ arguments: [Expression.Operand]) -> String {
        guard case .value(let stored, let indicator, _) = value, stored.status == .valid, let number = stored.value
        else {
            return GermanNarrative.suppressed
        }
        var tolerance = 0.05
        if arguments.count > 1, case .number(let given) = arguments[1], given.isFinite { tolerance = given }
        let target: Area?
        let reference: String
        if case .path(let path, _) = arguments.first, path.first == PathStart.similar.rawValue {
            let combined = context.combinedValue(indicator, of: similarOthers)
            let reference = "Durchschnitt der \(context.similarName(for: scope.area))"
            guard combined.status == .valid, let base = combined.value else {
                return GermanNarrative.Comparison.unknown.phrase(reference: reference)
            }
            return GermanNarrative.comparison(number, to: base, tolerance: tolerance).phrase(reference: reference)
        } else if case .path(let path, _) = arguments.first, path.first == "parent" {
            target = scope.parent
            reference = "Durchschnitt von \(scope.parent?.name ?? "")"
        } else {
            target = scope.city
            reference = "städtischen Durchschnitt"
        }
        guard let target else { return GermanNarrative.Comparison.unknown.phrase(reference: reference) }
        let referenceValue = context.value(indicator.key, of: target.id)
        guard referenceValue.status == .valid, let base = referenceValue.value else {
            return GermanNarrative.Comparison.unknown.phrase(reference: reference)
        }
        return GermanNarrative.comparison(number, to: base, tolerance: tolerance).phrase(reference: reference)
    }

    func text(of value: TemplateValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number, let indicator):
            number.isFinite ? ValueText.format(number, indicator) : GermanNarrative.notAvailable
        case .value(let stored, let indicator, _): ValueText.format(stored, indicator)
        case .rank(let rank, _): "Rang \(rank.position) von \(rank.count)"
        case .change(let change, let indicator):
            change.map { ValueText.change($0.difference, indicator) } ?? GermanNarrative.notAvailable
        case .bool(let flag): flag ? "ja" : "nein"
        }
    }
}
