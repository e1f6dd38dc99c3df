import IndicatorData
import Layout

/// The areas a map fills, each with its colour, its value as printed and the text written in it.
enum MapAreas {
    typealias Item = (area: Area, shape: MultiPolygon, value: IndicatorValue)

    static func areas(_ items: [Item], classes: MapClasses, plan: MapPlan, indicator: Indicator)
        -> [ChoroplethMapSpec.Area]
    {
        items.map { item in
            ChoroplethMapSpec.Area(
                key: item.area.id.key, name: item.area.name, geometry: item.shape,
                fill: classes.color(of: item.value).map { .color($0) } ?? .missing,
                value: item.value.status == .valid ? item.value.value : nil,
                valueLabel: ValueText.format(item.value, indicator),
                label: label(of: item.area, item.value, plan, indicator),
                labelPriority: item.value.value ?? 0)
        }
    }

    /// How many of `areas` fall into each class, and how many have no value: the counts the legend prints.
    static func counts(_ areas: [ChoroplethMapSpec.Area], classes: MapClasses) -> (perClass: [Int], missing: Int) {
        let values = areas.map(\.value)
        return (classes.classification.counting(values).counts, values.filter { $0 == nil }.count)
    }

    /// What a map writes in an area: its name (`labels: true`), its value without the unit the legend names
    /// (`values: true`, "k. A." where it must not be shown), or both; nil for neither.
    private static func label(of area: Area, _ value: IndicatorValue, _ plan: MapPlan, _ indicator: Indicator)
        -> String?
    {
        let printed = plan.values ? ValueText.format(value, indicator, withUnit: false) : nil
        let parts = [plan.labels ? area.name : nil, printed].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
