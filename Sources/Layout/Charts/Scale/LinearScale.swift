/// Maps values from a domain linearly onto a range of positions (e.g. an axis in points); either may run
/// backwards, as a y axis does on a page whose y grows downwards.
public struct LinearScale: Sendable, Hashable {
    public var domain: (lower: Double, upper: Double) { (domainLower, domainUpper) }
    public var range: (lower: Double, upper: Double) { (rangeLower, rangeUpper) }
    private let domainLower: Double
    private let domainUpper: Double
    private let rangeLower: Double
    private let rangeUpper: Double

    public init(domain: (Double, Double), range: (Double, Double)) {
        (domainLower, domainUpper) = domain
        (rangeLower, rangeUpper) = range
    }

    /// A scale whose domain runs from the first to the last tick.
    public init(ticks: AxisTicks, range: (Double, Double)) {
        self.init(domain: (ticks.lowerBound, ticks.upperBound), range: range)
    }

    /// The position of `value`; values outside the domain extrapolate. An empty domain maps everything to the
    /// middle of the range; NaN stays NaN (a gap).
    public func callAsFunction(_ value: Double) -> Double {
        let width = domainUpper - domainLower
        guard width != 0, width.isFinite else { return (rangeLower + rangeUpper) / 2 }
        return rangeLower + (value - domainLower) / width * (rangeUpper - rangeLower)
    }

    /// The value at `position`; an empty range gives the middle of the domain.
    public func invert(_ position: Double) -> Double {
        LinearScale(domain: (rangeLower, rangeUpper), range: (domainLower, domainUpper))(position)
    }
}
