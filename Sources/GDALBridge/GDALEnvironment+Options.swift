import CGDAL

extension GDALEnvironment {
    /// Runs `body` with GDAL configuration options set for this thread only, e.g. `OGR_XLSX_HEADERS`.
    package static func withThreadOptions<T>(_ options: [(String, String)], _ body: () throws -> T) rethrows -> T {
        for (name, value) in options { CPLSetThreadLocalConfigOption(name, value) }
        defer { for (name, _) in options { CPLSetThreadLocalConfigOption(name, nil) } }
        return try body()
    }
}
