import CCairo

/// Creation of Cairo surfaces with their status checked before the pointer is kept.
enum Surface {
    /// Calls `create`, and returns the surface when Cairo reports success; destroys it and throws otherwise.
    static func make(_ operation: @autoclosure () -> String, _ create: () -> OpaquePointer?) throws(CairoError)
        -> OpaquePointer
    {
        guard let surface = create() else {
            throw CairoError(operation: operation(), reason: "Cairo returned no surface", remedy: "Report this bug.")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw CairoError(status: status, operation: operation())
        }
        return surface
    }
}
