import Foundation
import Synchronization

/// The CPU time spent in the PDF/UA and PDF/A pass (`PDFConformance`) by all threads of the process, so that
/// `reportgen bench` can print the pass's cost apart from drawing. CPU time, not wall time: it stays meaningful on
/// a machine that other processes load.
public enum PDFConformanceClock {
    private static let nanoseconds = Atomic<Int>(0)

    /// The CPU seconds the pass has taken in this process so far.
    public static var seconds: Double { Double(nanoseconds.load(ordering: .relaxed)) / 1e9 }

    /// The CPU seconds all threads of this process have used so far.
    public static var processSeconds: Double { Double(cpuNanoseconds(CLOCK_PROCESS_CPUTIME_ID)) / 1e9 }

    /// Runs `body` on this thread and adds the CPU time it took.
    static func measure<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) {
        let start = cpuNanoseconds(CLOCK_THREAD_CPUTIME_ID)
        defer { nanoseconds.add(cpuNanoseconds(CLOCK_THREAD_CPUTIME_ID) - start, ordering: .relaxed) }
        try body()
    }

    private static func cpuNanoseconds(_ clock: clockid_t) -> Int {
        var time = timespec()
        clock_gettime(clock, &time)
        return time.tv_sec * 1_000_000_000 + time.tv_nsec
    }
}
