import CairoBridge

extension Legend {
    /// The legend of a classified map: one entry per class with its colour and count, then the missing entry.
    public init(
        classification: Classification, colors: [Color], format: LegendFormat = LegendFormat(), title: String? = nil
    ) throws {
        guard colors.count == classification.classCount else {
            throw LegendError.colorCountMismatch(entries: classification.classCount, colors: colors.count)
        }
        let labels = LegendLabels.labels(for: classification, format: format)
        let entries = zip(labels, zip(colors, classification.counts)).map { label, swatch in
            LegendEntry(label: Legend.text(label, count: swatch.1, format: format), color: swatch.0, count: swatch.1)
        }
        self.init(title: title, entries: entries + Legend.missingEntry(count: classification.missingCount, format))
    }

    /// The legend of a categorical indicator: one entry per category in the given order, then the missing entry.
    /// `counts`, when given, has one count per category.
    public init(
        categories: [String], counts: [Int]? = nil, missingCount: Int = 0, colors: [Color],
        format: LegendFormat = LegendFormat(), title: String? = nil
    ) throws {
        guard colors.count == categories.count else {
            throw LegendError.colorCountMismatch(entries: categories.count, colors: colors.count)
        }
        if let counts, counts.count != categories.count {
            throw LegendError.countMismatch(categories: categories.count, counts: counts.count)
        }
        let entries = categories.indices.map { index in
            let count = counts?[index]
            return LegendEntry(
                label: Legend.text(categories[index], count: count, format: format), color: colors[index], count: count)
        }
        self.init(title: title, entries: entries + Legend.missingEntry(count: missingCount, format))
    }

    private static func text(_ label: String, count: Int?, format: LegendFormat) -> String {
        guard let count, let noun = format.countNoun else { return label }
        return label + " " + noun.phrase(count)
    }

    private static func missingEntry(count: Int, _ format: LegendFormat) -> [LegendEntry] {
        guard count > 0 || format.listsMissingWhenNone else { return [] }
        return [
            LegendEntry(
                label: text(format.missingLabel, count: count, format: format), color: format.missingColor,
                count: count, isMissing: true)
        ]
    }
}
