import IndicatorData

extension StoreSnapshot {
    /// The names templates may use, for validation.
    public var vocabulary: TemplateVocabulary {
        TemplateVocabulary(
            indicators: Set(indicators.map(\.key)),
            internalIndicators: Set(indicators.filter { $0.visibility == .internal }.map(\.key)),
            levels: Set(levels.map(\.key)), pointCategories: Set(points.map(\.category)),
            pointAttributes: Set(points.flatMap(\.attributes.keys)),
            subjects: Dictionary(grouping: areasByID.keys, by: \.level).mapValues { Set($0.map(\.key)) }.merging(
                Dictionary(grouping: points, by: \.category).mapValues { Set($0.map(\.sourceID)) }
            ) { areas, _ in areas },
            periods: Dictionary(uniqueKeysWithValues: indicators.map { ($0.key, Set(periods(of: $0.key).map(\.iso))) }),
            units: Dictionary(uniqueKeysWithValues: indicators.map { ($0.key, $0.unit) }),
            categorical: Set(indicators.filter { $0.scale == .categorical }.map(\.key)),
            indices: Set(indicators.filter { $0.indexMethod != nil }.map(\.key)),
            indexClasses: Set(indicators.filter { $0.classMethod != nil || $0.crossedClasses != nil }.map(\.key)))
    }
}
