/// German plural nouns for spatial levels, for captions and alt texts ("in den Planungsräumen").
enum LevelNouns {
    private static let datives: [String: String] = [
        "stadt": "Städten", "bezirk": "Bezirken", "bezirksregion": "Bezirksregionen", "planungsraum": "Planungsräumen",
        "ortsteil": "Ortsteilen", "bezirksregion-2017": "Bezirksregionen",
    ]

    private static let nouns: [String: (String, String)] = [
        "stadt": ("Stadt", "Städte"), "bezirk": ("Bezirk", "Bezirke"),
        "bezirksregion": ("Bezirksregion", "Bezirksregionen"),
        "planungsraum": ("Planungsraum", "Planungsräume"), "ortsteil": ("Ortsteil", "Ortsteile"),
        "bezirksregion-2017": ("Bezirksregion", "Bezirksregionen"),
    ]

    /// "in der Bezirksregion Lichterfelde", "im Bezirk Mitte", "in Berlin" (the top level: the name alone).
    static func locative(_ level: String, name: String, isCity: Bool) -> String {
        if isCity { return "in \(name)" }
        let feminine = ["bezirksregion", "bezirksregion-2017", "stadt"].contains(level)
        return "\(feminine ? "in der" : "im") \(singular(level)) \(name)"
    }

    /// "Planungsräumen"; "Gebieten" for a level without a known noun.
    static func dativePlural(_ level: String) -> String { datives[level] ?? "Gebieten" }
    static func singular(_ level: String) -> String { nouns[level]?.0 ?? "Gebiet" }
    static func plural(_ level: String) -> String { nouns[level]?.1 ?? "Gebiete" }
}
