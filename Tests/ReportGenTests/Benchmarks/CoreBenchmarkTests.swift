import Foundation
import Testing

@testable import ReportGen

@Suite("core benchmark")
struct CoreBenchmarkTests {
    /// Opt-in, from a release build: `REPORTGEN_BENCHMARK=1 swift test -c release --filter CoreBenchmark`.
    @Test(
        "CoreBenchmark: times classification and simplification",
        .enabled(if: ProcessInfo.processInfo.environment["REPORTGEN_BENCHMARK"] != nil))
    func benchmark() throws {
        let timings = try CoreBenchmark.run()
        #expect(timings.count == 5)
        for timing in timings { print(timing) }
    }
}
