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
}
