import Foundation
import GRDB
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Imports and renders of one store run at once as separate processes: SQLite's locking serialises the writers,
/// nothing replaces the store file, and no committed write is lost.
@Suite("Concurrent imports and renders of one store", .serialized)
struct StoreConcurrencyTests {
    /// A `reportgen` process started in the background, its output going to a file.
    struct Running {
        let process: Process
        let log: URL
        let what: String

        init(_ arguments: [String], log: URL) throws {
            process = Process()
            process.executableURL = ReportFixture.executable
            process.arguments = arguments
            process.currentDirectoryURL = TestSupport.repoRoot
            try Data().write(to: log)
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            self.log = log
            what = arguments.prefix(2).joined(separator: " ")
            try process.run()
        }

        /// Waits up to `seconds`; a process still running then is killed and reported as hung.
        func finish(within seconds: TimeInterval) -> (exit: Int32, crashed: Bool, hung: Bool, output: String) {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            let hung = process.isRunning
            if hung { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            return (process.terminationStatus, process.terminationReason == .uncaughtSignal, hung, output)
        }
    }

    /// A manifest that imports the small table at `period` from its own copy of the file.
    static func manifest(period: String, file: String) -> String {
        MiniDataset.manifestYAML
            .replacingOccurrences(of: "file: values.csv", with: "file: \(file)")
            .replacingOccurrences(of: "period: 2020-12-31", with: "period: \(period)")
    }

    @Test("20 rounds of two concurrent imports and a render: no crash, no hang, no lost write")
    func concurrentRounds() throws {
        let fixture = try StoreFixture()
        let folder = fixture.data.folder
        let store = fixture.store.path
        var expected: Set<String> = ["2020-12-31"]
        var problems: [String] = []
        for round in 1...20 {
            let periods = [String(format: "%04d-06-30", 1990 + round), String(format: "%04d-12-31", 1990 + round)]
            var running: [Running] = []
            for (index, period) in periods.enumerated() {
                let name = "round\(round)-\(index)"
                try fixture.data.write("\(name).csv", MiniDataset.valuesCSV)
                try fixture.data.write("\(name).yaml", Self.manifest(period: period, file: "\(name).csv"))
                running.append(
                    try Running(
                        ["import", folder.appendingPathComponent("\(name).yaml").path, "--into", store],
                        log: folder.appendingPathComponent("\(name).log")))
            }
            running.append(
                try Running(
                    [
                        "render", fixture.template.path, "--store", store, "--area", "A1",
                        "-o", folder.appendingPathComponent("out\(round)").path,
                    ],
                    log: folder.appendingPathComponent("render\(round).log")))
            for process in running {
                let result = process.finish(within: 120)
                if result.crashed || result.hung || result.exit != 0 {
                    problems.append("round \(round), \(process.what): exit \(result.exit), \(result.output)")
                }
            }
            expected.formUnion(periods)
            let snapshot = try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
            let present = Set(snapshot.periods(of: "pop").map(\.iso))
            let lost = expected.subtracting(present)
            if !lost.isEmpty { problems.append("round \(round): the values of \(lost.sorted()) are lost") }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test("an import waits for another process's write transaction, and that transaction's commit is kept")
    func importWaitsForWriter() throws {
        let fixture = try StoreFixture()
        let other = try DatabaseQueue(path: fixture.store.path)
        let importsBefore = try IndicatorStore(at: fixture.store, readOnly: true).provenance().count
        var started: Running?
        try other.inTransaction(.immediate) { db in
            try db.execute(sql: "INSERT INTO dataset (key, value) VALUES ('note', 'committed by another program')")
            started = try Running(
                ["import", fixture.data.manifest.path, "--into", fixture.store.path],
                log: fixture.data.folder.appendingPathComponent("import.log"))
            usleep(1_500_000)
            #expect(started?.process.isRunning == true, "the import did not wait for the write lock")
            return .commit
        }
        let result = try #require(started).finish(within: 120)
        #expect(result.exit == 0, "\(result.output)")
        let note = try other.read { db in try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = 'note'") }
        #expect(note == "committed by another program")
        #expect(try IndicatorStore(at: fixture.store, readOnly: true).provenance().count > importsBefore)
    }

    @Test("a store held longer than the busy timeout is reported as busy, and is left as it was")
    func busyTimeout() throws {
        let fixture = try StoreFixture()
        let before = try Data(contentsOf: fixture.store)
        let other = try DatabaseQueue(path: fixture.store.path)
        try other.inTransaction(.immediate) { db in
            try db.execute(sql: "UPDATE dataset SET value = value WHERE key = 'name'")
            #expect(throws: DataError.storeBusy(file: fixture.store.path, seconds: 0.5)) {
                try Importer.run(manifest: fixture.data.manifest, into: fixture.store, busyTimeout: 0.5)
            }
            return .rollback
        }
        #expect(try Data(contentsOf: fixture.store) == before)
        #expect(DataError.storeBusy(file: "s", seconds: 120).description.contains("more than 120 s. Fix: wait"))
    }
}
