import Values

/// A value as the import and the statistics handle it: with its raw number even when suppressed, its status as
/// delivered, its final status, and where it came from.
struct ValueRecord {
    var value: Double?
    var numerator: Double? = nil
    var denominator: Double? = nil
    var sourceStatus: ValueStatus
    var status: ValueStatus
    var origin: ValueOrigin
    var note: String? = nil
    var importID: Int64? = nil

    /// A value that may enter aggregates: delivered as valid (suppression by disclosure control does not change
    /// what a parent is computed from).
    var usable: Double? { sourceStatus == .valid ? value : nil }
}

/// All values of a store in memory while aggregates, computed indicators and suppressions are derived.
struct ValueTable {
    var records: [ValueKey: ValueRecord] = [:]
    /// Periods per indicator.
    var periods: [String: Set<Period>] = [:]

    subscript(indicator: String, area: AreaID, period: Period) -> ValueRecord? {
        get { records[ValueKey(indicator: indicator, area: area, period: period)] }
        set {
            records[ValueKey(indicator: indicator, area: area, period: period)] = newValue
            if newValue != nil { periods[indicator, default: []].insert(period) }
        }
    }

    func periods(of indicator: String) -> [Period] { (periods[indicator] ?? []).sorted() }
}
