import Values

/// Simplifies area boundaries without opening gaps or overlaps between neighbours: every border shared by two
/// areas is simplified once and used by both, junctions where borders meet are kept, no ring falls below
/// three distinct points, and where simplified borders would cross, dropped vertices are restored.
public struct TopologySimplifier: Sendable {
    /// The largest distance, in map units, between a dropped vertex and the simplified border.
    public var tolerance: Double

    public init(tolerance: Double) {
        self.tolerance = tolerance
    }

    /// The tolerance for a map of `extent` fitted into `width` × `height` output units (points or pixels):
    /// `maximumError` output units, in map units. Zero when the sizes are not positive and finite.
    public init(fitting extent: Bounds, intoWidth width: Double, height: Double, maximumError: Double = 0.25) {
        let mapUnitsPerOutputUnit = max(extent.width / width, extent.height / height)
        let tolerance = mapUnitsPerOutputUnit * maximumError
        self.init(tolerance: tolerance.isFinite && tolerance > 0 ? tolerance : 0)
    }

    /// The simplified areas, with the same keys, polygons and holes. Rings start at a junction, so their
    /// first point may differ from the input's.
    public func simplify(_ areas: [String: MultiPolygon]) -> [String: MultiPolygon] {
        guard tolerance.isFinite, tolerance > 0 else { return areas }
        let topology = ArcTopology(areas)
        var kept = topology.arcs.map { arc in
            DouglasPeucker.keptPoints(of: arc.map { topology.points[Int($0)] }, tolerance: tolerance)
        }
        // A ring that would keep fewer than three points keeps all points of its arcs; its neighbours along
        // those arcs keep them too, so their shared border stays identical.
        for uses in topology.rings where !uses.isEmpty {
            let count = uses.reduce(0) { $0 + kept[$1.arc].count { $0 } - 1 }
            if count < 3 {
                for use in uses { kept[use.arc] = kept[use.arc].map { _ in true } }
            }
        }
        CrossingRepair.repair(&kept, in: topology)
        var result = areas
        for (place, uses) in zip(topology.places, topology.rings) where !uses.isEmpty {
            var points: [Point] = []
            for use in uses {
                let arc = topology.arcs[use.arc]
                let indices = use.isReversed ? Array(arc.indices.reversed()) : Array(arc.indices)
                for index in indices.dropLast() where kept[use.arc][index] {
                    points.append(topology.points[Int(arc[index])])
                }
            }
            result[place.area]?.replaceRing(place.ring, ofPolygon: place.polygon, with: Ring(points))
        }
        return result
    }
}

extension MultiPolygon {
    /// Replaces the exterior (`ring` 0) or a hole (`ring` 1…) of one polygon; does nothing for an unknown place.
    mutating func replaceRing(_ ring: Int, ofPolygon polygon: Int, with replacement: Ring) {
        guard polygons.indices.contains(polygon) else { return }
        if ring == 0 {
            polygons[polygon].exterior = replacement
        } else if polygons[polygon].holes.indices.contains(ring - 1) {
            polygons[polygon].holes[ring - 1] = replacement
        }
    }
}
