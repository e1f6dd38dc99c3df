/// Levels and areas as the statistics need them: parents, children grouped by level, levels deepest first.
struct AreaHierarchy {
    var levels: [SpatialLevel]
    var parentByArea: [AreaID: AreaID]
    var childrenByArea: [AreaID: [String: [AreaID]]]
    var areasByLevel: [String: [AreaID]]

    init(levels: [SpatialLevel], areas: [(id: AreaID, parentKey: String?)]) {
        self.levels = levels
        let parentLevel = Dictionary(levels.map { ($0.key, $0.parent) }, uniquingKeysWith: { a, _ in a })
        var parents: [AreaID: AreaID] = [:]
        var children: [AreaID: [String: [AreaID]]] = [:]
        var byLevel: [String: [AreaID]] = [:]
        for area in areas {
            byLevel[area.id.level, default: []].append(area.id)
            guard let key = area.parentKey, let level = parentLevel[area.id.level] ?? nil else { continue }
            let parent = AreaID(level: level, key: key)
            parents[area.id] = parent
            children[parent, default: [:]][area.id.level, default: []].append(area.id)
        }
        parentByArea = parents
        childrenByArea = children
        areasByLevel = byLevel.mapValues { $0.sorted() }
    }

    /// Level keys ordered so that every level comes after all levels below it (deepest first).
    var levelsBottomUp: [String] {
        let depth = Dictionary(levels.map { ($0.key, self.depth(of: $0.key)) }, uniquingKeysWith: { a, _ in a })
        return levels.map(\.key).sorted { (depth[$0] ?? 0, $0) > (depth[$1] ?? 0, $1) }
    }

    private func depth(of level: String) -> Int {
        var depth = 0
        var current = levels.first { $0.key == level }?.parent
        while let parent = current, depth < levels.count {
            depth += 1
            current = levels.first { $0.key == parent }?.parent
        }
        return depth
    }

    var allAreas: [AreaID] { levels.flatMap { areasByLevel[$0.key] ?? [] } }
}
