import IndicatorData
import Layout

/// Evaluates template expressions for one scope. Records the values it could not show, so that a text
/// built on them can be replaced by a sentence saying why ("aus Datenschutzgründen nicht ausgewiesen").
struct ExpressionEvaluator {
    let context: ResolveContext
    let scope: Scope
    private(set) var unavailable: [UnavailableValue] = []

    init(context: ResolveContext, scope: Scope) {
        self.context = context
        self.scope = scope
    }

    var snapshot: StoreSnapshot { context.snapshot }

    /// The text of a template with every expression written out, without markup (titles, captions, names).
    mutating func render(_ template: TextTemplate) -> String {
        render(template.segments)
    }

    /// The runs of a template's text, the values written out as plain text inside the template's markup.
    mutating func inlines(_ template: TextTemplate) -> [Inline] {
        template.runs.compactMap { run -> Inline? in
            let text = render(run.segments)
            switch run.style {
            case .plain: return text.isEmpty ? nil : .text(text)
            case .bold: return .bold(text)
            case .italic: return .italic(text)
            case .link(let target): return .link(text, target: TemplateInline.target(render(target)))
            }
        }
    }

    private mutating func render(_ segments: [TextTemplate.Segment]) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .expression(let expression): text += write(expression)
            }
        }
        return text
    }

    mutating func write(_ expression: Expression) -> String {
        var value = finding(expression) ?? evaluate(expression.subject)
        var fallback: String?
        for filter in expression.filters {
            if filter.name == .default, let argument = filter.arguments.first { fallback = literal(argument) }
        }
        if !value.isAvailable, let fallback { return fallback }
        for filter in expression.filters where filter.name != .default {
            value = apply(filter, to: value)
        }
        return text(of: value)
    }

    /// A `when:` condition.
    mutating func holds(_ expression: Expression) -> Bool {
        var value = finding(expression) ?? evaluate(expression.subject)
        for filter in expression.filters { value = apply(filter, to: value) }
        var result: Bool
        if let comparison = expression.comparison {
            let other = evaluate(comparison.other)
            if let left = value.number, let right = other.number {
                switch comparison.op {
                case .greater: result = left > right
                case .less: result = left < right
                case .greaterOrEqual: result = left >= right
                case .lessOrEqual: result = left <= right
                case .equal: result = left == right
                case .notEqual: result = left != right
                }
            } else if case .text(let left) = value, case .text(let right) = other {
                result = comparison.op == .equal ? left == right : comparison.op == .notEqual ? left != right : false
            } else {
                result = false
            }
        } else if case .bool(let flag) = value {
            result = flag
        } else {
            result = value.isAvailable && (value.number.map { $0 != 0 } ?? true)
        }
        return expression.negated ? !result : result
    }

    // MARK: Values

    private func literal(_ operand: Expression.Operand) -> String {
        switch operand {
        case .string(let string): string
        case .number(let number): GermanNumberFormat.number(number, decimals: number.rounded() == number ? 0 : 2)
        case .path(let path, _): path.joined(separator: ".")
        }
    }

    private mutating func evaluate(_ operand: Expression.Operand) -> TemplateValue {
        switch operand {
        case .number(let number): return .number(number, nil)
        case .string(let string): return .text(string)
        case .path(let path, _): return evaluate(path)
        }
    }

    private mutating func evaluate(_ path: [String]) -> TemplateValue {
        guard let head = path.first else { return .text("") }
        let rest = Array(path.dropFirst())
        if let word = IndicatorWord(rawValue: head) { return indicatorValue(word, rest.first ?? "", of: scope.area) }
        // The validator refuses any other word before anything is resolved.
        guard let start = PathStart(rawValue: head) else { return .text(GermanNarrative.notAvailable) }
        switch start {
        case .area: return areaValue(scope.area, rest)
        case .parent: return scope.parent.map { areaValue($0, rest) } ?? .text(GermanNarrative.notAvailable)
        case .city: return scope.city.map { areaValue($0, rest) } ?? .text(GermanNarrative.notAvailable)
        case .points:
            let category = rest.first ?? ""
            return .number(Double(snapshot.pointsOfInterest(category: category, in: scope.area.id).count), nil)
        case .poi: return .text(pointText(rest.first ?? PointField.name.rawValue))
        case .period: return .text(context.plan.settings.period.flatMap { Period($0.value)?.german } ?? "")
        case .param: return .text(context.plan.settings.parameterValues.printed[rest.first ?? ""] ?? "")
        case .published: return .text(context.published.german)
        case .similar: return similarValue(rest)
        case .areas: return .number(Double(snapshot.areas(level: rest.first ?? "").count), nil)
        }
    }

    private mutating func areaValue(_ area: Area, _ rest: [String]) -> TemplateValue {
        guard let field = rest.first else { return .text(area.name) }
        if let word = IndicatorWord(rawValue: field) {
            return indicatorValue(word, rest.dropFirst().first ?? "", of: area)
        }
        switch AreaField(rawValue: field) {
        case .name: return .text(area.name)
        case .key: return .text(area.id.key)
        case .level: return .text(snapshot.levels.first { $0.key == area.id.level }?.name ?? area.id.level)
        case nil: return .text(GermanNarrative.notAvailable)
        }
    }

    private mutating func indicatorValue(_ word: IndicatorWord, _ key: String, of area: Area) -> TemplateValue {
        guard let indicator = snapshot.indicator(key: key) else { return .text(GermanNarrative.notAvailable) }
        let current = context.value(key, of: area.id)
        switch word {
        case .value:
            note(current, indicator, area)
            return .value(current, indicator, of: area)
        case .numerator:
            note(current, indicator, area)
            return current.status == .valid
                ? .number(current.numerator ?? .nan, nil) : .value(current, indicator, of: area)
        case .previous:
            let previous = context.previousPoint(indicator, of: area)
            note(previous?.value ?? .missing, indicator, previous?.area ?? area)
            return .value(previous?.value ?? .missing, indicator, of: previous?.area ?? area)
        case .change:
            note(current, indicator, area)
            return .change(context.change(indicator, of: area), indicator)
        case .rank:
            guard let period = context.period(of: key, level: area.id.level),
                let rank = snapshot.rank(of: area.id, by: key, period: period)
            else {
                note(.missing, indicator, area)
                return .change(nil, indicator)
            }
            return .rank(rank, indicator)
        case .components:
            guard let parts = IndexComponents(context: context).contributions(to: indicator, of: area.id) else {
                note(current.status == .valid ? .missing : current, indicator, area)
                return .text(GermanNarrative.notAvailable)
            }
            return .text(IndexComponents.phrase(parts))
        }
    }

    private mutating func note(_ value: IndicatorValue, _ indicator: Indicator, _ area: Area) {
        guard value.status != .valid || value.value == nil else { return }
        let entry = UnavailableValue(
            indicator: indicator, area: area, status: value.status == .valid ? .missing : value.status)
        if !unavailable.contains(entry) { unavailable.append(entry) }
    }

    /// The other areas of the report area's class of the `similar:` index.
    var similarOthers: [Area] { context.similarAreas(to: scope.area).filter { $0.id != scope.area.id } }

    /// `similar.count`: how many other areas are similar; `similar.value.x`: their value of x taken together.
    private func similarValue(_ rest: [String]) -> TemplateValue {
        guard rest.first == IndicatorWord.value.rawValue,
            let indicator = snapshot.indicator(key: rest.dropFirst().first ?? "")
        else {
            return .number(Double(similarOthers.count), nil)
        }
        return .value(context.combinedValue(indicator, of: similarOthers), indicator, of: scope.area)
    }

    private func pointText(_ field: String) -> String {
        guard let point = scope.point else { return "" }
        switch PointField(rawValue: field) {
        case .name: return PointOfInterest.printed(point.name)
        case .number: return point.sourceID
        case .address: return PointOfInterest.printedAddress(point.address)
        case .category: return point.category
        // Any other word names an attribute of the points (checked against the store by the validator).
        case nil: return point.attributes[field].map(PointOfInterest.printed) ?? GermanNarrative.notAvailable
        }
    }
}
