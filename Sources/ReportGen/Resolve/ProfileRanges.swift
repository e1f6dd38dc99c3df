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
    /// The range of `indicator` over all areas of `level`, made once per run when a profile chart first shows it;
    /// nil when no area of the level has a value.
    func profileRange(level: String, indicator: String) -> ProfileRange? {
        profileRanges.value(ProfileRangeKey(level: level, indicator: indicator)) {
            ProfileRange(
                snapshot.areas(level: level).compactMap { area in
                    let value = value(indicator, of: area.id)
                    return value.status == .valid ? value.value : nil
                })
        }
    }
}
