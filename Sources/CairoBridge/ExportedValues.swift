/// The bridge's API speaks in the shared value types (colours, sizes, rectangles), so every module that
/// uses the bridge sees them through it.
@_exported import Values
