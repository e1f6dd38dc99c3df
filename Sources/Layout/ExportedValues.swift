/// Layout's API speaks in the shared value types (points, bounds, colours, German numbers), so every module that
/// uses Layout sees them through it.
@_exported import Values
