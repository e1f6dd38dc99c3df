import Formats
import IndicatorData

/// A template turned into typed values: what to render, for which areas, from which data.
public struct ReportPlan: Sendable {
    public var file: String
    public var settings: ReportSettings
    /// Blocks that open a document once (title page, contents, an introduction), before the first area.
    public var intro: [PlanBlock]
    /// Blocks repeated for every area of the document.
    public var body: [PlanBlock]
    /// Blocks that close a document once (a conclusion, notes), after the last area.
    public var closing: [PlanBlock]

    /// Every block of the template, in document order.
    public var allBlocks: [PlanBlock] { intro + body + closing }
}

public enum OutputMode: String, Sendable, CaseIterable {
    /// One PDF per area.
    case perArea = "per-area"
    /// One PDF with a chapter per area.
    case combined
}

public struct ReportSettings: Sendable {
    public var title: TextTemplate
    public var subtitle: TextTemplate?
    public var office: String
    /// Who to ask: a name, a telephone number, an e-mail address (`contact:`), for the Impressum.
    public var contact: String
    public var date: TextTemplate?
    /// `params:`: what a run may or must set with `--set`.
    public var parameters: [ParameterDeclaration]
    /// The values of the parameters for this run: the defaults and samples until `--set` gives others.
    public var parameterValues: ParameterValues
    public var locale: String
    public var audience: Audience
    public var output: OutputMode
    public var fileName: TextTemplate?
    public var iteration: Iteration
    /// The reference period, e.g. `2020-12-31`; nil for the latest period of each indicator.
    public var period: Located<String>?
    public var header: TextTemplate?
    public var numberHeadings: Bool
    /// Fonts, colours, page geometry and logo (`theme:`), or the sober default.
    public var theme: ReportTheme
    /// Area keys or point numbers that `reportgen demo` renders instead of every scope (e.g. a few Kitas).
    public var sample: [Located<String>]
    /// The formats `reportgen render` writes by default (`formats:`); PDF when not named.
    public var formats: [OutputFormat]
    /// `earlier-layouts: { bezirksregion: bezirksregion-2017 }`: per level, the level of its earlier area layout,
    /// whose area of the same name and parent continues an area's series into the past (marked as a break).
    public var earlierLayouts: [String: Located<String>]
    /// `similar: { by: mss_statusindex }`: which areas count as similar to the report's area.
    public var similar: SimilarPlan?
}

/// `similar: { by: mss_statusindex }` or `{ by: transferbezug, classes: 5 }`: the areas of the report area's level
/// in the same class of an index, for tables (`rows: [similar]`) and text (`similar.value.x`, `similar.count`).
public struct SimilarPlan: Sendable {
    /// A categorical indicator (its categories are the classes) or a metric one (cut into `classes` quantiles).
    public var indicator: Located<String>
    public var classes: Int
    /// How text names the group after "Durchschnitt der" (`name:`), e.g. "Bezirksregionen ähnlicher sozialer Lage".
    public var name: String?
}

/// Which reports a run produces.
public enum Iteration: Sendable {
    /// One report for each area of a level, optionally filtered and sorted.
    case areas(level: Located<String>, filter: Expression?, sort: SortOrder)
    /// One report for each point of interest of a category (e.g. one annex per Kita).
    case points(category: Located<String>, filter: Expression?)
    /// A single report about the city.
    case city
}

public struct SortOrder: Hashable, Sendable {
    /// `name`, `key`, or an indicator key.
    public var field: Located<String>
    public var descending: Bool
}

/// A block of the template body with its optional `when:` condition.
public struct PlanBlock: Sendable {
    public var kind: Kind
    public var condition: Expression?
    public var location: SourceLocation

    public enum Kind: Sendable {
        case titlePage
        case contents(title: String)
        case heading(TextTemplate, level: Int)
        case text(TextTemplate, small: Bool)
        case list([TextTemplate], ordered: Bool)
        case table(TablePlan)
        case figure(FigurePlan)
        case figures([FigurePlan])
        case image(path: Located<String>, caption: TextTemplate)
        case pageBreak
        /// The blocks once for each area of a selection (e.g. a chapter per Bezirk in a combined report).
        case forEach(AreaSelector, [PlanBlock])
        /// The blocks flowing in two or more columns.
        case columns(Int, [PlanBlock])
        /// The indicators of the catalogue as a table (cell of the education model, name, levels, periods).
        case indicatorOverview(IndicatorOverviewPlan)
        /// Who publishes the document, whom to ask and as of when (`office:`, `contact:`, the publication date).
        case impressum
        /// Lines for "Ort, Datum" and "Unterschrift / Stempel".
        case signature
        /// Hand-written Markdown from a file per area or per document (an Ausblick an office writes).
        case textFile(TextFilePlan)
        /// The area's headline values beside its comparison areas, with the direction of change.
        case keyFigures(KeyFiguresPlan)
        /// The points of a category within a radius of the report's point, nearest first.
        case catchment(CatchmentPlan)
        /// How a declared index and its classes are made ("Methodik"): components, standardisation, limits and
        /// the number of areas per class, from the definition the import stored.
        case indexMethod(Located<String>)
        /// One sentence per indicator comparing the area with its comparison areas, the strongest need first.
        case needs(NeedsPlan)
    }
}

/// `catchment: { points: kita, radius: 500, provider: t_name, places: e_platz, limit: 8, caption: … }` in a report
/// per point; without `radius:`, in a report per area, the points inside the area by name (`address: true` adds
/// their address).
public struct CatchmentPlan: Sendable {
    public var category: Located<String>
    /// In metres of the store's working CRS; nil for the points inside the report's area.
    public var radius: Double?
    public var address: Bool
    /// The attributes holding the provider (Träger) and the number of places, when the points have them.
    public var provider: Located<String>?
    public var places: Located<String>?
    /// At most this many rows, the nearest.
    public var limit: Int
    public var caption: TextTemplate
}

/// `text-file: { path: "ausblick/{{ area.key }}.md", optional: true }` (or just the path): a slot for text an
/// office writes itself. The path is relative to the template.
public struct TextFilePlan: Sendable {
    public var path: TextTemplate
    /// A missing optional file leaves the slot empty without a word; a missing required one is a warning.
    public var optional: Bool
}

/// `needs: { indicators: [kita_plaetze_je_100_u6, kinderarmut], compare: [ancestors] }`: a list of one sentence per
/// indicator, the area against each comparison area, ordered by need (by the indicator's polarity): the largest gap
/// first, the indicators without a need after them.
public struct NeedsPlan: Sendable {
    /// Each indicator with the words that open its sentence (`{ indicator: kinderarmut, label: Kinderarmut }`);
    /// the indicator's name when there are none.
    public var indicators: [(indicator: Located<String>, label: String?)]
    public var compare: [AreaSelector]
}

/// `key-figures: { indicators: [einwohner, kinderarmut], compare: [parent, city], caption: … }`.
public struct KeyFiguresPlan: Sendable {
    public var indicators: [Located<String>]
    public var compare: [AreaSelector]
    public var caption: TextTemplate
}

/// `indicator-overview: { area: C, caption: …, empty: … }`: the indicators of one area of the education
/// indicator model (A Rahmenbedingungen … I Netzwerke), or of all areas.
public struct IndicatorOverviewPlan: Sendable {
    /// The letter of the model area; nil for every indicator with a model cell.
    public var modelArea: Located<String>?
    public var caption: TextTemplate
    /// Written instead of the table when no indicator of the store belongs to the area.
    public var empty: TextTemplate?
    /// `gaps: true`: instead of the indicators, one row per area of the model with the cells that have indicators
    /// and the cells the model admits that have none (the Datenlücken).
    public var gaps: Bool = false
}

/// A set of areas relative to the current one.
public struct AreaSelector: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case area, parent, city, children, siblings
        /// Every area above the current one, nearest first: parent, its parent, … up to the city.
        case ancestors
        /// The areas of the report area's level in its class of the report's `similar:` index.
        case similar
        /// Every area of a level inside the report's area (`within: area`), its parent or the whole city.
        case level(String, within: SelectionBound)
        /// The `count` areas of a level inside `within` with the highest (or lowest) values of an indicator, or with
        /// its largest rise (or fall) since the previous period when `change` is set.
        case top(count: Int, level: String, indicator: String, descending: Bool, within: SelectionBound, change: Bool)
    }

    public var kind: Kind
    public var location: SourceLocation
}

public struct TablePlan: Sendable {
    public var rows: [AreaSelector]
    public var columns: [ColumnPlan]
    public var caption: TextTemplate
    public var sortBy: SortOrder?
}

public struct ColumnPlan: Sendable {
    public var indicator: Located<String>
    /// The column title; the indicator's short name when nil.
    public var label: String?
    /// `value` (default), `rank`, `change` (since the previous period), `count` (numerator), `label` (the name of a
    /// categorical value).
    public var show: ColumnContent
    /// `period: 2017-12-31`: the value of that period instead of the report's (an earlier layout's namesake where
    /// the area has none).
    public var period: Located<String>?
}

extension ReportPlan {
    /// Every chart and map of the body, including those inside `figures:` and `for-each:` blocks.
    public var figurePlans: [FigurePlan] {
        func collect(_ blocks: [PlanBlock]) -> [FigurePlan] {
            blocks.flatMap { block -> [FigurePlan] in
                switch block.kind {
                case .figure(let figure): [figure]
                case .figures(let figures): figures
                case .forEach(_, let inner), .columns(_, let inner): collect(inner)
                case .titlePage, .contents, .heading, .text, .list, .table, .image, .pageBreak, .indicatorOverview,
                    .impressum, .signature, .textFile, .keyFigures, .catchment, .indexMethod, .needs:
                    []
                }
            }
        }
        return collect(allBlocks)
    }
}
