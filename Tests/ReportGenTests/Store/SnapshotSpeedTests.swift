import Foundation
import Testing
@testable import ReportGen

@Suite("Snapshot speed")
struct SnapshotSpeedTests {
    @Test("the Berlin snapshot loads fast and answers for all 143 Bezirksregionen in parallel tasks")
    func parallelReads() async throws {
        let url = try BerlinStore.get().url
        let start = Date()
        let snapshot = try IndicatorStore(at: url, readOnly: true).snapshot()
        let loaded = Date().timeIntervalSince(start)
        let period = try #require(Period("2020-12-31"))
        let regions = snapshot.areas(level: "bezirksregion")
        let queryStart = Date()
        let counts = await withTaskGroup(of: Int.self) { group in
            for region in regions {
                group.addTask {
                    var touched = 0
                    for indicator in snapshot.indicators {
                        _ = snapshot.value(indicator.key, of: region.id, period: period)
                        _ = snapshot.rank(of: region.id, by: indicator.key, period: period)
                        touched += snapshot.timeSeries(indicator.key, of: region.id).count
                    }
                    for child in snapshot.children(of: region.id) {
                        touched += snapshot.geometry(of: child.id)?.vertexCount ?? 0
                    }
                    return touched + snapshot.pointsOfInterest(category: "kita", in: region.id).count
                }
            }
            return await group.reduce(0, +)
        }
        let queried = Date().timeIntervalSince(queryStart)
        #expect(counts > 0)
        // Generous bounds: this runs in debug builds beside other tests on a shared machine; a quadratic lookup
        // would still fail it. (Release build: `reportgen list`, which loads the snapshot, takes about 0.2 s.)
        #expect(loaded < 10, "loading took \(loaded) s")
        #expect(queried < 5, "querying took \(queried) s")
    }
}
