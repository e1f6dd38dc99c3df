/// ReportGen's API speaks in the shared value types (periods, geometry), so its clients (the executable, the tests)
/// see them through it; in this module, this one import makes them visible to every file.
@_exported import Values
