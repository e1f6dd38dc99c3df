/// Maps data values linearly onto a span of the page.
public struct LinearScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// Whether the range runs backwards (y axes: larger values further up).
    public var reversed: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, reversed: Bool = false) {
        self.domain = domain
        self.range = range
        self.reversed = reversed
    }

    /// The page position of `value`; values outside the domain extend the line.
    public func position(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span > 0 && value.isFinite ? (value - domain.lowerBound) / span : 0
        let length = range.upperBound - range.lowerBound
        return reversed ? range.upperBound - t * length : range.lowerBound + t * length
    }
}
