import Foundation
import IndicatorData

/// How cost grows: the benchmark document on a synthetic city of 143 Bezirksregionen and on one of ten times as
/// many areas and reports, each rendered by a `bench --part benchmark` process of its own.
struct GrowthBench {
    var child: BenchChild
    var scales = [1, 10]

    struct Point {
        var scale: Int
        var pages: Double
        var seconds: Double
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
                let megabytes = BenchChild.figure("peak memory", in: output)
            else {
                throw DataError.conflict(
                    at: "reportgen bench --part growth", problem: "the benchmark part printed no figures",
                    fix: "run `reportgen bench --part benchmark --store \(store.path)` alone")
            }
            points.append(Point(scale: scale, pages: pages, seconds: seconds, megabytes: megabytes))
        }
        guard let base = points.first else { return }
        for point in points.dropFirst() {
            print(
                String(
                    format:
                        "growth × %d: %.0f → %.0f pages, time %.2f s → %.2f s (%.1f×, target ≤ 12×), peak memory %.0f → %.0f MB (%.1f×, target ≤ 5×)",
                    point.scale, base.pages, point.pages, base.seconds, point.seconds,
                    point.seconds / max(base.seconds, 1e-9),
                    base.megabytes, point.megabytes, point.megabytes / max(base.megabytes, 1e-9)))
        }
    }
}
