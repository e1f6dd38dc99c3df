import Foundation

/// Expands a manifest path with `*` (e.g. `bz-data/*/indikatoren.csv`) into the matching files, sorted.
enum FileGlob {
    static func expand(_ pattern: String, relativeTo base: URL) -> [URL] {
        let absolute = pattern.hasPrefix("/") ? pattern : base.appendingPathComponent(pattern).path
        guard absolute.contains("*") || absolute.contains("?") else { return [URL(fileURLWithPath: absolute)] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(absolute, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { URL(fileURLWithPath: String(cString: $0)) }
        }.sorted { $0.path < $1.path }
    }
}
