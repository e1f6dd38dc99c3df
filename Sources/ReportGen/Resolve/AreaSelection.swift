import IndicatorData

extension StoreSnapshot {
    /// The areas an `AreaSelector` names relative to `scope`, in a stable order.
    func areas(_ selector: AreaSelector, scope: Scope, context: ResolveContext) -> [Area] {
        switch selector.kind {
        case .area: return [scope.area]
        case .parent: return scope.parent.map { [$0] } ?? []
        case .ancestors: return ancestors(of: scope.area.id)
        case .similar: return context.similarAreas(to: scope.area)
        case .city: return scope.city.map { [$0] } ?? []
        case .children:
            guard let level = childLevel(of: scope.area.id.level) else { return [] }
            return children(of: scope.area.id, level: level)
        case .siblings:
            guard let parent = scope.parent else { return [scope.area] }
            return children(of: parent.id).filter { $0.id.level == scope.area.id.level }
        case .level(let level, let within):
            return areas(level: level, inside: bound(within, scope: scope))
        case .top(let count, let level, let indicator, let descending, let within, let change):
            return context.ranked(
                level: level, within: bound(within, scope: scope), indicator: indicator, change: change,
                descending: descending, count: count
            ).map(\.area)
        }
    }

    /// The areas of several selections in the order written, each area once: `areas: [area, city]`.
    func areas(_ selectors: [AreaSelector], scope: Scope, context: ResolveContext) -> [Area] {
        var seen: Set<AreaID> = []
        return selectors.flatMap { areas($0, scope: scope, context: context) }.filter { seen.insert($0.id).inserted }
    }

    /// The area a `level:` or `top:` selection chooses within: the report's area, its parent or the city (the area
    /// itself where it has no parent).
    private func bound(_ within: SelectionBound, scope: Scope) -> Area {
        switch within {
        case .area: scope.area
        case .parent: scope.parent ?? scope.area
        case .city: scope.city ?? scope.area
        }
    }

    /// The areas of `level` inside `bound`; every one of them when `bound` is the city.
    func areas(level: String, inside bound: Area) -> [Area] {
        let all = areas(level: level)
        return bound.id == city?.id ? all : all.filter { isWithin($0.id, bound.id) }
    }

    /// The areas above `area`, nearest first, up to the top level.
    func ancestors(of area: AreaID) -> [Area] {
        var chain: [Area] = []
        var current = parent(of: area)
        while let next = current, chain.count < 16, !chain.contains(where: { $0.id == next.id }) {
            chain.append(next)
            current = parent(of: next.id)
        }
        return chain
    }

    /// The level directly below `level` in the main hierarchy: the first one the import manifest lists with it as
    /// parent (Bezirk › Bezirksregion, not the Ortsteile or the old regions that also belong to a Bezirk).
    func childLevel(of level: String) -> String? {
        levels.first { $0.parent == level }?.key
    }

    /// Whether `area` lies inside `ancestor` (or is it).
    func isWithin(_ area: AreaID, _ ancestor: AreaID) -> Bool {
        var current: AreaID? = area
        var steps = 0
        while let id = current, steps < 16 {
            if id == ancestor { return true }
            current = self.area(id)?.parent
            steps += 1
        }
        return false
    }
}

extension ResolveContext {
    /// Areas in the order a template asks for: by name, by key, or by an indicator's value (areas without a value
    /// last); ties by name.
    func sorted(_ areas: [Area], by order: SortOrder) -> [Area] {
        let key = order.field.value
        if key == "name" { return areas.sorted { order.descending ? $0.name > $1.name : $0.name < $1.name } }
        if key == "key" { return areas.sorted { order.descending ? $0.id.key > $1.id.key : $0.id.key < $1.id.key } }
        let values = Dictionary(
            uniqueKeysWithValues: areas.map { area -> (AreaID, Double?) in
                let value = value(key, of: area.id)
                return (area.id, value.status == .valid ? value.value : nil)
            })
        return areas.sorted { lhs, rhs in
            switch (values[lhs.id] ?? nil, values[rhs.id] ?? nil) {
            case (nil, nil): return lhs.name < rhs.name
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?): return a == b ? lhs.name < rhs.name : order.descending ? a > b : a < b
            }
        }
    }
}
