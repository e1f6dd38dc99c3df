import Foundation
import Values

/// Stores a `MultiPolygon` as a compact blob: counts as little-endian UInt32, coordinates as Float64 pairs.
enum GeometryCodec {
    static func encode(_ geometry: MultiPolygon) -> Data {
        var data = Data(capacity: 8 + geometry.vertexCount * 16)
        func append(_ count: Int) { withUnsafeBytes(of: UInt32(count).littleEndian) { data.append(contentsOf: $0) } }
        append(geometry.polygons.count)
        for polygon in geometry.polygons {
            let rings = [polygon.exterior] + polygon.holes
            append(rings.count)
            for ring in rings {
                append(ring.points.count)
                for point in ring.points {
                    withUnsafeBytes(of: point.x.bitPattern.littleEndian) { data.append(contentsOf: $0) }
                    withUnsafeBytes(of: point.y.bitPattern.littleEndian) { data.append(contentsOf: $0) }
                }
            }
        }
        return data
    }

    /// nil when the blob is truncated or malformed.
    static func decode(_ data: Data) -> MultiPolygon? {
        let bytes = [UInt8](data)
        var offset = 0
        func count() -> Int? {
            guard offset + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for index in 0..<4 { value |= UInt32(bytes[offset + index]) << (8 * UInt32(index)) }
            offset += 4
            return Int(value)
        }
        func double() -> Double? {
            guard offset + 8 <= bytes.count else { return nil }
            var bits: UInt64 = 0
            for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
            offset += 8
            return Double(bitPattern: bits)
        }
        guard let polygonCount = count() else { return nil }
        var polygons: [Polygon] = []
        for _ in 0..<polygonCount {
            guard let ringCount = count(), ringCount > 0 else { return nil }
            var rings: [Ring] = []
            for _ in 0..<ringCount {
                guard let pointCount = count(), pointCount * 16 <= bytes.count - offset else { return nil }
                var points: [Point] = []
                points.reserveCapacity(pointCount)
                for _ in 0..<pointCount {
                    guard let x = double(), let y = double() else { return nil }
                    points.append(Point(x: x, y: y))
                }
                rings.append(Ring(points))
            }
            polygons.append(Polygon(exterior: rings[0], holes: Array(rings.dropFirst())))
        }
        return MultiPolygon(polygons)
    }
}
