/// What an import did, and everything it could not use: unmatched names with their nearest candidates, repaired
/// polygons, codes that the manifest does not map. Nothing is dropped without a line here.
public struct ImportReport: Sendable {
    public struct Counts: Sendable {
        public var areas = 0
        public var values = 0
        public var points = 0
        public var derivedValues = 0
        public var suppressed = 0
    }

    public var counts = Counts()
    /// One line per problem that did not stop the import, each with file and line or key.
    public var notes: [String] = []
    /// Implausible values, areas and points, each naming the areas it concerns; errors with `--strict`.
    public var warnings: [String] = []
    /// Lines behind a summary warning (e.g. every point outside all areas), printed with `--details`.
    public var details: [String] = []
    /// Names joined to no area, with where they came from and the nearest candidates.
    public var unmatchedNames: [String] = []
    public var seconds: Double = 0

    public var summary: String {
        """
        \(counts.areas) areas, \(counts.values) imported values, \(counts.derivedValues) aggregated or computed \
        values, \(counts.suppressed) suppressed, \(counts.points) points of interest; \
        \(unmatchedNames.count) unmatched names, \(warnings.count) warnings, \(notes.count) notes
        """
    }
}
