import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// The manifest and the catalogue are checked like templates: a misspelt key or a value of the wrong type is an
/// error at file:line:column with the nearest valid name, never silently ignored.
@Suite("Manifest and catalogue validation")
struct ManifestValidationTests {
    /// The 1-based line and column of the first `needle` in `text`.
    func position(of needle: String, in text: String) throws -> (line: Int, column: Int) {
        let lines = text.components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(needle) })
        let range = try #require(lines[index].range(of: needle))
        return (index + 1, lines[index].distance(from: lines[index].startIndex, to: range.lowerBound) + 1)
    }

    func importError(manifest: String? = nil, catalogue: String? = nil) throws -> DataError {
        let data = try MiniDataset()
        if let manifest { try data.write("import.yaml", manifest) }
        if let catalogue { try data.write("indicators.yaml", catalogue) }
        return try #require(throws: DataError.self) { try data.importAll() }
    }

    @Test("a misspelt table key (decimal-seperator) is an error at its place, with the right spelling")
    func misspeltTableKey() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "key: key, missing:", with: "key: key, decimal-seperator: \".\", missing:")
        let error = try importError(manifest: manifest)
        let (line, column) = try position(of: "decimal-seperator", in: manifest)
        guard case .unknownKey(let location, let key, _, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(key == "decimal-seperator")
        #expect(location.line == line && location.column == column)
        #expect(location.file.hasSuffix("import.yaml"))
        #expect(error.description.contains("Did you mean \"decimal-separator\"?"))
        #expect(error.description.contains("import.yaml:\(line):\(column): error"))
    }

    @Test("`invalide:` is not taken for `invalid:`")
    func invalide() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(of: "secret: [", with: "invalide: [")
        let error = try importError(manifest: manifest)
        #expect(error.description.contains("unknown key 'invalide'"))
        #expect(error.description.contains("Did you mean \"invalid\"?"))
    }

    @Test("a value of the wrong type names the key, what it must be and what it is")
    func wrongType() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "key: key, missing:", with: "key: key, skip-rows: zwei, missing:")
        let error = try importError(manifest: manifest)
        let (line, column) = try position(of: "zwei", in: manifest)
        guard case .wrongValue(let location, let key, let expected, let found) = error else {
            Issue.record("\(error)")
            return
        }
        #expect((location.line, location.column) == (line, column))
        #expect(key == "skip-rows" && expected == "a whole number" && found == "'zwei'")
    }

    @Test("the catalogue: a misspelt indicator key and a wrong word are located too")
    func catalogue() throws {
        let misspelt = MiniDataset.catalogueYAML.replacingOccurrences(
            of: "source: S, aggregation: sum }", with: "source: S, aggregaton: sum }")
        let error = try importError(catalogue: misspelt)
        let (line, column) = try position(of: "aggregaton", in: misspelt)
        #expect(error.description.contains("indicators.yaml:\(line):\(column): error: unknown key 'aggregaton'"))
        #expect(error.description.contains("Did you mean \"aggregation\"?"))

        let wrongWord = MiniDataset.catalogueYAML.replacingOccurrences(
            of: "aggregation: sum, minimum-count: 3", with: "aggregation: summe, minimum-count: 3")
        let wordError = try importError(catalogue: wrongWord)
        #expect(wordError.description.contains("'aggregation' must be one of sum, ratio, none, not 'summe'"))
    }

    @Test("two columns mapped to one indicator are refused at the second column")
    func twoColumnsOneIndicator() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "columns: { pop: pop, kids: kids }", with: "columns: { pop: pop, kids: pop }")
        let error = try importError(manifest: manifest)
        let (line, column) = try position(of: "kids: pop", in: manifest)
        #expect(error.description.contains("import.yaml:\(line):\(column): error: the columns 'pop' and 'kids'"))
        #expect(error.description.contains("Fix:"))
    }

    @Test("the same indicator from two columns with their own reference dates is fine")
    func twoColumnsTwoDates() throws {
        let data = try MiniDataset()
        try data.write("values.csv", "key;p20;p21\nA1;10;11\nA2;20;21\nA3;30;31\n")
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "columns: { pop: pop, kids: kids }",
                with:
                    "columns: { p20: { indicator: pop, period: 2020-12-31 }, p21: { indicator: pop, period: 2021-12-31 } }"
            ))
        try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let a2 = AreaID(level: "area", key: "A2")
        #expect(snapshot.value("pop", of: a2, period: try #require(Period("2021-12-31"))).value == 21)
        #expect(snapshot.value("pop", of: a2, period: try #require(Period("2020-12-31"))).value == 20)
    }

    @Test("a missing required key names the mapping that needs it")
    func missingKey() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(of: "catalogue: indicators.yaml\n", with: "")
        let error = try importError(manifest: manifest)
        guard case .missingKey(let location, let key, let container) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(key == "catalogue" && container == "manifest" && location.line == 1)
    }

    @Test("a list where a mapping belongs")
    func listForMapping() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "columns: { pop: pop, kids: kids }", with: "columns: [pop, kids]")
        let error = try importError(manifest: manifest)
        #expect(error.description.contains("'columns' must be a mapping of names to values, not a list"))
    }

    @Test("a rule the shape allows but the importer cannot use is still located")
    func ruleWithColumnAndValue() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "period: 2020-12-31, key: key,", with: "period: 2020-12-31, key: { column: key, value: A1 },")
        let error = try importError(manifest: manifest)
        let (line, _) = try position(of: "column: key, value: A1", in: manifest)
        #expect(error.description.contains("import.yaml:\(line):"))
        #expect(error.description.contains("give either `column:` or `value:`"))
    }
}
