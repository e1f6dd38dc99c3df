import Foundation
import Values

extension ImportSession {
    /// Warnings (errors with `--strict`) for what is possible but rarely right: shares outside 0–100, negative
    /// counts, numbers that look like a misread thousands separator, parents whose delivered total differs from
    /// the sum of their children, and child areas outside their parents. Each names the areas it concerns.
    func checkPlausibility() {
        var findings: [String: [String]] = [:]
        for (key, record) in imported.records.sorted(by: {
            ($0.key.indicator, $0.key.area) < ($1.key.indicator, $1.key.area)
        }) {
            guard let value = record.value, record.sourceStatus == .valid,
                let indicator = indicatorsByKey[key.indicator]
            else { continue }
            let place =
                "\(areaLabel(key.area)) \(key.period.iso): "
                + GermanNumberFormat.number(value, decimals: value == value.rounded() ? 0 : 3)
            if indicator.isShare, !(0...100).contains(value) {
                findings["\(indicator.key): shares outside 0–100 %", default: []].append(place)
            }
            if indicator.aggregation == .sum, value < 0 {
                findings["\(indicator.key): negative counts", default: []].append(place)
            }
            if indicator.aggregation == .sum, value != value.rounded(), (value * 1000).rounded() == value * 1000,
                (value * 100).rounded() != value * 100
            {
                findings[
                    "\(indicator.key): counts with three decimals — a thousands separator read as a decimal "
                        + "point? (check `decimal-separator:`)", default: []
                ].append(place)
            }
        }
        for (what, places) in findings.sorted(by: { $0.key < $1.key }) {
            report.warnings.append(
                "\(what): " + places.prefix(8).joined(separator: "; ") + (places.count > 8 ? "; …" : ""))
        }
        checkTotals()
        checkChildrenInsideParents()
    }

    /// Counts delivered for a parent and for all its children should agree within 1 %.
    private func checkTotals() {
        var children: [AreaID: [AreaID]] = [:]
        for (id, row) in areas {
            guard let parentKey = row.parentKey, let parentLevel = levels[id.level]?.parent else { continue }
            children[AreaID(level: parentLevel, key: parentKey), default: []].append(id)
        }
        for (key, record) in imported.records.sorted(by: {
            ($0.key.indicator, $0.key.area) < ($1.key.indicator, $1.key.area)
        }) {
            guard indicatorsByKey[key.indicator]?.aggregation == .sum, let total = record.usable else { continue }
            for (level, group) in Dictionary(grouping: children[key.area] ?? [], by: \.level).sorted(by: {
                $0.key < $1.key
            }) {
                let values = group.map { imported[key.indicator, $0, key.period]?.usable }
                guard values.allSatisfy({ $0 != nil }) else { continue }
                let sum = values.compactMap { $0 }.reduce(0, +)
                guard abs(sum - total) > max(1, abs(total) * 0.01) else { continue }
                report.warnings.append(
                    "\(key.indicator) \(key.period.iso): \(areaLabel(key.area)) "
                        + "has \(GermanNumberFormat.number(total)), "
                        + "its \(group.count) \(level) areas add up to \(GermanNumberFormat.number(sum)) "
                        + "(more than 1 % apart)")
            }
        }
    }

    /// A child area whose centre lies outside its parent's polygon was probably given the wrong parent.
    private func checkChildrenInsideParents() {
        var indexes: [String: AreaIndex] = [:]
        func index(_ level: String) -> AreaIndex {
            if let index = indexes[level] { return index }
            let index = areaIndex(level: level)
            indexes[level] = index
            return index
        }
        for (id, row) in areas.sorted(by: { $0.key < $1.key }) {
            guard let parentKey = row.parentKey, let parentLevel = levels[id.level]?.parent,
                let geometry = row.geometry, let centre = geometry.centroid,
                areas[AreaID(level: parentLevel, key: parentKey)]?.geometry != nil,
                index(id.level).area(containing: centre) == id
            else { continue }
            let found = index(parentLevel).area(containing: centre)
            guard found?.key != parentKey else { continue }
            report.warnings.append(
                "\(areaLabel(id)) lies outside its parent \(areaLabel(AreaID(level: parentLevel, key: parentKey)))"
                    + (found.map { ", in \(areaLabel($0))" } ?? ""))
        }
    }

    func areaLabel(_ id: AreaID) -> String {
        "\(id.level) \(id.key)" + (areas[id].map { " \($0.name)" } ?? "")
    }
}

extension Indicator {
    /// A percentage: unit `%` or "Prozent" (not percentage points, which may be negative).
    var isShare: Bool {
        let unit = unit.lowercased()
        return (unit.contains("%") || unit.contains("prozent")) && !unit.contains("punkt")
    }
}

extension MultiPolygon {
    /// The area-weighted centre of the largest polygon's outer ring.
    var centroid: Point? {
        polygons.map(\.exterior).max(by: { abs($0.signedDoubleArea) < abs($1.signedDoubleArea) })?.centroid
    }
}
