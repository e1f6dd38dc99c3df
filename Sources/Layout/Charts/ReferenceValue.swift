/// A value to compare with, drawn as a line across the chart: the city's or the parent area's value.
public struct ReferenceValue: Hashable, Sendable {
    /// The area it belongs to, e.g. "Berlin".
    public var label: String
    public var value: Double
    /// The value as the report prints it, e.g. "24,6 %".
    public var valueLabel: String

    public init(label: String, value: Double, valueLabel: String) {
        self.label = label
        self.value = value
        self.valueLabel = valueLabel
    }

    /// "Berlin: 24,6 %".
    var caption: String { valueLabel.isEmpty ? label : "\(label): \(valueLabel)" }
}
