import CairoBridge
import Testing

@testable import Layout

@Suite("Map projection")
struct MapProjectionTests {
    let rect = Rect(x: 10, y: 20, width: 300, height: 200)

    @Test("a wide extent fills the width, keeps its aspect and is centred vertically")
    func keepsAspect() throws {
        let bounds = Bounds(minX: 1000, minY: 5000, maxX: 5000, maxY: 6000)
        let projection = try #require(MapProjection(fitting: bounds, into: rect, padding: 4))
        let page = projection.project(bounds)
        #expect(abs(page.width - 292) < 1e-9)
        #expect(abs(page.width / page.height - 4) < 1e-9)
        #expect(abs((page.y - rect.y) - (rect.maxY - page.maxY)) < 1e-9)
        #expect(page.x >= rect.x && page.maxX <= rect.maxX && page.y >= rect.y && page.maxY <= rect.maxY)
    }

    @Test("a tall extent fills the height inside the padding")
    func fitsHeight() throws {
        let bounds = Bounds(minX: 0, minY: 0, maxX: 100, maxY: 1000)
        let projection = try #require(MapProjection(fitting: bounds, into: rect, padding: 4))
        let page = projection.project(bounds)
        #expect(abs(page.height - 192) < 1e-9 && abs(page.y - 24) < 1e-9)
    }

    @Test("north is up: a larger northing lies higher on the page, a larger easting further right")
    func northUp() throws {
        let projection = try #require(MapProjection(fitting: Bounds(minX: 0, minY: 0, maxX: 10, maxY: 10), into: rect))
        let south = projection.project(Point(x: 5, y: 0))
        let north = projection.project(Point(x: 5, y: 10))
        let east = projection.project(Point(x: 10, y: 5))
        #expect(north.y < south.y)
        #expect(east.x > south.x)
    }

    @Test("the plane shown by a rectangle round-trips through the projection")
    func inverse() throws {
        let bounds = Bounds(minX: 0, minY: 0, maxX: 400, maxY: 100)
        let projection = try #require(MapProjection(fitting: bounds, into: rect, padding: 0))
        let shown = projection.bounds(of: rect)
        #expect(abs(shown.minX - bounds.minX) < 1e-9 && abs(shown.maxX - bounds.maxX) < 1e-9)
        #expect(shown.minY < bounds.minY && shown.maxY > bounds.maxY)
    }

    @Test("empty, flat and non-finite extents and empty rectangles give no projection or a finite one")
    func degenerate() {
        #expect(MapProjection(fitting: Bounds(minX: 0, minY: 0, maxX: 0, maxY: 0), into: rect) == nil)
        #expect(MapProjection(fitting: Bounds(minX: 0, minY: 0, maxX: .nan, maxY: 1), into: rect) == nil)
        #expect(
            MapProjection(
                fitting: Bounds(minX: 0, minY: 0, maxX: 1, maxY: 1), into: Rect(x: 0, y: 0, width: 0, height: 0)) == nil
        )
        let flat = MapProjection(fitting: Bounds(minX: 0, minY: 5, maxX: 100, maxY: 5), into: rect)
        #expect(flat.map { $0.scale.isFinite && $0.scale > 0 } == true)
    }
}

extension MapProjectionTests {
    @Test("vertices closer than the page resolution collapse, and neighbours keep identical shared borders")
    func resolution() throws {
        // 1 km on 100 pt: the 1 m steps of the shared border are 0,1 pt apart, 1 mm steps far below the grid.
        let bounds = Bounds(minX: 0, minY: 0, maxX: 2000, maxY: 1000)
        let projection = try #require(
            MapProjection(fitting: bounds, into: Rect(x: 0, y: 0, width: 200, height: 100), padding: 0))
        let dense = (0...1000).map { Point(x: 1000, y: Double($0)) }
        let left = Ring([Point(x: 0, y: 1000), Point(x: 0, y: 0)] + dense)
        let right = Ring(dense.reversed() + [Point(x: 2000, y: 0), Point(x: 2000, y: 1000)])
        func points(_ ring: Ring) -> [Point] {
            projection.path(MultiPolygon([Polygon(exterior: ring)])).elements.compactMap { element in
                switch element {
                case .move(let x, let y), .line(let x, let y): Point(x: x, y: y)
                default: nil
                }
            }
        }
        let leftBorder = Set(points(left).filter { abs($0.x - 100) < 1e-9 })
        let rightBorder = Set(points(right).filter { abs($0.x - 100) < 1e-9 })
        #expect(leftBorder.count <= 1001 && leftBorder.count >= 1000)
        #expect(leftBorder == rightBorder)
        let fine = Ring((0...1000).map { Point(x: 1000 + Double($0) * 0.001, y: 500) } + [Point(x: 1500, y: 900)])
        #expect(points(fine).count < 10)
    }
}
