import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("A catalogue's model-cell is checked against the indicator model at its line and column")
struct ModelCellTests {
    private func importError(cell: String) throws -> (message: String, line: Int) {
        let data = try MiniDataset()
        let catalogue = MiniDataset.catalogueYAML.replacingOccurrences(
            of: "{ key: pop, name: Einwohner, topic: T,",
            with: "{ key: pop, name: Einwohner, topic: T, model-cell: \(cell),")
        try data.write("indicators.yaml", catalogue)
        let error = try #require(throws: DataError.self) { try data.importAll() }
        let line = try #require(catalogue.components(separatedBy: "\n").firstIndex { $0.contains("model-cell") }) + 1
        return (error.description, line)
    }

    @Test(
        "a cell the model marks \"—\" is refused, naming the cells its area admits",
        arguments: ["A5", "D1", "C8", "B17"])
    func impossible(cell: String) throws {
        let (message, line) = try importError(cell: cell)
        #expect(message.contains("indicators.yaml:\(line):"), "\(message)")
        #expect(message.contains("admits no indicator in \(cell)"), "\(message)")
        #expect(message.contains("area \(cell.prefix(1)) has"), "\(message)")
    }

    @Test("a cell outside the model is refused as no cell of it")
    func outside() throws {
        #expect(try importError(cell: "K3").message.contains("no cell of the indicator model"))
        #expect(try importError(cell: "A18").message.contains("no cell of the indicator model"))
    }

    @Test("the cells of the model's examples are admitted, those in parentheses too")
    func admitted() {
        for cell in ["A1", "A2", "A3", "C6", "C7", "C16", "D6", "D11", "B5", "F9", "I6"] {
            #expect(IndicatorModel.admits(cell) == true, "\(cell)")
        }
        for cell in ["A5", "B1", "C8", "D1", "I16", "B17", "A17"] {
            #expect(IndicatorModel.admits(cell) == false, "\(cell)")
        }
        #expect(IndicatorModel.cells(of: "C") == ["C5", "C6", "C7", "C9", "C10", "C14", "C16"])
    }

    @Test("the Berlin catalogue imports: every model-cell lies in a cell the model admits")
    func berlin() throws {
        let snapshot = try BerlinStore.get().snapshot
        let cells = snapshot.indicators.compactMap(\.modelCell)
        #expect(!cells.isEmpty)
        #expect(cells.allSatisfy { IndicatorModel.admits($0) == true })
        #expect(snapshot.indicator(key: "kinderarmut")?.modelCell == "A3")
        #expect(snapshot.indicator(key: "kita_plaetze")?.modelCell == "C6")
        #expect(snapshot.indicator(key: "schulen")?.modelCell == "D6")
    }
}
