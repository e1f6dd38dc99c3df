import IndicatorData

/// Checks every name a plan uses against the store before anything is drawn, and refuses internal
/// indicators in public reports. Collects all problems instead of stopping at the first.
public struct TemplateValidator {
    public let vocabulary: TemplateVocabulary

    public init(vocabulary: TemplateVocabulary) {
        self.vocabulary = vocabulary
    }

    public func validate(_ plan: ReportPlan) -> [TemplateError] {
        var check = Check(
            vocabulary: vocabulary, audience: plan.settings.audience,
            parameters: plan.settings.parameters.map(\.name), similar: plan.settings.similar)
        let settings = plan.settings
        for text in [settings.title, settings.subtitle, settings.date, settings.fileName, settings.header].compactMap({
            $0
        }) {
            check.text(text)
        }
        switch settings.iteration {
        case .areas(let level, let filter, let sort):
            check.level(level)
            if let filter { check.expression(filter) }
            if !["name", "key"].contains(sort.field.value) { check.indicator(sort.field) }
            check.sample(settings.sample, of: level.value, kind: "area key")
        case .points(let category, let filter):
            check.pointCategory(category)
            if let filter { check.expression(filter) }
            check.sample(settings.sample, of: category.value, kind: "point number")
        case .city:
            if let first = settings.sample.first {
                check.errors.append(
                    .syntax(
                        first.location, "a report about the city has no examples to choose",
                        fix: "Remove \"sample:\" or add \"for-each:\" with a level or points."))
            }
        }
        if let period = settings.period { check.reportPeriod(period) }
        for (level, earlier) in settings.earlierLayouts.sorted(by: { $0.key < $1.key }) {
            check.level(Located(value: level, location: earlier.location))
            check.level(earlier)
        }
        if let similar = settings.similar { check.indicator(similar.indicator) }
        check.blocks(plan.allBlocks)
        return check.errors + HeadingOrder.errors(in: plan)
    }

    private struct Check {
        let vocabulary: TemplateVocabulary
        let audience: Audience
        let parameters: [String]
        let similar: SimilarPlan?
        var errors: [TemplateError] = []

        mutating func blocks(_ blocks: [PlanBlock]) {
            for block in blocks {
                if let condition = block.condition { expression(condition) }
                switch block.kind {
                case .heading(let text, _), .text(let text, _): self.text(text)
                case .list(let items, _): items.forEach { self.text($0) }
                case .table(let table):
                    table.rows.forEach { selector($0) }
                    if let sort = table.sortBy, !["name", "key"].contains(sort.field.value) { indicator(sort.field) }
                    for column in table.columns {
                        indicator(column.indicator)
                        if let period = column.period { self.period(period, of: column.indicator.value) }
                    }
                    table.columns.filter { $0.show == .label }.forEach { categoryLabels(of: $0.indicator) }
                    text(table.caption)
                case .figure(let figure): self.figure(figure)
                case .figures(let figures): figures.forEach { self.figure($0) }
                case .image(_, let caption): text(caption)
                case .forEach(let areas, let inner):
                    selector(areas)
                    self.blocks(inner)
                case .columns(_, let inner): self.blocks(inner)
                case .indicatorOverview(let overview):
                    let letters = TemplateVocabulary.modelAreas.map(\.key)
                    if let area = overview.modelArea, !letters.contains(area.value) {
                        errors.append(
                            .unknownName(
                                area.location, kind: "area of the education model", name: area.value, known: letters))
                    }
                    text(overview.caption)
                    if let empty = overview.empty { text(empty) }
                case .textFile(let slot): text(slot.path)
                case .keyFigures(let box):
                    box.indicators.forEach { indicator($0) }
                    box.compare.forEach { selector($0) }
                    text(box.caption)
                case .needs(let needs):
                    needs.indicators.forEach { indicator($0.indicator) }
                    needs.compare.forEach { selector($0) }
                case .catchment(let catchment):
                    pointCategory(catchment.category)
                    for attribute in [catchment.provider, catchment.places].compactMap({ $0 })
                    where !vocabulary.pointAttributes.contains(attribute.value) {
                        errors.append(
                            .unknownName(
                                attribute.location, kind: "point attribute", name: attribute.value,
                                known: vocabulary.pointAttributes.sorted()))
                    }
                    text(catchment.caption)
                case .indexMethod(let key):
                    indicator(key)
                    let known = vocabulary.indices.union(vocabulary.indexClasses)
                    if vocabulary.indicators.contains(key.value) && !known.contains(key.value) {
                        errors.append(
                            .syntax(
                                key.location,
                                "\"index-method\" describes a declared index, but \"\(key.value)\" is none",
                                fix:
                                    "Name an indicator with \"formula: { index: … }\", \"classes:\" or \"cross:\": \(known.sorted().joined(separator: ", "))."
                            ))
                    }
                case .titlePage, .contents, .pageBreak, .impressum, .signature: break
                }
            }
        }

        mutating func figure(_ figure: FigurePlan) {
            figure.indicators.forEach { indicator($0) }
            figure.selectors.forEach { selector($0) }
            text(figure.caption)
            guard let map = figure.map else { return }
            if let level = map.level { self.level(level) }
            for period in [map.period].compactMap({ $0 }) + map.classes.pooledPeriods {
                self.period(period, of: map.indicator.value)
            }
            map.points.forEach { pointCategory($0) }
            if let size = map.pointSize, !vocabulary.pointAttributes.contains(size.attribute.value) {
                errors.append(
                    .unknownName(
                        size.attribute.location, kind: "point attribute", name: size.attribute.value,
                        known: Array(vocabulary.pointAttributes)))
            }
            if let palette = map.palette, (try? Palette.named(palette.value)) == nil {
                errors.append(
                    .unknownName(palette.location, kind: "palette", name: palette.value, known: Palette.all.map(\.name))
                )
            }
        }

        /// The report's `period:` is a date the store has values for (of any indicator).
        mutating func reportPeriod(_ period: Located<String>) {
            guard let parsed = Period(period.value) else {
                errors.append(
                    .wrongType(period.location, field: "period", expected: "a date such as 2020-12-31 or a year"))
                return
            }
            let known = Set(vocabulary.periods.values.flatMap { $0 })
            if !known.isEmpty && !known.contains(parsed.iso) {
                errors.append(
                    .syntax(
                        period.location, "the store has no values for the period \"\(period.value)\"",
                        fix: "Use one of its periods: \(known.sorted().joined(separator: ", "))."))
            }
        }

        /// `show: label` names the codes of a categorical indicator; a metric one has no names to show.
        mutating func categoryLabels(of indicator: Located<String>) {
            guard vocabulary.indicators.contains(indicator.value), !vocabulary.categorical.contains(indicator.value)
            else { return }
            errors.append(
                .syntax(
                    indicator.location,
                    "\"show: label\" prints the names of categorical values, but \"\(indicator.value)\" is metric",
                    fix:
                        "Use \"show: value\", or declare the indicator with \"scale: categorical\" and its \"categories\" in the catalogue."
                ))
        }

        /// A map's own period (or a pooled one) is a date its indicator has values for.
        mutating func period(_ period: Located<String>, of indicator: String) {
            guard let known = vocabulary.periods[indicator], let parsed = Period(period.value),
                !known.contains(parsed.iso)
            else { return }
            errors.append(
                .syntax(
                    period.location, "the indicator \"\(indicator)\" has no values for the period \"\(period.value)\"",
                    fix: "Use one of its periods: \(known.sorted().joined(separator: ", "))."))
        }

        mutating func text(_ template: TextTemplate) {
            template.expressions.forEach { expression($0) }
        }

        mutating func expression(_ expression: Expression) {
            for (path, location) in expression.paths { self.path(path, at: location) }
            guard case .path(let path, _) = expression.subject else { return }
            for filter in expression.filters {
                unit(of: path, fits: filter)
                finding(of: path, fits: filter)
            }
        }

        /// `highest`/`lowest` rank the areas by `value.x` or `change.x` (of the area, its parent or the city), within a
        /// level the store has; `within` counts `points.<category>`.
        mutating func finding(of path: [String], fits filter: Expression.Filter) {
            switch filter.name {
            case .highest, .lowest:
                let isArea = [PathStart.area, .parent, .city].contains { $0.rawValue == path.first }
                let words = isArea ? Array(path.dropFirst()) : path
                if words.count != 2
                    || ![IndicatorWord.value.rawValue, IndicatorWord.change.rawValue].contains(words[0])
                {
                    errors.append(
                        .syntax(
                            filter.location, "\"\(filter.name.rawValue)\" ranks areas by a value or a change",
                            fix: "Write it after \"value.<indicator>\" or \"change.<indicator>\"."))
                }
                for case .string(let name) in filter.arguments {
                    level(Located(value: name, location: filter.location))
                }
            case .within:
                if path.count != 2 || path[0] != PathStart.points.rawValue {
                    errors.append(
                        .syntax(
                            filter.location, "\"within\" counts points around the report's point",
                            fix: "Write it after \"points.<category>\", e.g. \"points.kita | within: 500\"."))
                }
                if case .number(let radius)? = filter.arguments.first, radius > 0 { return }
                errors.append(.wrongType(filter.location, field: "within", expected: "a radius in metres, e.g. 500"))
            default: return
            }
        }

        /// `percent` shows a percentage; `signed` a change (in Prozentpunkte for a percentage) or a value that is
        /// itself a relative change (in %). Anything else would print a wrong unit.
        mutating func unit(of path: [String], fits filter: Expression.Filter) {
            let isArea = [PathStart.area, .parent, .city, .similar].contains { $0.rawValue == path.first }
            let words = isArea ? Array(path.dropFirst()) : path
            guard words.count == 2, let unit = vocabulary.units[words[1]] else { return }
            let (word, indicator) = (words[0], words[1])
            switch filter.name {
            case .percent where word == "change":
                errors.append(
                    .syntax(
                        filter.location, "\"percent\" would print the change of \"\(indicator)\" as a share",
                        fix: "Write \"| signed\": a change of a percentage is given in Prozentpunkte."))
            case .percent where unit != "%" || !["value", "previous"].contains(word):
                let counted =
                    word == "rank"
                    ? "a rank"
                    : word == "numerator"
                        ? "a count"
                        : unit.isEmpty ? "a number without unit" : "in \(unit)"
                errors.append(
                    .syntax(
                        filter.location, "\"percent\" is for percentages, but \"\(word).\(indicator)\" is \(counted)",
                        fix: "Write \"| number\" instead."))
            case .trend where word != "change":
                errors.append(
                    .syntax(
                        filter.location, "\"trend\" tells how a value changed, not \"\(word).\(indicator)\"",
                        fix: "Write \"change.\(indicator) | trend\"."))
            case .signed where !["value", "previous", "change"].contains(word):
                errors.append(
                    .syntax(
                        filter.location, "\"signed\" is for changes, not for \"\(word).\(indicator)\"",
                        fix: "Remove it, or write \"change.\(indicator) | signed\"."))
            default: return
            }
        }

        mutating func path(_ path: [String], at location: SourceLocation) {
            guard let head = path.first else { return }
            var rest = path.dropFirst()
            if IndicatorWord(rawValue: head) == nil {
                guard let start = PathStart(rawValue: head) else {
                    errors.append(
                        .unknownName(
                            location, kind: PathStart.kind, name: head, known: PathStart.words + IndicatorWord.words))
                    return
                }
                switch start {
                case .area, .parent, .city:
                    guard let field = rest.first, AreaField(rawValue: field) == nil else { return }
                    guard IndicatorWord(rawValue: field) != nil else {
                        errors.append(
                            .unknownName(
                                location, kind: "field of \(head)", name: field,
                                known: AreaField.words + IndicatorWord.words))
                        return
                    }
                    rest = rest.dropFirst()
                case .poi:
                    let known = PointField.words + vocabulary.pointAttributes.sorted()
                    if let field = rest.first, !known.contains(field) {
                        errors.append(.unknownName(location, kind: "point attribute", name: field, known: known))
                    }
                    return
                case .points:
                    if let category = rest.first { pointCategory(Located(value: category, location: location)) }
                    return
                case .areas:
                    level(Located(value: rest.first ?? "", location: location))
                    return
                case .param:
                    if !parameters.contains(rest.first ?? "") {
                        errors.append(
                            .unknownName(
                                location, kind: "parameter (declare it under report: params:)",
                                name: rest.first ?? "", known: parameters))
                    }
                    return
                case .period, .published:
                    return
                case .similar:
                    if similar == nil {
                        errors.append(
                            .syntax(
                                location, "\"similar\" needs the report to say what similar means",
                                fix: "Add under report: similar: { by: <index indicator> }."))
                    }
                    guard let field = rest.first else { return }
                    guard field != "count" else { return }
                    guard IndicatorWord(rawValue: field) == .value else {
                        errors.append(
                            .unknownName(location, kind: "field of similar", name: field, known: ["count", "value"]))
                        return
                    }
                    rest = rest.dropFirst()
                }
            }
            guard let name = rest.first else { return }
            // Point at the indicator's name itself: after the words and dots before it.
            let offset = path.prefix(path.count - rest.count).reduce(0) { $0 + $1.count + 1 }
            var at = location
            at.column += offset
            indicator(Located(value: name, location: at))
            let word = path[path.count - rest.count - 1]
            if word == IndicatorWord.components.rawValue && vocabulary.indicators.contains(name)
                && !vocabulary.indices.contains(name)
            {
                errors.append(
                    .syntax(
                        at, "\"components\" names the parts of a declared index, but \"\(name)\" is none",
                        fix:
                            "Name an indicator with \"formula: { index: … }\": \(vocabulary.indices.sorted().joined(separator: ", "))."
                    ))
            }
        }

        mutating func indicator(_ name: Located<String>) {
            guard vocabulary.indicators.contains(name.value) else {
                errors.append(
                    .unknownName(
                        name.location, kind: "indicator", name: name.value, known: Array(vocabulary.indicators)))
                return
            }
            if audience == .public && vocabulary.internalIndicators.contains(name.value) {
                errors.append(.internalIndicatorInPublicReport(name.location, indicator: name.value))
            }
        }

        mutating func level(_ name: Located<String>) {
            if !vocabulary.levels.contains(name.value) {
                errors.append(
                    .unknownName(name.location, kind: "level", name: name.value, known: Array(vocabulary.levels)))
            }
        }

        mutating func pointCategory(_ name: Located<String>) {
            if !vocabulary.pointCategories.contains(name.value) {
                errors.append(
                    .unknownName(
                        name.location, kind: "point category", name: name.value,
                        known: Array(vocabulary.pointCategories)))
            }
        }

        /// The examples `reportgen demo` renders must be areas of the iteration's level or points of its category.
        mutating func sample(_ keys: [Located<String>], of name: String, kind: String) {
            guard let known = vocabulary.subjects[name] else { return }
            for key in keys where !known.contains(key.value) {
                errors.append(.unknownName(key.location, kind: kind, name: key.value, known: Array(known)))
            }
        }

        mutating func selector(_ selector: AreaSelector) {
            switch selector.kind {
            case .level(let name, _): level(Located(value: name, location: selector.location))
            case .top(_, let level, let indicator, _, _, _):
                self.level(Located(value: level, location: selector.location))
                self.indicator(Located(value: indicator, location: selector.location))
            case .area, .parent, .city, .children, .siblings, .ancestors: break
            case .similar where similar == nil:
                errors.append(
                    .syntax(
                        selector.location, "\"similar\" needs the report to say what similar means",
                        fix: "Add under report: similar: { by: <index indicator> }."))
            case .similar: break
            }
        }
    }
}
