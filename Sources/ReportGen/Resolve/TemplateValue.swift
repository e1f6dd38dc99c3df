import IndicatorData

/// What an expression evaluates to before it is written as text.
enum TemplateValue {
    case text(String)
    case number(Double, Indicator?)
    case value(IndicatorValue, Indicator, of: Area)
    case rank(Rank, Indicator)
    case change(SeriesChange?, Indicator)
    case bool(Bool)

    /// The number behind the value, when there is one that may be shown.
    var number: Double? {
        switch self {
        case .number(let number, _): number
        case .value(let value, _, _): value.status == .valid ? value.value : nil
        case .rank(let rank, _): Double(rank.position)
        case .change(let change, _): change?.difference
        case .bool(let flag): flag ? 1 : 0
        case .text(let text): Double(text)
        }
    }

    /// True unless the value is suppressed, missing or invalid.
    var isAvailable: Bool {
        switch self {
        case .value(let value, _, _): value.status == .valid && value.value != nil
        case .change(let change, _): change != nil
        default: true
        }
    }
}

/// A value a text needed but could not show, so the sentence can say why.
struct UnavailableValue: Hashable {
    var indicator: Indicator
    var area: Area
    var status: ValueStatus
}
