import IndicatorData

/// A chart or map: its kind's own settings, its caption and where it is written.
public struct FigurePlan: Sendable {
    public var kind: Kind
    public var caption: TextTemplate
    /// The drawing's height (`height-mm:`), instead of the one the figure prefers at its width.
    public var heightMillimetres: Double?
    public var location: SourceLocation

    /// Each figure kind with only the settings it has.
    public enum Kind: Sendable {
        case bar(BarPlan)
        case groupedBar(SeriesBarPlan)
        case stackedBar(SeriesBarPlan)
        case line(LinePlan)
        case scatter(ScatterPlan)
        case profile(ProfilePlan)
        case pyramid(PyramidPlan)
        case map(MapPlan)
    }

    /// Every indicator the figure shows, in the order written.
    public var indicators: [Located<String>] {
        switch kind {
        case .bar(let bar): [bar.indicator]
        case .groupedBar(let bars), .stackedBar(let bars): bars.indicators
        case .line(let line): [line.indicator]
        case .scatter(let scatter): [scatter.x, scatter.y]
        case .profile(let profile): profile.indicators
        case .pyramid(let pyramid): pyramid.men + pyramid.women
        case .map(let map): [map.indicator]
        }
    }

    /// The area selections the figure reads, for validation.
    public var selectors: [AreaSelector] {
        switch kind {
        case .bar(let bar): bar.areas + bar.reference
        case .groupedBar(let bars), .stackedBar(let bars): bars.areas
        case .line(let line): line.areas
        case .scatter(let scatter): scatter.areas + scatter.highlight
        case .profile, .pyramid: []
        case .map(let map): [map.highlight].compactMap { $0 }
        }
    }

    /// The word of the kind, as a template writes it: `map`, `bar`, `grouped-bar`.
    public var name: String {
        switch kind {
        case .bar: ChartType.bar.rawValue
        case .groupedBar: ChartType.groupedBar.rawValue
        case .stackedBar: ChartType.stackedBar.rawValue
        case .line: ChartType.line.rawValue
        case .scatter: ChartType.scatter.rawValue
        case .profile: ChartType.profile.rawValue
        case .pyramid: ChartType.pyramid.rawValue
        case .map: BlockKeyword.map.rawValue
        }
    }

    /// The map's settings, nil for a chart.
    public var map: MapPlan? {
        if case .map(let map) = kind { return map }
        return nil
    }
}

/// `chart: { type: bar }`: one indicator over areas, with reference lines.
public struct BarPlan: Sendable {
    public var indicator: Located<String>
    /// The bars' areas, in the order written (empty: the area's siblings).
    public var areas: [AreaSelector]
    public var reference: [AreaSelector]
    public var sort: SortDirection
    public var orientation: BarOrientation
}

/// `grouped-bar` and `stacked-bar`: several indicators (series) over areas (categories).
public struct SeriesBarPlan: Sendable {
    public var indicators: [Located<String>]
    /// The categories, in the order written (empty: the area's siblings).
    public var areas: [AreaSelector]
}

/// `line`: one indicator over all periods, one line per area.
public struct LinePlan: Sendable {
    public var indicator: Located<String>
    /// One line per area, in the order written (empty: the area, its parent and the city).
    public var areas: [AreaSelector]
}

/// `scatter`: areas as points over two indicators.
public struct ScatterPlan: Sendable {
    public var x: Located<String>
    public var y: Located<String>
    /// The points (empty: the area's children).
    public var areas: [AreaSelector]
    /// The points drawn highlighted and named (empty: the report's area), e.g. `children` among all areas of a level.
    public var highlight: [AreaSelector]
    /// `quadrants: [oben links, oben rechts, unten links, unten rechts]`: lines at the city's values and the names of
    /// the four quadrants they make (e.g. "hoher Bedarf, wenig Angebot").
    public var quadrants: [String] = []
}

/// `profile`: the area's value of each indicator against the range of all areas of its level.
public struct ProfilePlan: Sendable {
    public var indicators: [Located<String>]
}

/// `pyramid`: age groups by sex, as many `women:` as `men:` indicators.
public struct PyramidPlan: Sendable {
    public var men: [Located<String>]
    public var women: [Located<String>]
}

/// `map:`: a choropleth map of one indicator at one level, with points of interest.
public struct MapPlan: Sendable {
    public var indicator: Located<String>
    public var level: Located<String>?
    public var extent: MapExtent
    public var classes: ClassesPlan
    /// The period the map shows instead of the report's (`period:`), e.g. for maps of two years side by side.
    public var period: Located<String>?
    public var palette: Located<String>?
    public var points: [Located<String>]
    public var labels: Bool
    /// `values: true` prints each area's value inside it (after its name with `labels: true`), where it fits, on
    /// the same halo as names: for maps of few areas.
    public var values: Bool
    /// The areas the map outlines instead of the report's area (e.g. the ten with the highest values).
    public var highlight: AreaSelector?
    /// A numeric attribute of the points (e.g. `e_platz`, Kita places) that sets their symbol's area.
    public var pointSize: PointSizePlan?
    /// `radius: 500`: in a report per point, the circle of this many metres around the point, drawn on a map zoomed to it.
    public var radius: Double? = nil
    /// Where the map is written: the key of what a run prepares once for it.
    public var location: SourceLocation

    /// A map of a district or one area with its surroundings, not of the whole city.
    public var isZoomed: Bool { extent != .city || radius != nil }
}

/// `classes:` of a map.
public struct ClassesPlan: Sendable {
    public enum Method: Sendable {
        /// A classification scheme with `k` classes (where the scheme takes a count).
        case scheme(Located<ClassSchemeName>, k: Int)
        /// The upper class limits of `breaks: [10, 20, 30]`.
        case breaks([Double])
    }

    public var method: Method
    /// Periods whose values are classified together (`pooled-periods: [...]`), so that maps of several years
    /// share one legend.
    public var pooledPeriods: [Located<String>]
    public var sameForEveryArea: Bool

    /// Quantiles in five classes, the same on every page.
    static func standard(at location: SourceLocation) -> ClassesPlan {
        ClassesPlan(
            method: .scheme(Located(value: .quantiles, location: location), k: 5), pooledPeriods: [],
            sameForEveryArea: true)
    }
}

/// `point-size: e_platz` or `point-size: { attribute: e_platz, label: "Genehmigte Plätze" }`.
public struct PointSizePlan: Sendable {
    public var attribute: Located<String>
    public var label: String
}
