import ArgumentParser
import Foundation
import IndicatorData

/// What `reportgen bench` measures. Each part runs in a process of its own, so that its peak memory is its own.
enum BenchPart: String, CaseIterable, ExpressibleByArgument {
    /// `--template` for every area, one PDF each (the Statusbericht: 143 PDFs).
    case reports
    /// The BZR-Profil benchmark document (`--benchmark`): 143 Bezirksregionen × 2 pages in one PDF.
    case benchmark
    /// Single figures of `--template` (the city map, a bar chart) and the computational core of maps.
    case figures
    /// What the PDF/UA and PDF/A pass costs: `reports` without the pass, without the standards and with them, in
    /// turn (`PassBench`).
    case pass
    /// The benchmark document on a synthetic city of 143 and of 1,430 Bezirksregionen: how time and memory grow.
    case growth
}

/// Runs `reportgen bench --part …` as a child process and returns what it printed.
struct BenchChild {
    /// The arguments every part gets: the options of the `bench` that starts it.
    var common: [String]

    func run(_ part: BenchPart, extra: [String] = [], echo: Bool = true) throws -> String {
        fflush(nil)  // what this process printed (all C streams) comes before the child's lines
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["bench", "--part", part.rawValue] + common + extra
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var output = Data()
        let handle = pipe.fileHandleForReading
        while let chunk = try handle.read(upToCount: 4096), !chunk.isEmpty {
            if echo { FileHandle.standardOutput.write(chunk) }
            output.append(chunk)
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw DataError.conflict(
                at: "reportgen bench --part \(part.rawValue)",
                problem: "the part ended with status \(process.terminationStatus)",
                fix: "run `reportgen bench --part \(part.rawValue)` alone to see its error")
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The number after `label` on the line that starts with it ("total           4.21 s" → 4.21).
    static func figure(_ label: String, in output: String) -> Double? {
        for line in output.split(separator: "\n") where line.hasPrefix(label) {
            let rest = line.dropFirst(label.count).drop { $0 == " " }
            return Double(rest.prefix { $0.isNumber || $0 == "." })
        }
        return nil
    }
}
