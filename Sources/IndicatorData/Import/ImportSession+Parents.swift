import Values

extension ImportSession {
    /// For `parent-by-location: true`: the areas of the level above, to find each area's parent by where it lies;
    /// nil when the entry names its parent by `parent:`.
    func parentIndex(for source: AreaSource, file: String) throws -> AreaIndex? {
        guard source.parentByLocation == true else { return nil }
        let place = "\(manifestURL.path): areas entry '\(source.level)'"
        guard let parentLevel = levels[source.level]?.parent else {
            throw DataError.conflict(
                at: place, problem: "`parent-by-location:` needs a level above \(source.level), and it has none",
                fix: "give the level a parent under `levels:`, or remove `parent-by-location:`")
        }
        let parents = areaIndex(level: parentLevel)
        guard !parents.isEmpty else {
            throw DataError.conflict(
                at: place,
                problem: "no \(parentLevel) area with a geometry is imported before the \(source.level) areas",
                fix: "put the areas entry of \(parentLevel) (with its file) before this one")
        }
        return parents
    }

    /// The key of the parent that contains the area's centre, or, for an area whose centre lies outside it (a
    /// crescent), the parent that contains most of its corners.
    func locatedParent(of id: AreaID, geometry: MultiPolygon, in parents: AreaIndex, file: String) throws -> String {
        if let centre = geometry.centroid, geometry.contains(centre), let parent = parents.area(containing: centre) {
            return parent.key
        }
        var votes: [String: Int] = [:]
        for point in geometry.polygons.flatMap(\.exterior.points) {
            if let parent = parents.area(containing: point) { votes[parent.key, default: 0] += 1 }
        }
        guard let best = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            throw DataError.conflict(
                at: "\(file): \(id.level) \(id.key)",
                problem:
                    "no area of the level above lies where this area lies, so `parent-by-location:` finds no parent",
                fix: "check the CRS of both geometry files (`crs:`), or name the parent with `parent:` and a column")
        }
        return best.key
    }
}
