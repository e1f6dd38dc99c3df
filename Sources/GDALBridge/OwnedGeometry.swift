import CGDAL
import Values

/// An OGR geometry this side owns (`OGRGeometryH`), destroyed in deinit.
package final class OwnedGeometry {
    private(set) var handle: OGRGeometryH

    package init(taking handle: OGRGeometryH) {
        self.handle = handle
    }

    deinit { OGR_G_DestroyGeometry(handle) }

    package func transform(with transformation: CoordinateTransformation) -> Bool {
        OGR_G_Transform(handle, transformation.handle) == OGRERR_NONE
    }

    package var isValid: Bool { OGR_G_IsValid(handle) != 0 }

    /// Repairs the geometry in place (`OGR_G_MakeValid`); false when GEOS could not repair it.
    package func makeValid() -> Bool {
        guard let repaired = OGR_G_MakeValid(handle) else { return false }
        OGR_G_DestroyGeometry(handle)
        handle = repaired
        return isValid
    }

    /// The polygons of a (multi)polygon or of a collection (other parts, e.g. lines left by a repair, are dropped).
    package var multiPolygon: MultiPolygon {
        MultiPolygon(Self.polygons(in: handle))
    }

    /// The position of a point geometry; nil for other types or empty points.
    package var point: Point? {
        guard OGR_GT_Flatten(OGR_G_GetGeometryType(handle)) == wkbPoint, OGR_G_IsEmpty(handle) == 0 else { return nil }
        return Point(x: OGR_G_GetX(handle, 0), y: OGR_G_GetY(handle, 0))
    }

    private static func polygons(in geometry: OGRGeometryH) -> [Polygon] {
        switch OGR_GT_Flatten(OGR_G_GetGeometryType(geometry)) {
        case wkbPolygon:
            let rings = (0..<max(0, OGR_G_GetGeometryCount(geometry))).compactMap { index in
                OGR_G_GetGeometryRef(geometry, index).map(ring)
            }.filter { $0.points.count >= 3 }
            guard let exterior = rings.first else { return [] }
            return [Polygon(exterior: exterior, holes: Array(rings.dropFirst()))]
        case wkbMultiPolygon, wkbGeometryCollection:
            return (0..<max(0, OGR_G_GetGeometryCount(geometry))).flatMap { index in
                OGR_G_GetGeometryRef(geometry, index).map(polygons) ?? []
            }
        default:
            return []
        }
    }

    private static func ring(_ geometry: OGRGeometryH) -> Ring {
        let count = Int(max(0, OGR_G_GetPointCount(geometry)))
        var xs = [Double](repeating: 0, count: count)
        var ys = [Double](repeating: 0, count: count)
        let stride = Int32(MemoryLayout<Double>.stride)
        xs.withUnsafeMutableBytes { x in
            ys.withUnsafeMutableBytes { y in
                _ = OGR_G_GetPoints(geometry, x.baseAddress, stride, y.baseAddress, stride, nil, 0)
            }
        }
        var points = zip(xs, ys).map { Point(x: $0, y: $1) }
        if points.count > 1, points.first == points.last { points.removeLast() }
        return Ring(points)
    }
}

extension OwnedGeometry {
    /// A point in `crs`' coordinates (`OGR_G_CreateGeometry` + `OGR_G_SetPoint_2D`).
    package convenience init?(point: Point) {
        guard let handle = OGR_G_CreateGeometry(wkbPoint) else { return nil }
        OGR_G_SetPoint_2D(handle, 0, point.x, point.y)
        self.init(taking: handle)
    }

    /// The dissolved outline of `parts` (`OGR_G_UnionCascaded`), e.g. the city from its districts.
    package static func union(_ parts: [OwnedGeometry]) -> OwnedGeometry? {
        guard let collection = OGR_G_CreateGeometry(wkbMultiPolygon) else { return nil }
        let all = OwnedGeometry(taking: collection)
        func add(_ geometry: OGRGeometryH) {
            switch OGR_GT_Flatten(OGR_G_GetGeometryType(geometry)) {
            case wkbPolygon:
                _ = OGR_G_AddGeometry(collection, geometry)
            case wkbMultiPolygon, wkbGeometryCollection:
                for index in 0..<max(0, OGR_G_GetGeometryCount(geometry)) {
                    OGR_G_GetGeometryRef(geometry, index).map(add)
                }
            default:
                break
            }
        }
        parts.forEach { add($0.handle) }
        return OGR_G_UnionCascaded(all.handle).map(OwnedGeometry.init(taking:))
    }
}
