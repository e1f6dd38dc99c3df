import Foundation
import Layout

/// `radius:` of a map in a report per point: the map shows a square around the point and draws the circle of the
/// radius on it (the Kitas within 500 m of a Kita), whatever the shape of the area the point lies in.
extension FigureResolver {
    struct Catchment {
        var bounds: Bounds
        var circle: MultiPolygon
        var label: String
    }

    /// A landscape box around the point (1.9 radii to the sides, 1.25 above and below, so the map stays low enough
    /// for a two-page annex whatever the area's shape) and the circle as a polygon of 72 corners; nil without a
    /// radius or a point.
    func catchment(_ plan: MapPlan, scope: Scope) -> Catchment? {
        guard let radius = plan.radius, let point = scope.point else { return nil }
        let centre = point.position
        let (across, up) = (radius * 1.9, radius * 1.25)
        let corners = (0..<72).map { step -> Point in
            let angle = Double(step) / 72 * 2 * Double.pi
            return Point(x: centre.x + radius * cos(angle), y: centre.y + radius * sin(angle))
        }
        return Catchment(
            bounds: Bounds(minX: centre.x - across, minY: centre.y - up, maxX: centre.x + across, maxY: centre.y + up),
            circle: MultiPolygon([Polygon(exterior: Ring(corners))]),
            label: "Umkreis von \(GermanNumberFormat.number(radius)) m")
    }
}
