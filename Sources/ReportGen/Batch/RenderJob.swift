import Foundation
import Layout

/// What rendering one report produced.
public struct RenderOutcome: Sendable {
    public var subject: String
    public var file: String?
    public var pageCount: Int
    public var findings: [Finding]
    public var layoutWarnings: [String]
    public var error: String?
    /// The files of the formats besides `file` (HTML, DOCX, ODT, XLSX), written from the same document.
    public var otherFormats: [String] = []

    /// The lines `render` and `demo` print for the report: its data warnings, then its layout warnings.
    var warnings: [String] {
        findings.filter { $0.severity == .warning }.map(\.description)
            + layoutWarnings.map { "warning: [\(subject)] \($0)" }
    }
}

/// A queue of report scopes that worker threads take from, and the outcomes they hand back.
///
/// `@unchecked Sendable`: every access to the mutable state goes through `lock`.
final class JobQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var outcomes: [Int: RenderOutcome] = [:]
    let count: Int
    private let progress: ProgressBar?

    init(count: Int, progress: ProgressBar?) {
        self.count = count
        self.progress = progress
    }

    private var stopped: String?

    /// Takes no more jobs: the run cannot write (e.g. the disk is full).
    func stop(because reason: String) {
        lock.withLock {
            if stopped == nil { stopped = reason }
            next = count
        }
    }

    /// Why the run stopped early, if it did.
    var stopReason: String? { lock.withLock { stopped } }

    /// The index of the next job, or nil when all are taken.
    func take() -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func finish(_ index: Int, _ outcome: RenderOutcome) {
        lock.withLock {
            outcomes[index] = outcome
            progress?.show(done: outcomes.count, of: count, current: outcome.subject)
        }
    }

    /// The outcomes in job order.
    var results: [RenderOutcome] {
        lock.withLock { (0..<count).compactMap { outcomes[$0] } }
    }
}

/// A one-line progress bar on standard error, only when it is a terminal.
struct ProgressBar: Sendable {
    static func forTerminal() -> ProgressBar? {
        isatty(STDERR_FILENO) != 0 ? ProgressBar() : nil
    }

    func show(done: Int, of total: Int, current: String) {
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        let line = "\r\(bar) \(done)/\(total) \(current.prefix(40))".padding(
            toLength: width + 60, withPad: " ", startingAt: 0)
        FileHandle.standardError.write(Data(line.utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
