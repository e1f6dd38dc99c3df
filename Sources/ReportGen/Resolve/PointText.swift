import IndicatorData

extension PointOfInterest {
    /// A list a source writes with ";" ("Kita A;Kita B", "Träger A;Träger B") printed as German text:
    /// "Kita A, Kita B".
    static func printed(_ text: String) -> String {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: ", ")
    }
}
