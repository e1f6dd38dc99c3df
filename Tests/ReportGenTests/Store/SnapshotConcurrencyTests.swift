import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Snapshot shared between tasks")
struct SnapshotConcurrencyTests {
    /// Everything a report asks about one Bezirksregion, summed into a number that changes with any answer.
    static func fingerprint(_ snapshot: StoreSnapshot, _ region: Area, _ period: Period) -> Double {
        var total = 0.0
        for indicator in snapshot.indicators {
            total += snapshot.value(indicator.key, of: region.id, period: period).value ?? 0
            total += Double(snapshot.rank(of: region.id, by: indicator.key, period: period)?.position ?? 0)
            total += Double(snapshot.timeSeries(indicator.key, of: region.id).count)
        }
        for child in snapshot.children(of: region.id) {
            total += Double(snapshot.geometry(of: child.id)?.vertexCount ?? 0)
        }
        return total + Double(snapshot.pointsOfInterest(category: "kita", in: region.id).count)
    }

    @Test("all 143 Bezirksregionen get the same answers in parallel tasks as one after another")
    func parallelReads() async throws {
        let snapshot = try IndicatorStore(at: try BerlinStore.get().url, readOnly: true).snapshot()
        let period = try #require(Period("2020-12-31"))
        let regions = snapshot.areas(level: "bezirksregion")
        #expect(regions.count == 143)
        let sequential = regions.map { Self.fingerprint(snapshot, $0, period) }
        let parallel = await withTaskGroup(of: (Int, Double).self) { group in
            for (index, region) in regions.enumerated() {
                group.addTask { (index, Self.fingerprint(snapshot, region, period)) }
            }
            var results = [Double](repeating: .nan, count: regions.count)
            for await (index, value) in group { results[index] = value }
            return results
        }
        #expect(parallel == sequential)
        #expect(sequential.allSatisfy { $0 > 0 })
    }
}
