import IndicatorData

/// Something the preflight (`reportgen check`) reports about one report: a value that could not be shown,
/// an empty section, text that overflowed.
public struct Finding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    /// The area (or point of interest) the report is about.
    public var subject: String
    public var location: SourceLocation?
    public var message: String

    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): [\(subject)] \(message)"
    }
}
