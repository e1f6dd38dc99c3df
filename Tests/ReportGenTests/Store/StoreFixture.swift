import Foundation
import GRDB
import PDFInspection

@testable import ReportGen

/// The small dataset imported into a store, with a one-line template over it, for tests that damage the store or
/// run several processes on it.
struct StoreFixture {
    let data: MiniDataset
    var store: URL { data.store }
    var template: URL { data.folder.appendingPathComponent("report.yaml") }

    static let templateYAML = """
        report:
          title: "Test {{ area.name }}"
          audience: public
          for-each: { level: area, sort: key }
          period: 2020-12-31
        body:
          - heading: "{{ area.name }}"
          - text: "Einwohner: {{ value.pop | number }}"
        """

    init() throws {
        data = try MiniDataset()
        try data.importAll()
        try data.write("report.yaml", Self.templateYAML)
    }

    /// Runs one SQL statement on the store, as a user with the sqlite3 shell would.
    func execute(_ sql: String) throws {
        try DatabaseQueue(path: store.path).writeWithoutTransaction { db in try db.execute(sql: sql) }
    }

    /// `reportgen` with `arguments`, from the repository root.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ReportFixture.run(arguments)
    }
}
