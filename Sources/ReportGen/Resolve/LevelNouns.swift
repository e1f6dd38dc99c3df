/// German plural nouns for spatial levels, for captions and alt texts ("in den Planungsräumen").
enum LevelNouns {
    private static let datives: [String: String] = [
        "stadt": "Städten", "bezirk": "Bezirken", "bezirksregion": "Bezirksregionen", "planungsraum": "Planungsräumen",
        "ortsteil": "Ortsteilen", "bezirksregion-2017": "Bezirksregionen",
    ]

    private static let nouns: [String: (String, String)] = [
        "stadt": ("Stadt", "Städte"), "bezirk": ("Bezirk", "Bezirke"), "bezirksregion": ("Bezirksregion", "Bezirksregionen"),
        "planungsraum": ("Planungsraum", "Planungsräume"), "ortsteil": ("Ortsteil", "Ortsteile"),
        "bezirksregion-2017": ("Bezirksregion", "Bezirksregionen"),
    ]

    /// "Planungsräumen"; "Gebieten" for a level without a known noun.
    static func dativePlural(_ level: String) -> String { datives[level] ?? "Gebieten" }
    static func singular(_ level: String) -> String { nouns[level]?.0 ?? "Gebiet" }
    static func plural(_ level: String) -> String { nouns[level]?.1 ?? "Gebiete" }
}
