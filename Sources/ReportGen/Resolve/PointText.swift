import IndicatorData

extension PointOfInterest {
    /// A list a source writes with ";" ("Kita A;Kita B", "Träger A;Träger B") printed as German text:
    /// "Kita A, Kita B".
    static func printed(_ text: String) -> String {
        text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    /// An address a source gives as "Weisestr. 4 12049 Berlin" printed the German way: "Weisestr. 4, 12049 Berlin".
    static func printedAddress(_ text: String) -> String {
        text.replacing(#/([^,]) ([0-9]{5}) /#) { "\($0.1), \($0.2) " }
    }
}
