import IndicatorData

/// The report being resolved: its area with parent and city, or a point of interest and the area around it.
public struct Scope: Sendable {
    public var area: Area
    public var parent: Area?
    public var city: Area?
    /// Set when the report is about one point of interest (a Kita annex).
    public var point: PointOfInterest?

    public init(area: Area, snapshot: StoreSnapshot, point: PointOfInterest? = nil) {
        self.area = area
        parent = snapshot.parent(of: area.id)
        city = snapshot.city
        self.point = point
    }

    /// The same report context moved to another area (for `for-each` blocks inside a report).
    func moved(to other: Area, snapshot: StoreSnapshot) -> Scope {
        Scope(area: other, snapshot: snapshot, point: point)
    }
}
