import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Demo data")
struct DemoDataTests {
    @Test("ensureStore builds data/berlin.sqlite once and then reuses it")
    func ensureStore() throws {
        let root = try PDFInspection.temporaryDirectory()
        let data = root.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: data.appendingPathComponent("berlin"),
            withDestinationURL: TestSupport.repoRoot.appendingPathComponent("data/berlin"))
        let store = try DemoData.ensureStore(at: root)
        #expect(store.path == data.appendingPathComponent("berlin.sqlite").path)
        let built = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        #expect(try DemoData.ensureStore(at: root) == store)
        let reused = try FileManager.default.attributesOfItem(atPath: store.path)[.modificationDate] as? Date
        #expect(built != nil && built == reused)
        #expect(try IndicatorStore(at: store, readOnly: true).snapshot().areas(level: "planungsraum").count == 542)
    }
}
