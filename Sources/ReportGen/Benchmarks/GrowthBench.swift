import Foundation
import IndicatorData

/// How cost grows: the benchmark document on a synthetic city of 143 Bezirksregionen and on one of ten times as
/// many areas and reports (or the `scales` asked for), each rendered by a `bench --part benchmark` process of its own.
struct GrowthBench {
    var child: BenchChild
    var scales: [Int]

    struct Point {
        var scale: Int
        var pages: Double
        var seconds: Double
        /// The render's CPU time: on a shared machine steadier than the wall-clock time.
        var cpuSeconds: Double
        var megabytes: Double
    }

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-growth-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var points: [Point] = []
        for scale in scales {
            let city = SyntheticCity(scale: scale)
            let started = Date()
            let store = try city.build(in: folder.appendingPathComponent("x\(scale)"))
            print(
                String(
                    format:
                        "synthetic city × %d: %d Bezirksregionen, %d Planungsräume (imported in %.1f s, not counted)",
                    scale, 143 * scale, 4 * 143 * scale, Date().timeIntervalSince(started)))
            let output = try child.run(.benchmark, extra: ["--store", store.path])
            guard let pages = BenchChild.figure("pages", in: output),
                let seconds = BenchChild.figure("total", in: output),
                let cpuSeconds = BenchChild.figure("render CPU", in: output),
                let megabytes = BenchChild.figure("peak memory", in: output)
            else {
                throw DataError.conflict(
                    at: "reportgen bench --part growth", problem: "the benchmark part printed no figures",
                    fix: "run `reportgen bench --part benchmark --store \(store.path)` alone")
            }
            points.append(
                Point(scale: scale, pages: pages, seconds: seconds, cpuSeconds: cpuSeconds, megabytes: megabytes))
        }
        guard let base = points.first else { return }
        for point in points.dropFirst() {
            let size = Double(point.scale) / Double(base.scale)
            // The targets are for ten times the areas.
            let (timeTarget, memoryTarget) = size == 10 ? (", target ≤ 12×", ", target ≤ 5×") : ("", "")
            let time = String(
                format: "time %.2f s → %.2f s (%.1f×", base.seconds, point.seconds,
                point.seconds / max(base.seconds, 1e-9))
            let cpu = String(
                format: "render CPU %.2f s → %.2f s (%.1f×)", base.cpuSeconds, point.cpuSeconds,
                point.cpuSeconds / max(base.cpuSeconds, 1e-9))
            let memory = String(
                format: "peak memory %.0f → %.0f MB (%.1f×", base.megabytes, point.megabytes,
                point.megabytes / max(base.megabytes, 1e-9))
            print(
                String(format: "growth × %g: %.0f → %.0f pages, ", size, base.pages, point.pages)
                    + "\(time)\(timeTarget)), \(cpu), \(memory)\(memoryTarget))")
        }
    }
}
