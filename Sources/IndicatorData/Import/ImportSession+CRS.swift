import Foundation
import GDALBridge
import Values

extension ImportSession {
    /// A layer's `crs:` that contradicts its own .prj is refused unless `force-crs: true`: read both ways, the
    /// areas would land in different places (more than a kilometre apart), and the message shows both extents.
    func checkDeclaredCRS(of source: AreaSource, layer: VectorLayer, features: [VectorFeature], file: String) throws {
        guard let declared = source.crs, source.forceCRS != true, let own = layer.spatialReference else { return }
        let declaredCRS = try SpatialReference(definition: declared, file: file)
        guard !declaredCRS.isSame(as: own) else { return }
        let extents = features.compactMap { $0.geometry?.multiPolygon.bounds }
        guard let first = extents.first else { return }
        let raw = extents.dropFirst().reduce(first) { $0.union($1) }
        let corners = [
            Point(x: raw.minX, y: raw.minY), Point(x: raw.maxX, y: raw.minY), Point(x: raw.minX, y: raw.maxY),
            Point(x: raw.maxX, y: raw.maxY),
        ]
        let asDeclared = try extent(of: corners, from: declaredCRS, file: file)
        let asPrj = try extent(of: corners, from: own, file: file)
        let apart =
            [
                abs(asDeclared.minX - asPrj.minX), abs(asDeclared.minY - asPrj.minY), abs(asDeclared.maxX - asPrj.maxX),
                abs(asDeclared.maxY - asPrj.maxY),
            ].map { $0.isFinite ? $0 : .infinity }.max() ?? 0
        guard apart > 1000 else { return }
        throw DataError.crsContradiction(
            file: file, declared: declared, declaredExtent: describe(asDeclared), prjExtent: describe(asPrj))
    }

    /// The corners moved into the working CRS; non-finite when they cannot be.
    private func extent(of corners: [Point], from crs: SpatialReference, file: String) throws -> Bounds {
        let transformation = try transformation(from: crs, file: file)
        let moved = corners.map { corner -> Point in
            guard let geometry = OwnedGeometry(point: corner) else { return Point(x: .nan, y: .nan) }
            if let transformation, !geometry.transform(with: transformation) { return Point(x: .nan, y: .nan) }
            return geometry.point ?? Point(x: .nan, y: .nan)
        }
        let xs = moved.map(\.x)
        let ys = moved.map(\.y)
        guard (xs + ys).allSatisfy(\.isFinite), let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(),
            let maxY = ys.max()
        else { return Bounds(minX: .nan, minY: .nan, maxX: .nan, maxY: .nan) }
        return Bounds(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }

    private func describe(_ bounds: Bounds) -> String {
        guard bounds.minX.isFinite else { return "no place in \(manifest.crs) (the transformation fails)" }
        func metres(_ value: Double) -> String { GermanNumberFormat.number(value.rounded()) }
        return "x \(metres(bounds.minX)) … \(metres(bounds.maxX)), "
            + "y \(metres(bounds.minY)) … \(metres(bounds.maxY)) "
            + "(\(manifest.crs))"
    }
}
