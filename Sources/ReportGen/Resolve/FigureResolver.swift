import CairoBridge
import Foundation
import GermanWords
import IndicatorData
import Layout

/// Charts and maps for one report: the data of the plan's areas turned into figure specs with German labels.
struct FigureResolver: Sendable {
    let context: ResolveContext

    var snapshot: StoreSnapshot { context.snapshot }
    /// Figures use the report theme's font and colours.
    var style: FigureStyle { FigureStyle(theme: context.plan.settings.theme.theme) }

    func figure(_ plan: FigurePlan, scope: Scope) throws -> Figure {
        guard let key = plan.indicators.first?.value, let indicator = snapshot.indicator(key: key) else {
            throw FigureError.unknownIndicator(plan.indicators.first?.value ?? "")
        }
        var evaluator = ExpressionEvaluator(context: context, scope: scope)
        let caption = evaluator.render(plan.caption)
        switch plan.kind {
        case .map(let map):
            let categories = map.points.map(\.value)
            if let unknown = PointSources.unknown(categories, in: snapshot).first {
                throw FigureError.noPointSource(unknown)
            }
            let prepared = try context.preparedMap(map)
            let drawing = ChoroplethMap(try mapSpec(map, prepared, scope: scope), style: style)
            return figure(
                drawing, plan, caption: caption, default: defaultCaption(indicator, level: prepared.level),
                periods: map.period.flatMap { Period($0.value) }.map { [$0] }, points: categories)
        case .bar(let bar):
            let chart = BarChart(barSpec(bar, indicator, scope: scope, at: plan.location), style: style)
            return figure(chart, plan, caption: caption, default: defaultCaption(indicator, level: nil))
        case .line(let line):
            let (chart, periods) = lineChart(line, indicator, scope: scope, at: plan.location)
            return figure(chart, plan, caption: caption, default: "\(indicator.name) im Zeitverlauf", periods: periods)
        case .scatter(let scatter):
            let chart = try scatterPlot(scatter, scope: scope, at: plan.location)
            return figure(chart, plan, caption: caption, default: "Zusammenhang")
        case .profile(let profile):
            let chart = try profileChart(profile, scope: scope)
            return figure(chart, plan, caption: caption, default: "Profil \(scope.area.name)")
        case .groupedBar(let bars):
            let chart = try groupedBars(bars, scope: scope, stacked: false, at: plan.location)
            return figure(chart, plan, caption: caption, default: indicator.name)
        case .stackedBar(let bars):
            let chart = try groupedBars(bars, scope: scope, stacked: true, at: plan.location)
            return figure(chart, plan, caption: caption, default: indicator.name)
        case .pyramid(let pyramid):
            let chart = try self.pyramid(pyramid, scope: scope)
            return figure(chart, plan, caption: caption, default: "Bevölkerung nach Alter und Geschlecht")
        }
    }

    /// The figure with the template's caption (or `default`), the source line of its indicators for the periods
    /// it shows (nil: the report's), and the text alternative generated from its data.
    private func figure(
        _ drawing: some DataFigure, _ plan: FigurePlan, caption: String, default: String, periods: [Period]? = nil,
        points: [String] = []
    ) -> Figure {
        var figure = Figure(
            drawing, caption: caption.isEmpty ? `default` : caption,
            source: context.sourceLine(for: plan.indicators.map(\.value), periods: periods, points: points))
        figure.height = plan.heightMillimetres.map { $0 * 72 / 25.4 }
        return figure
    }

    private func defaultCaption(_ indicator: Indicator, level: String?) -> String {
        level.map { "\(indicator.name) in den \(LevelNouns.dativePlural($0))" } ?? indicator.name
    }

    // MARK: Bar charts

    func barSpec(_ plan: BarPlan, _ indicator: Indicator, scope: Scope, at location: SourceLocation) -> BarChartSpec {
        let selectors = plan.areas.isEmpty ? [AreaSelector(kind: .siblings, location: location)] : plan.areas
        let areas = snapshot.areas(selectors, scope: scope, context: context)
        let bars = areas.map { area in
            let value = context.value(indicator.key, of: area.id)
            return BarChartSpec.Bar(
                label: area.name, value: value.status == .valid ? value.value : nil,
                valueLabel: ValueText.format(value, indicator), highlighted: area.id == scope.area.id)
        }
        return BarChartSpec(
            words: .german, indicator: indicator.shortName, axisTitle: ValueText.title(indicator),
            areaNoun: LevelNouns.dativePlural(areas.first?.id.level ?? ""),
            orientation: plan.orientation == .vertical ? .vertical : .horizontal,
            sorting: plan.sort == .descending ? .descending : .ascending, bars: bars,
            references: references(plan.reference, indicator, scope: scope))
    }

    func references(_ selectors: [AreaSelector], _ indicator: Indicator, scope: Scope) -> [ReferenceValue] {
        selectors.flatMap { snapshot.areas($0, scope: scope, context: context) }.compactMap { area in
            let value = context.value(indicator.key, of: area.id)
            guard value.status == .valid, let number = value.value else { return nil }
            return ReferenceValue(label: area.name, value: number, valueLabel: ValueText.format(value, indicator))
        }
    }

    // MARK: Maps

    func mapSpec(_ plan: MapPlan, _ prepared: PreparedMap, scope: Scope) throws -> ChoroplethMapSpec {
        let indicator = prepared.indicator
        let zoomed = plan.isZoomed
        let geometry = prepared.geometry
        let focus: Area = plan.extent == .parent ? (scope.parent ?? scope.area) : scope.area
        let focusShape = snapshot.geometry(of: focus.id)
        var bounds =
            (zoomed ? focusShape?.bounds : nil) ?? prepared.extent ?? Bounds(minX: 0, minY: 0, maxX: 1, maxY: 1)
        if zoomed { bounds = bounds.expanded(by: 0.12) }
        let around = catchment(plan, scope: scope)
        if let around { bounds = around.bounds }
        var inside: [MapAreas.Item] = []
        var surroundings: [MultiPolygon] = []
        // A map of every area of its level with the same classes on every page fills them alike on every page.
        let shared = prepared.sharedAreas
        for area in snapshot.areas(level: prepared.level) where shared == nil {
            guard let shape = geometry[area.id] else { continue }
            let shown = around.map { shape.bounds?.intersects($0.bounds) ?? false }
            guard !zoomed || shown ?? (snapshot.isWithin(area.id, focus.id) || area.id == focus.id) else {
                if let box = shape.bounds, box.intersects(bounds) { surroundings.append(shape) }
                continue
            }
            inside.append((area, shape, context.value(indicator.key, of: area.id, in: plan)))
        }
        // The classes of the whole level, the same on every page, unless the template asks for this page's own.
        let classes =
            plan.classes.sameForEveryArea
            ? prepared.classes
            : try MapClasses(
                valueSets: [inside.map { $0.value.status == .valid ? $0.value.value : nil }], plan: plan,
                indicator: indicator,
                context: context)
        let areas = shared ?? MapAreas.areas(inside, classes: classes, plan: plan, indicator: indicator)
        let points = mapPoints(plan, bounds: bounds, subject: scope.point)
        let outline =
            around.map { Outline(label: $0.label, shape: $0.circle) }
            ?? highlight(plan, scope: scope, level: prepared.level, geometry: geometry, focus: focusShape)
        // The classes are the same on every page; the counts are those of the areas this map shows.
        let (counts, missing) = prepared.sharedCounts ?? MapAreas.counts(areas, classes: classes)
        let entries = classes.legend.entries.enumerated().map { index, entry in
            MapLegend.Entry(
                label: entry.label, color: entry.color, hatched: entry.isMissing,
                count: entry.isMissing ? missing : counts.indices.contains(index) ? counts[index] : entry.count)
        }
        // A bivariate map's grid shows its classes; its entries keep only "k. A.".
        let legend = MapLegend(
            title: classes.legend.title ?? indicator.shortName,
            entries: entries.filter {
                classes.matrix == nil ? !$0.hatched || $0.count != 0 : $0.hatched && $0.count != 0
            },
            pointCategories: points.categories, highlightLabel: outline.label, pointSizeTitle: plan.pointSize?.label,
            countHeading: "Anzahl", matrix: classes.matrix)
        let city = snapshot.city.map { context.value(indicator.key, of: $0.id) }
        return ChoroplethMapSpec(
            words: .german, indicator: indicator.shortName, areaNoun: LevelNouns.dativePlural(prepared.level),
            bounds: bounds, areas: areas,
            context: surroundings, highlightedKey: outline.key, highlight: outline.shape,
            points: points.points, legend: legend,
            locator: zoomed ? focusShape.map { LocatorInset(outline: prepared.overview, focus: $0) } : nil,
            reference: city.flatMap { value in
                value.value.map {
                    ReferenceValue(
                        label: snapshot.city?.name ?? "", value: $0, valueLabel: ValueText.format(value, indicator))
                }
            })
    }

    private static let pointStyles: [(PointSymbol, String)] = [
        (.circle, "#1b1f24"), (.square, "#7a3b8f"), (.triangle, "#b35806"),
    ]

    /// The points of the plan's categories inside the map; the report's own point (a Kita annex) gets a
    /// legend entry of its own and is drawn highlighted.
    private func mapPoints(_ plan: MapPlan, bounds: Bounds, subject: PointOfInterest?)
        -> (points: [MapPoint], categories: [MapLegend.PointCategory])
    {
        var points: [MapPoint] = []
        var categories: [MapLegend.PointCategory] = []
        for (index, category) in plan.points.enumerated() {
            let style = Self.pointStyles[index % Self.pointStyles.count]
            let members = snapshot.pointsOfInterest(category: category.value).filter { point in
                bounds.contains(point.position) && point != subject
            }
            categories.append(
                MapLegend.PointCategory(
                    label: PointNouns.plural(category.value), symbol: style.0, color: Color(hex: style.1) ?? .black))
            points += members.map { point in
                MapPoint(name: point.name, position: point.position, category: index, size: size(of: point, plan))
            }
        }
        if let subject, plan.points.contains(where: { $0.value == subject.category }) {
            categories.append(
                MapLegend.PointCategory(
                    label: "Diese Einrichtung", symbol: .diamond, color: Color(hex: "#c51b7d") ?? .black))
            points.append(
                MapPoint(
                    name: subject.name, position: subject.position, category: categories.count - 1,
                    highlighted: true))
        }
        return (points, categories)
    }
}

extension FigureResolver {
    /// The point's value of the map's `point-size` attribute ("120", "1.234"), when it is a positive number.
    func size(of point: PointOfInterest, _ plan: MapPlan) -> Double? {
        guard let attribute = plan.pointSize?.attribute.value, let text = point.attributes[attribute] else {
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // GDAL gives numbers with a decimal point ("85.5"); a German text field has a decimal comma ("1.234,5").
        let normalised =
            trimmed.contains(",")
            ? trimmed.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") : trimmed
        guard let value = Double(normalised), value.isFinite, value > 0 else { return nil }
        return value
    }
}

/// German plural labels of point-of-interest categories for legends.
enum PointNouns {
    static func plural(_ category: String) -> String {
        ["kita": "Kitas", "schule": "Schulen"][category] ?? category.capitalized
    }
}
