import IndicatorData

/// The range of an indicator over all areas of a level that a profile chart draws behind each area's value:
/// lowest, highest and the middle half.
struct ProfileRange: Sendable, Equatable {
    let lowest: Double
    let highest: Double
    let lowerQuartile: Double?
    let upperQuartile: Double?

    /// The range of `values`; nil when there are none.
    init?(_ values: [Double]) {
        let sorted = values.sorted()
        guard let lowest = sorted.first, let highest = sorted.last else { return nil }
        self.lowest = lowest
        self.highest = highest
        let sample = try? SortedSample(sorted)
        lowerQuartile = sample?.percentile(25)
        upperQuartile = sample?.percentile(75)
    }
}

/// The level and indicator a `ProfileRange` is of.
struct ProfileRangeKey: Hashable, Sendable {
    let level: String
    let indicator: String
}

extension ResolveContext {
    /// The ranges of every indicator of the template's profile charts at every level, made once per run rather than
    /// for every report; a level without values of an indicator has none.
    func makeProfileRanges() -> [ProfileRangeKey: ProfileRange] {
        var indicators: [String] = []
        for figure in plan.figurePlans {
            if case .profile(let profile) = figure.kind { indicators += profile.indicators.map(\.value) }
        }
        var ranges: [ProfileRangeKey: ProfileRange] = [:]
        for level in snapshot.levels {
            let peers = snapshot.areas(level: level.key)
            for indicator in Set(indicators) {
                let values = peers.compactMap { validValue(indicator, of: $0.id) }
                ranges[ProfileRangeKey(level: level.key, indicator: indicator)] = ProfileRange(values)
            }
        }
        return ranges
    }

    private func validValue(_ indicator: String, of area: AreaID) -> Double? {
        let value = value(indicator, of: area)
        return value.status == .valid ? value.value : nil
    }
}
