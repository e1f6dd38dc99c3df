import CairoBridge
import IndicatorData
import Layout

/// Classes, colours and legend of a map for a set of values: once for all areas of a level (the same on every
/// page), or for the areas of one page when a template asks for `same-for-every-area: false`.
struct MapClasses: Sendable {
    let classification: Classification
    let colors: [Color]
    let legend: Legend
    /// The grid of a map of crossed classes (status × dynamics); nil for any other map.
    let matrix: MapLegend.Matrix?

    /// Classes of `valueSets`: one set (the areas of a level or a page), or one per period pooled together.
    /// A categorical indicator gets one class per value that occurs, labelled from its catalogue entry.
    init(valueSets: [[Double?]], plan: MapPlan, indicator: Indicator, context: ResolveContext) throws {
        if let crossed = try Self.crossed(values: valueSets.flatMap { $0 }, indicator: indicator, context: context) {
            self = crossed
            return
        }
        if indicator.scale == .categorical {
            self = try Self.categories(of: valueSets.flatMap { $0 }, plan: plan, indicator: indicator)
            return
        }
        let scheme = Self.scheme(plan.classes.method)
        let classification =
            valueSets.count == 1
            ? try Classification(values: valueSets[0], scheme: scheme, decimals: indicator.decimals)
            : try Classification(pooling: valueSets, scheme: scheme, decimals: indicator.decimals)
        let palette = try Palette.named(plan.palette?.value ?? (indicator.polarity == .neutral ? "Blues" : "YlOrRd"))
        if palette.kind == .diverging, let city = context.snapshot.city?.id,
            let reference = context.value(indicator.key, of: city).value
        {
            colors = try palette.colors(for: classification, centredOn: reference, polarity: indicator.polarity)
        } else {
            colors = try palette.colors(for: classification, polarity: indicator.polarity)
        }
        let period = (plan.period.flatMap { Period($0.value) } ?? context.period(of: indicator.key))?.german ?? ""
        let unit = ValueText.unit(of: indicator).map { " in \($0)" } ?? ""
        // The map legend prints the count of areas in its own column, so the labels carry none.
        let format = LegendFormat(unit: indicator.unit == "%" ? "%" : nil, decimals: indicator.decimals, countNoun: nil)
        legend = try Legend(
            classification: classification, colors: colors, format: format,
            title: "\(indicator.shortName)\(unit)" + (period.isEmpty ? "" : ", \(period)"))
        self.classification = classification
        matrix = nil
    }

    /// A crossed class (`cross: [status, dynamics]`, codes row·10 + column) on a bivariate grid of colours: one
    /// class per combination, all of them whether they occur or not, so that every page colours alike. The
    /// categorical palettes have at most 9 colours and would not show the two dimensions anyway.
    private static func crossed(values: [Double?], indicator: Indicator, context: ResolveContext) throws -> MapClasses?
    {
        let snapshot = context.snapshot
        guard let pair = indicator.crossedClasses, pair.count == 2, let rows = snapshot.indicator(key: pair[0]),
            let columns = snapshot.indicator(key: pair[1]), let rowCount = rows.classMethod?.count,
            let columnCount = columns.classMethod?.count, rowCount > 0, columnCount > 0, columnCount < 10
        else { return nil }
        let grid = BivariatePalette.colors(rows: rowCount, columns: columnCount)
        let cells = (1...rowCount).flatMap { row in (1...columnCount).map { (row: row, column: $0) } }
        let classification = try Classification(
            values: values, scheme: .userDefined(cells.map { Double($0.row * 10 + $0.column) }))
        let name = { (classes: Indicator, code: Int) in classes.categories[String(code)] ?? String(code) }
        let legend = try Legend(
            categories: cells.map { "\(name(rows, $0.row)), \(name(columns, $0.column))" },
            counts: classification.counts, missingCount: classification.missingCount,
            colors: cells.map { grid[$0.row - 1][$0.column - 1] }, format: LegendFormat(countNoun: nil),
            title: indicator.shortName)
        let matrix = MapLegend.Matrix(
            rowTitle: rows.shortName, columnTitle: columns.shortName, rowLabels: (1...rowCount).map { name(rows, $0) },
            columnLabels: (1...columnCount).map { name(columns, $0) }, colors: grid)
        return MapClasses(
            classification: classification, colors: cells.map { grid[$0.row - 1][$0.column - 1] }, legend: legend,
            matrix: matrix)
    }

    /// One class per value of a categorical (integer-coded) indicator, coloured in order like classes.
    private static func categories(of values: [Double?], plan: MapPlan, indicator: Indicator) throws -> MapClasses {
        let codes = Array(Set(values.compactMap { $0 }.filter(\.isFinite))).sorted()
        let classification = try Classification(values: values, scheme: .userDefined(codes))
        let palette = try Palette.named(plan.palette?.value ?? "YlOrRd")
        let colors = try palette.colors(for: classification, polarity: indicator.polarity)
        let labels = classification.breaks.map { code in
            let number = GermanNumberFormat.number(code, decimals: code.rounded() == code ? 0 : indicator.decimals)
            return indicator.categories[number].map { "\(number) – \($0)" } ?? number
        }
        let legend = try Legend(
            categories: labels, counts: classification.counts, missingCount: classification.missingCount,
            colors: colors,
            format: LegendFormat(countNoun: nil), title: indicator.shortName)
        return MapClasses(classification: classification, colors: colors, legend: legend)
    }

    private init(classification: Classification, colors: [Color], legend: Legend, matrix: MapLegend.Matrix? = nil) {
        self.classification = classification
        self.colors = colors
        self.legend = legend
        self.matrix = matrix
    }

    func color(of value: IndicatorValue) -> Color? {
        guard value.status == .valid, let number = value.value, let index = classification.classIndex(of: number),
            colors.indices.contains(index)
        else { return nil }
        return colors[index]
    }

    private static func scheme(_ method: ClassesPlan.Method) -> ClassificationScheme {
        switch method {
        case .breaks(let breaks): return .userDefined(breaks)
        case .scheme(let name, let k):
            switch name.value {
            case .quantiles: return .quantiles(k: k)
            case .equalInterval: return .equalInterval(k: k)
            case .fisherJenks: return .fisherJenks(k: k)
            case .pretty: return .pretty(k: k)
            case .boxPlot: return .boxPlot()
            case .headTail: return .headTailBreaks
            case .maximumBreaks: return .maximumBreaks(k: k)
            case .standardDeviation: return .standardDeviation()
            case .percentiles: return .percentiles()
            }
        }
    }
}
