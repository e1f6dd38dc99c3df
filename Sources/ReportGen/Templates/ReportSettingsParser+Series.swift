import IndicatorData
import Yams

/// `earlier-layouts:` and `similar:` of `report:`: how series reach into an earlier area layout, and which areas
/// count as similar to the report's area.
extension ReportSettingsParser {
    func earlierLayouts(_ node: Node?) throws(TemplateError) -> [String: Located<String>] {
        guard let node else { return [:] }
        let fields = try reader.mapping(node, what: "earlier-layouts")
        var layouts: [String: Located<String>] = [:]
        for entry in fields.entries {
            layouts[entry.key] = Located(
                value: try reader.string(entry.value, field: entry.key), location: reader.location(of: entry.value))
        }
        return layouts
    }

    func similar(_ node: Node?) throws(TemplateError) -> SimilarPlan? {
        guard let node else { return nil }
        let fields = try reader.mapping(node, what: "similar")
        try fields.allowOnly(["by", "classes", "name"])
        let by = try fields.required("by")
        let classes = try fields.int("classes") ?? 5
        guard (2...10).contains(classes) else {
            throw .wrongType(fields.location(of: "classes"), field: "classes", expected: "a whole number from 2 to 10")
        }
        return SimilarPlan(
            indicator: try reader.located(by, field: "by"),
            classes: classes, name: try fields.string("name"))
    }
}
