import CGDAL

/// GDAL's process-wide set-up: drivers registered once, errors collected instead of printed.
package enum GDALEnvironment {
    /// Swift runs a static initialiser exactly once, thread-safely.
    private static let registration: Void = {
        GDALAllRegister()
        CPLSetErrorHandler(CPLQuietErrorHandler)
    }()

    package static func ensureRegistered() {
        _ = registration
    }

    /// The message of the last GDAL error on this thread, or `fallback` when GDAL gave none.
    package static func lastError(or fallback: String) -> String {
        guard let message = CPLGetLastErrorMsg(), message.pointee != 0 else { return fallback }
        return String(cString: message)
    }

    package static func resetError() {
        CPLErrorReset()
    }

    /// Runs `body` with GDAL configuration options set for this thread only, e.g. `OGR_XLSX_HEADERS`.
    package static func withThreadOptions<T>(_ options: [(String, String)], _ body: () throws -> T) rethrows -> T {
        for (name, value) in options { CPLSetThreadLocalConfigOption(name, value) }
        defer { for (name, _) in options { CPLSetThreadLocalConfigOption(name, nil) } }
        return try body()
    }
}
