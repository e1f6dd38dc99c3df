import Foundation
import IndicatorData

/// What the PDF/UA-1 and PDF/A-2a pass costs: the reports of `--template` rendered without the pass (Cairo's own
/// file, its content compressed by Cairo, as before the pass existed), with the pass but without the standards
/// (`--no-pdf-standards`) and with both, each by a `bench --part reports` process of its own, the three taken in
/// turn `rounds` times so that a loaded machine weighs on all alike; compared by the medians of their render CPU.
struct PassBench {
    var child: BenchChild
    var rounds = 3

    enum Mode: CaseIterable {
        case withoutPass, plain, standards

        var flags: [String] {
            switch self {
            case .withoutPass: ["--without-pdf-pass"]
            case .plain: ["--no-pdf-standards"]
            case .standards: []
            }
        }

        var label: String {
            switch self {
            case .withoutPass: "without the pass (Cairo compresses, as before it)"
            case .plain: "with the pass, --no-pdf-standards"
            case .standards: "with the pass, PDF/UA-1 and PDF/A-2a"
            }
        }
    }

    struct Sample {
        var cpuSeconds: Double
        var megabytes: Double
    }

    func run() throws {
        var samples: [Mode: [Sample]] = [:]
        for _ in 0..<rounds {
            for mode in Mode.allCases {
                let output = try child.run(.reports, extra: mode.flags, echo: false)
                guard let cpu = BenchChild.figure("render CPU", in: output),
                    let megabytes = BenchChild.figure("PDF size", in: output)
                else {
                    throw DataError.conflict(
                        at: "reportgen bench --part pass", problem: "the reports part printed no render CPU",
                        fix: "run `reportgen bench --part reports \(mode.flags.joined(separator: " "))` alone")
                }
                samples[mode, default: []].append(Sample(cpuSeconds: cpu, megabytes: megabytes))
            }
        }
        for line in lines(samples) { print(line) }
    }

    func lines(_ samples: [Mode: [Sample]]) -> [String] {
        let base = Self.median(samples[.withoutPass, default: []].map(\.cpuSeconds))
        let header =
            "render CPU of the reports, median of \(rounds) runs taken in turn (each run's figure in brackets):"
        return [header]
            + Mode.allCases.map { mode in
                let runs = samples[mode, default: []]
                let cpu = Self.median(runs.map(\.cpuSeconds))
                let each = runs.map { String(format: "%.2f", $0.cpuSeconds) }.joined(separator: " / ")
                let share =
                    mode == .withoutPass ? "" : String(format: ", %+.1f %% against without", (cpu / base - 1) * 100)
                let label = mode.label.padding(toLength: 52, withPad: " ", startingAt: 0)
                return "  \(label) "
                    + String(
                        format: "%.2f s (%@)%@, PDF size %.1f MB", cpu, each, share, Self.median(runs.map(\.megabytes)))
            }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
