import GermanWords
import IndicatorData
import Layout

/// The points of a scatter plot before any is highlighted: each area's values of both indicators, the trend line
/// and its annotation. A scatter plot whose areas are the same on every page (every Planungsraum of the city, say)
/// makes them once per run; a page then only marks its own highlighted points.
struct ScatterPoints: Sendable {
    let areas: [Area]
    /// One point per area, in the order of `areas`, none highlighted.
    let items: [ScatterPlotSpec.Item]
    let regression: LinearRegression?
    /// "r = 0,72 · R² = 0,52 · n = 542" and what was left out; empty without a trend line.
    let annotation: String
    /// Where each area's point is in `items`.
    private let positions: [AreaID: Int]

    init(areas: [Area], x: Indicator, y: Indicator, resolver: FigureResolver) {
        self.areas = areas
        let xs = areas.map { resolver.number(x.key, $0) }
        let ys = areas.map { resolver.number(y.key, $0) }
        regression = try? LinearRegression(x: xs, y: ys)
        var annotation = ""
        if let regression, let r = regression.correlation, let r2 = regression.rSquared {
            annotation =
                "r = \(GermanNumberFormat.number(r, decimals: 2)) · R² = \(GermanNumberFormat.number(r2, decimals: 2))"
                + " · n = \(regression.count)"
            annotation += resolver.omissions(of: [x, y], among: areas).map { "; " + $0 }.joined()
        }
        self.annotation = annotation
        items = zip(areas, zip(xs, ys)).map { area, point in
            ScatterPlotSpec.Item(name: area.name, x: point.0, y: point.1)
        }
        positions = Dictionary(areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Where the points of `areas` are in `items` (the spec's `highlighted`); areas not in the plot are left out.
    func indices(of areas: Set<AreaID>) -> Set<Int> {
        Set(areas.compactMap { positions[$0] })
    }

    /// Whether `selectors` choose the same areas for every report of a run: the city, or a level or a ranking
    /// within the city (when the store has one).
    static func areSameForEveryReport(_ selectors: [AreaSelector], snapshot: StoreSnapshot) -> Bool {
        guard snapshot.city != nil, !selectors.isEmpty else { return false }
        return selectors.allSatisfy { selector in
            switch selector.kind {
            case .city, .level(_, within: .city): true
            case .top(_, _, _, _, let within, _): within == .city
            case .area, .parent, .ancestors, .similar, .children, .siblings, .level: false
            }
        }
    }
}
