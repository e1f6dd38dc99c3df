import Foundation

/// Paths named in a manifest: absolute, or relative to the manifest's folder, possibly with `*`.
enum FileGlob {
    static func url(_ path: String, relativeTo base: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
    }

    /// The files a pattern such as `bz-data/*/indikatoren.csv` matches, sorted.
    static func expand(_ pattern: String, relativeTo base: URL) -> [URL] {
        let absolute = url(pattern, relativeTo: base).path
        guard absolute.contains("*") || absolute.contains("?") else { return [URL(fileURLWithPath: absolute)] }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(absolute, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { URL(fileURLWithPath: String(cString: $0)) }
        }.sorted { $0.path < $1.path }
    }
}
