import Dispatch
import Synchronization

/// Work on a document's pages spread over threads: this thread and `threads - 1` helpers take the next page not yet
/// taken until none is left, and the results come back in page order, so that what is made of them does not depend
/// on how many threads made them. Each page's work must depend on nothing but its page (the PDF/UA pass's reading,
/// marking and compressing of a page's content).
enum PageWork {
    /// `body(index)` for every index in `0..<count`, in index order; this thread first runs `meanwhile` (other work
    /// that need not wait for the pages), then joins the helpers. The CPU time of the helpers counts as the pass's
    /// (`PDFConformanceClock`), this thread's is measured by its caller.
    static func map<Value: Sendable>(
        _ count: Int, threads: Int, meanwhile: () -> Void = {},
        _ body: @escaping @Sendable (Int) throws(CairoError) -> Value
    ) -> [Result<Value, CairoError>] {
        let shared = Shared<Value>(count)
        let work: @Sendable () -> Void = {
            while case let index = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue, index < count {
                let result = Result { () throws(CairoError) in try body(index) }
                shared.results.withLock { $0[index] = result }
            }
        }
        let helpers = DispatchGroup()
        for _ in 1..<max(1, min(threads, count)) {
            DispatchQueue.global(qos: .userInitiated).async(group: helpers) { PDFConformanceClock.measure(work) }
        }
        meanwhile()
        work()
        helpers.wait()
        return shared.results.withLock { $0 }
    }

    /// The next index to take and the results so far, shared by the threads of one `map`.
    private final class Shared<Value: Sendable>: Sendable {
        let next = Atomic<Int>(0)
        let results: Mutex<[Result<Value, CairoError>]>

        /// Every slot is taken by exactly one thread before `map` returns; until then it holds a failure that says so.
        init(_ count: Int) {
            let untaken = CairoError(
                operation: "completing a page of a PDF", reason: "no thread took the page",
                remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
            results = Mutex(Array(repeating: .failure(untaken), count: count))
        }
    }
}
