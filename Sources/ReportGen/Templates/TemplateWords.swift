import IndicatorData

/// A closed word list of the template language: a `String` enum whose cases are the words a template may
/// write. The parser reads a word through it, the did-you-mean suggestions list its cases, and a word that is
/// not a case is an error where it is written.
protocol TemplateWord: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// What the words name, for messages: "map extent".
    static var kind: String { get }
}

extension TemplateWord {
    /// Every word, in declaration order.
    static var words: [String] { allCases.map(\.rawValue) }
}

/// The first key of a block: what the block is.
public enum BlockKeyword: String, TemplateWord {
    case titlePage = "title-page"
    case contents, heading, text, note, list
    case numberedList = "numbered-list"
    case table, chart, map
    case figures, image
    case pageBreak = "page-break"
    case forEach = "for-each"
    case columns
    case indicatorOverview = "indicator-overview"
    case include
    case impressum, signature
    case textFile = "text-file"
    case keyFigures = "key-figures"
    case catchment, needs
    case indexMethod = "index-method"
    static let kind = "block"

    /// The blocks without settings, which may be written as a bare word.
    static let bare: [BlockKeyword] = [.pageBreak, .titlePage, .impressum, .signature]
}

/// `chart: { type: … }`.
public enum ChartType: String, TemplateWord {
    case bar
    case groupedBar = "grouped-bar"
    case stackedBar = "stacked-bar"
    case line, scatter, profile, pyramid
    static let kind = "chart type"
}

/// `classes: { scheme: … }` of a map; `breaks: [...]` gives classes of one's own instead.
public enum ClassSchemeName: String, TemplateWord {
    case quantiles
    case equalInterval = "equal-interval"
    case fisherJenks = "fisher-jenks"
    case pretty
    case boxPlot = "box-plot"
    case headTail = "head-tail"
    case maximumBreaks = "maximum-breaks"
    case standardDeviation = "standard-deviation"
    case percentiles
    static let kind = "classification scheme"
}

/// What a map shows: the whole city, the report area's parent, or the area with its surroundings.
public enum MapExtent: String, TemplateWord {
    case city, parent, area
    static let kind = "map extent"
}

public enum SortDirection: String, TemplateWord {
    case ascending, descending
    static let kind = "sort direction"
}

/// `orientation:` of a bar chart.
public enum BarOrientation: String, TemplateWord {
    case horizontal, vertical
    static let kind = "orientation"
}

/// `show:` of a table column: the value, the rank, the change since the previous period, the numerator.
public enum ColumnContent: String, TemplateWord {
    case value, rank, change, count, label
    static let kind = "column content"
}

/// `top: { …, of: change }`: what the areas are ranked by, the value or its change since the previous period.
public enum RankMeasure: String, TemplateWord {
    case value, change
    static let kind = "ranking measure"
}

/// The area selections written as one word (`siblings`); `level:` and `top:` are mappings.
public enum SelectorWord: String, TemplateWord {
    case area, parent, ancestors, city, children, siblings, similar
    static let kind = "area selection"
}

/// `within:` of a `level:` or `top:` selection: the area whose areas of that level are chosen.
public enum SelectionBound: String, TemplateWord {
    case area, parent, city
    static let kind = "area to select within"
}

/// Filters of the expression language (`{{ value.x | percent }}`) and how many arguments each takes.
public enum FilterName: String, TemplateWord {
    case number, percent, decimals, date
    case comparedTo = "compared-to"
    case position
    case rankPhrase = "rank-phrase"
    case plural
    case `default`, available, suppressed, signed, trend
    /// Findings from data: `value.x | highest: 3` names the three areas (of the level below, or of the level given)
    /// with the highest values, `change.x | lowest: 3` those with the largest fall, `| lowest: 5, "planungsraum",
    /// value.kinderarmut` only among the areas on the side of need of the city's Kinderarmut; `points.kita | within:
    /// 500` counts the points within 500 m of the report's point.
    case highest, lowest, within
    static let kind = "filter"

    var arity: ClosedRange<Int> {
        switch self {
        case .number, .percent, .rankPhrase, .trend: 0...1
        case .highest, .lowest: 0...3
        case .within: 1...1
        case .decimals, .default: 1...1
        case .date, .position, .available, .suppressed, .signed: 0...0
        case .comparedTo: 1...2
        case .plural: 2...2
        }
    }
}

extension Audience: TemplateWord {
    static let kind = "audience"
}

extension OutputMode: TemplateWord {
    static let kind = "output mode"
}

/// The words a path of an expression may start with besides the indicator words: `area.name`,
/// `parent.value.x`, `points.kita`, `poi.name`, `period`, `param.drucksache` (a value set with `--set`),
/// `published` (the publication date: today, or `SOURCE_DATE_EPOCH`), `areas.bezirk` (how many areas of that level
/// the store has).
public enum PathStart: String, TemplateWord {
    case area, parent, city, points, poi, period, param, published, similar, areas
    static let kind = "name"
}

/// Words that take an indicator: `value.x`, `rank.x`, `change.x`, `previous.x`, `numerator.x`.
public enum IndicatorWord: String, TemplateWord {
    case value, rank, change, previous, numerator, components
    static let kind = "indicator word"
}

/// Fields of an area: `area.name`, `parent.key`, `city.level`.
public enum AreaField: String, TemplateWord {
    case name, key, level
    static let kind = "area field"
}

/// Fields of every point of interest: `poi.number` is its number in the source (e.g. the Kita number); other
/// words name attributes of the points.
public enum PointField: String, TemplateWord {
    case name, number, address, category
    static let kind = "point field"
}
