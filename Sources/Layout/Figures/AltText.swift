/// Pieces of the German text alternatives of figures.
enum AltText {
    /// "Höchster Wert: A 35,2 %, niedrigster: B 8,1 %." for named values; empty when there are none.
    static func extremes(_ items: [(name: String, value: Double, label: String)]) -> String {
        let finite = items.filter(\.value.isFinite)
        guard let high = finite.max(by: { $0.value < $1.value }), let low = finite.min(by: { $0.value < $1.value })
        else { return "Keine Werte vorhanden." }
        if finite.count == 1 || high.value == low.value {
            return finite.count == 1 ? "Wert: \(high.name) \(high.label)." : "Alle Werte: \(high.label)."
        }
        return "Höchster Wert: \(high.name) \(high.label), niedrigster: \(low.name) \(low.label)."
    }

    /// " Berlin: 24,6 %. Mitte: 20,1 %." for reference values.
    static func references(_ references: [ReferenceValue]) -> String {
        references.map { " \($0.label): \($0.valueLabel)." }.joined()
    }

    /// " Keine Angabe für 2 Gebiete." when values are missing.
    static func missing(_ count: Int) -> String {
        count == 0 ? "" : " Keine Angabe für \(count) \(count == 1 ? "Gebiet" : "Gebiete")."
    }
}
