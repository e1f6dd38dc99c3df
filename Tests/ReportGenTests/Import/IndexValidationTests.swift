import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// A declared index is checked at import like the rest of the catalogue: at file:line:column, with the fix.
@Suite("Index declarations in the catalogue are validated at their place")
struct IndexValidationTests {
    func importError(adding entries: String) throws -> (DataError, String) {
        let data = try MiniDataset()
        let catalogue = MiniDataset.catalogueYAML + "\n" + entries
        try data.write("indicators.yaml", catalogue)
        return (try #require(throws: DataError.self) { try data.importAll() }, catalogue)
    }

    func line(of needle: String, in text: String) throws -> Int {
        try #require(text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }) + 1
    }

    let index = """
          - { key: score, name: Index, topic: T, source: S,
              formula: { index: { level: area, components: [pop, -kids], base: { indicator: pop, minimum: 300 } } } }
        """

    @Test("an index at a level this manifest does not declare is a warning naming the levels, and has no values")
    func unknownLevel() throws {
        let data = try MiniDataset()
        try data.write(
            "indicators.yaml",
            MiniDataset.catalogueYAML + "\n" + index.replacingOccurrences(of: "level: area", with: "level: areas"))
        let report = try data.importAll()
        let warning = try #require(report.warnings.first { $0.hasPrefix("score:") })
        #expect(warning.contains("'areas'") && warning.contains("use one of city, area"))
        #expect(warning.contains("Did you mean \"area\"?"))
    }

    @Test("classes whose categories do not name every class are refused at the categories")
    func missingCategory() throws {
        let classes = """
              - { key: klasse, name: Klasse, topic: T, source: S, scale: categorical,
                  formula: { classes: { of: score, standard-deviations: [-1, 1] } },
                  categories: { 1: niedrig, 2: mittel } }
            """
        let (error, catalogue) = try importError(adding: index + "\n" + classes)
        #expect(error.description.contains("indicators.yaml:\(try line(of: "categories: { 1:", in: catalogue)):"))
        #expect(error.description.contains("missing: 3"))
    }

    @Test("two class rules at once, falling limits and a metric class indicator are refused")
    func rules() throws {
        let twoRules = """
              - { key: klasse, name: Klasse, topic: T, source: S, scale: categorical,
                  formula: { classes: { of: score, quantiles: 4, limits: [1, 2, 3] } } }
            """
        #expect(try importError(adding: index + "\n" + twoRules).0.description.contains("exactly one rule"))
        let falling = twoRules.replacingOccurrences(of: "quantiles: 4, limits: [1, 2, 3]", with: "limits: [2, 1]")
        #expect(try importError(adding: index + "\n" + falling).0.description.contains("must rise"))
        let metric = twoRules.replacingOccurrences(of: "quantiles: 4, ", with: "")
            .replacingOccurrences(of: "scale: categorical,", with: "")
        let metricError = try importError(adding: index + "\n" + metric).0.description
        #expect(metricError.contains("add scale: categorical"), "\(metricError)")
    }
}
