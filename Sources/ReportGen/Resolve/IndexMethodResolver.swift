import IndicatorData
import Layout

/// `index-method: mss_statusindex`: the "Methodik" of a declared index, written from the definition the import
/// stored and from the store's values: the components and their direction, how they are standardised and combined,
/// which areas form the base, where the class limits lie and how many areas each class holds. A crossed class
/// (`cross: [status, dynamics]`) describes both of its classes.
struct IndexMethodResolver {
    let context: ResolveContext

    func resolve(_ key: String) -> [Block] {
        guard let indicator = context.snapshot.indicator(key: key) else { return [] }
        if let pair = indicator.crossedClasses { return pair.flatMap(classBlocks) }
        if indicator.classMethod != nil { return classBlocks(key) }
        guard let method = indicator.indexMethod else { return [] }
        return [.paragraph(Paragraph(indexSentences(indicator, method)))]
    }

    private func classBlocks(_ key: String) -> [Block] {
        let snapshot = context.snapshot
        guard let classes = snapshot.indicator(key: key), let rule = classes.classMethod,
            let index = snapshot.indicator(key: rule.of), let method = index.indexMethod
        else { return [] }
        let text = indexSentences(index, method) + " " + classSentence(classes, rule, index: index, level: method.level)
        return [.paragraph(Paragraph(text)), .table(classTable(classes, rule, level: method.level))]
    }

    // MARK: The index

    /// "Statuswert: Summe der z-Werte von A, B und C. Standardisiert wird über die 536 Planungsräume, die die Basis
    /// erreichen (Einwohner mindestens 300, Stand 31.12.2020); 6 Planungsräume liegen darunter und erhalten keinen
    /// Wert."
    private func indexSentences(_ index: Indicator, _ method: IndexMethod) -> String {
        let snapshot = context.snapshot
        let components = method.components.map { component -> String in
            let name = snapshot.indicator(key: component.indicator)?.shortName ?? component.indicator
            var remarks: [String] = []
            if component.inverted { remarks.append("umgekehrt gepolt") }
            if component.weight != 1 {
                remarks.append(
                    "Gewicht \(GermanNumberFormat.number(component.weight, decimals: decimals(component.weight)))")
            }
            return remarks.isEmpty ? name : "\(name) (\(remarks.joined(separator: ", ")))"
        }
        let weighted = method.components.contains { $0.weight != 1 }
        let combination =
            switch method.combine {
            case .sum: weighted ? "gewichtete Summe" : "Summe"
            case .mean: weighted ? "gewichteter Mittelwert" : "Mittelwert"
            }
        var text = "\(index.shortName): \(combination) der z-Werte von \(GermanNarrative.enumeration(components))."
        if method.components.contains(where: \.inverted) {
            text += " Umgekehrt gepolte Indikatoren gehen mit umgekehrtem Vorzeichen ein."
        }
        let census = self.census(index, level: method.level)
        let plural = LevelNouns.plural(method.level)
        let stand = context.period(of: index.key, level: method.level).map { "Stand \($0.german)" }
        if let base = method.base {
            let baseName = snapshot.indicator(key: base.indicator.indicator)?.shortName ?? base.indicator.indicator
            let minimum = GermanNumberFormat.number(base.minimum, decimals: decimals(base.minimum))
            let basis = (["\(baseName) mindestens \(minimum)"] + [stand].compactMap { $0 }).joined(separator: ", ")
            text +=
                " Standardisiert wird über die \(census.valid) \(plural), die die Basis erreichen (\(basis)); "
                + "\(GermanNarrative.counted(census.belowBase, singular: LevelNouns.singular(method.level), plural: plural)) "
                + "\(census.belowBase == 1 ? "liegt" : "liegen") darunter und \(census.belowBase == 1 ? "erhält" : "erhalten") keinen Wert."
        } else {
            text +=
                " Standardisiert wird über alle \(census.valid) \(plural) mit Werten\(stand.map { " (\($0))" } ?? "")."
        }
        if census.incomplete > 0 {
            text +=
                " Ohne vollständige Angaben \(census.incomplete == 1 ? "bleibt" : "bleiben") "
                + "\(GermanNarrative.counted(census.incomplete, singular: LevelNouns.singular(method.level), plural: plural)) ohne Wert."
        }
        return text
    }

    private struct Census {
        var valid = 0
        var belowBase = 0
        var incomplete = 0
    }

    /// How many areas of the level have an index value, are below the base (suppressed), or lack a component.
    private func census(_ index: Indicator, level: String) -> Census {
        guard let period = context.period(of: index.key, level: level) else { return Census() }
        var census = Census()
        for area in context.snapshot.areas(level: level) {
            guard let value = context.snapshot.storedValue(index.key, of: area.id, period: period) else { continue }
            switch value.status {
            case .valid: census.valid += 1
            case .suppressed: census.belowBase += 1
            case .missing, .invalid: census.incomplete += 1
            }
        }
        return census
    }

    // MARK: The classes

    /// "Statusindex: 4 Klassen nach Standardabweichungen um den Mittelwert (Mittelwert 0,00, Standardabweichung
    /// 2,41); ein Wert auf einer Grenze zählt zur Klasse darüber."
    private func classSentence(_ classes: Indicator, _ rule: ClassMethod, index: Indicator, level: String) -> String {
        let how: String
        if rule.standardDeviations != nil {
            let values = indexValues(index, level: level)
            let moments = Moments(values)
            how =
                "nach Standardabweichungen um den Mittelwert (Mittelwert "
                + "\(GermanNumberFormat.number(moments.mean, decimals: 2)), Standardabweichung "
                + "\(GermanNumberFormat.number(moments.standardDeviation, decimals: 2)))"
        } else if rule.limits != nil {
            how = "nach festen Grenzen"
        } else {
            how = "in gleich große Gruppen (Quantile)"
        }
        return "\(classes.shortName): \(rule.count) Klassen \(how); ein Wert auf einer Grenze zählt zur Klasse darüber."
    }

    /// Klasse | Abgrenzung | Planungsräume.
    private func classTable(_ classes: Indicator, _ rule: ClassMethod, level: String) -> Layout.Table {
        let counts = classCounts(classes, level: level)
        let limits = rule.standardDeviations ?? rule.limits ?? []
        let bySD = rule.standardDeviations != nil
        let limitText = { (value: Double) in
            bySD
                ? GermanNarrative.signed(value, decimals: 1)
                : GermanNumberFormat.number(value, decimals: decimals(value))
        }
        let rows = (1...max(rule.count, 1)).map { code -> TableRow in
            let range: String
            if let quantiles = rule.quantiles {
                range = "Gruppe \(code) von \(quantiles)"
            } else if code == 1 {
                range = "unter " + limitText(limits[0])
            } else if code > limits.count {
                range = limitText(limits[code - 2]) + " und mehr"
            } else {
                range = limitText(limits[code - 2]) + " bis unter " + limitText(limits[code - 1])
            }
            let name = classes.categories[String(code)] ?? String(code)
            return TableRow(texts: [name, range, GermanNumberFormat.number(Double(counts[code] ?? 0))])
        }
        let header = ["Klasse", bySD ? "Abgrenzung (Standardabweichungen)" : "Abgrenzung", LevelNouns.plural(level)]
        return Layout.Table(
            columns: [TableColumn(width: .relative(1)), TableColumn(width: .relative(1)), TableColumn.number],
            header: [TableRow(texts: header)], rows: rows, caption: "Klassen: \(classes.shortName)",
            source: context.sourceLine(for: [classes.key]), continuation: GermanNarrative.continuation)
    }

    private func classCounts(_ classes: Indicator, level: String) -> [Int: Int] {
        guard let period = context.period(of: classes.key, level: level) else { return [:] }
        var counts: [Int: Int] = [:]
        for area in context.snapshot.areas(level: level) {
            if let code = context.snapshot.value(classes.key, of: area.id, period: period).value {
                counts[Int(code.rounded()), default: 0] += 1
            }
        }
        return counts
    }

    private func indexValues(_ index: Indicator, level: String) -> [Double] {
        guard let period = context.period(of: index.key, level: level) else { return [] }
        return context.snapshot.areas(level: level).compactMap {
            context.snapshot.value(index.key, of: $0.id, period: period).value
        }
    }

    /// No decimals for whole numbers, else two.
    private func decimals(_ value: Double) -> Int { value.rounded() == value ? 0 : 2 }
}
