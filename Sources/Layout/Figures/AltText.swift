/// Pieces of the text alternatives of figures, in the document's words.
enum AltText {
    /// "Höchster Wert: A 35,2 %, niedrigster: B 8,1 %." for named values; the words' `noValues` when there are none.
    static func extremes(_ items: [(name: String, value: Double, label: String)], words: FigureWords) -> String {
        let finite = items.filter(\.value.isFinite)
        guard let high = finite.max(by: { $0.value < $1.value }), let low = finite.min(by: { $0.value < $1.value })
        else { return words[.noValues] }
        if finite.count == 1 || high.value == low.value {
            return finite.count == 1
                ? words.phrase(.singleValue, ["name": high.name, "value": high.label])
                : words.phrase(.allValues, ["value": high.label])
        }
        return words.phrase(
            .extremes, ["high": high.name, "highValue": high.label, "low": low.name, "lowValue": low.label])
    }

    /// " Berlin: 24,6 %. Mitte: 20,1 %." for reference values.
    static func references(_ references: [ReferenceValue]) -> String {
        references.map { " \($0.label): \($0.valueLabel)." }.joined()
    }

    /// " Keine Angabe für 2 Gebiete." when values are missing.
    static func missing(_ count: Int, words: FigureWords) -> String {
        count == 0
            ? "" : words.phrase(.missingCount, ["count": "\(count)", "areas": words.counted(count, .area, .areas)])
    }
}
