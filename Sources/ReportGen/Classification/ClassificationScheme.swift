/// A way of choosing class breaks for a choropleth map, named as in mapclassify and R classInt.
public enum ClassificationScheme: Sendable, Hashable {
    /// k classes of equal width between the minimum and the maximum.
    case equalInterval(k: Int)
    /// k classes with (about) equal counts; linear interpolation between order statistics (R type 7).
    case quantiles(k: Int)
    /// The k classes with the smallest total squared deviation from their class means (exact optimum).
    case fisherJenks(k: Int)
    /// Outliers below, the four quarters, outliers above: fences at `hinge` times the interquartile range.
    case boxPlot(hinge: Double = 1.5)
    /// Classes ending at the given percentiles (0 to 100).
    case percentiles([Double] = [1, 10, 50, 90, 99, 100])
    /// Classes ending at the mean plus the given multiples of the sample standard deviation.
    case standardDeviation(multiples: [Double] = [-2, -1, 1, 2])
    /// Repeatedly splits off the values above the mean (for heavy-tailed data).
    case headTailBreaks
    /// Breaks in the middle of the k − 1 largest gaps between sorted values.
    case maximumBreaks(k: Int)
    /// About k classes with round breaks (R's `pretty`).
    case pretty(k: Int)
    /// Breaks given by the user; the maximum is added when the last break is below it.
    case userDefined([Double])

    /// The scheme's name for messages.
    public var name: String {
        switch self {
        case .equalInterval: "Equal interval"
        case .quantiles: "Quantiles"
        case .fisherJenks: "Fisher-Jenks"
        case .boxPlot: "Box plot"
        case .percentiles: "Percentiles"
        case .standardDeviation: "Mean and standard deviation"
        case .headTailBreaks: "Head/tail breaks"
        case .maximumBreaks: "Maximum breaks"
        case .pretty: "Pretty breaks"
        case .userDefined: "User-defined breaks"
        }
    }

    /// The class upper bounds for `sample`, ascending; may end below the maximum and contain repeats.
    func upperBounds(for sample: SortedSample) throws -> [Double] {
        switch self {
        case .equalInterval(let k): try sample.equalIntervalBreaks(k: k)
        case .quantiles(let k): try sample.quantileBreaks(k: k)
        case .fisherJenks(let k): try sample.fisherJenksBreaks(k: k)
        case .boxPlot(let hinge): try sample.boxPlotBreaks(hinge: hinge)
        case .percentiles(let percentiles): try sample.percentileBreaks(percentiles)
        case .standardDeviation(let multiples): try sample.standardDeviationBreaks(multiples: multiples)
        case .headTailBreaks: sample.headTailBreaks()
        case .maximumBreaks(let k): try sample.maximumBreaks(k: k)
        case .pretty(let k): try sample.prettyBreaks(k: k)
        case .userDefined(let breaks): try sample.userDefinedBreaks(breaks)
        }
    }
}
