import Foundation
import GRDB
import Values

/// An immutable, in-memory copy of the store for rendering reports: load it once per run, share it between tasks.
///
/// Lookups are dictionary reads, so 143 Bezirksregion reports can query it thousands of times per second.
///
/// ```swift
/// let snapshot = try IndicatorStore(at: url, readOnly: true).snapshot()
/// let area = AreaID(level: "bezirksregion", key: "011001")
/// let poverty = snapshot.value("kinderarmut", of: area, period: Period("2020-12-31")!)   // IndicatorValue
/// poverty.status           // .valid, .missing, .suppressed ("k. A.") or .invalid
/// snapshot.value("kinderarmut", of: snapshot.city!.id, period: …)                      // city reference
/// snapshot.children(of: area)                 // its Planungsräume, sorted by name
/// snapshot.parent(of: area)                   // its Bezirk
/// snapshot.areas(level: "bezirksregion")      // all 143, sorted by key
/// snapshot.rank(of: area, by: "kinderarmut", period: …)   // Rank(position: 3, count: 10) among siblings
/// snapshot.timeSeries("einwohner", of: area)  // [(Period, IndicatorValue)], oldest first
/// snapshot.pointsOfInterest(category: "kita", in: area)
/// snapshot.geometry(of: area)                 // MultiPolygon in the dataset's working CRS
/// snapshot.indicator(key: "kinderarmut")      // name, unit, decimals, polarity, source, reference date, visibility
/// ```
///
/// Values of every level are precomputed on import (aggregation, computed indicators, disclosure control), so
/// "a value aggregated to a higher level" is `value(_:of:period:)` of the higher area. Suppressed values come back
/// without a number.
public struct StoreSnapshot: Sendable {
    /// Levels from the top (the city) down; sibling branches follow their parent.
    public let levels: [SpatialLevel]
    /// The dataset's working CRS, e.g. `EPSG:25833`.
    public let workingCRS: String
    package let areasByID: [AreaID: Area]
    let childrenByID: [AreaID: [AreaID]]
    let areasByLevel: [String: [AreaID]]
    let geometries: [AreaID: MultiPolygon]
    let indicatorsByKey: [String: Indicator]
    package let values: [ValueKey: IndicatorValue]
    let periodsByIndicator: [String: [Period]]
    package let points: [PointOfInterest]
    /// Indices into `points` for every area that contains the point, at every level above its own area too.
    let pointIndicesByArea: [AreaID: [Int]]
    /// The source of each point category's layer; none for a layer imported before stores kept it (version 1).
    let pointSources: [String: PointLayerSource]
    /// What the reports looked up that the run must mention (see `LookupLog`).
    let log = LookupLog()
}
