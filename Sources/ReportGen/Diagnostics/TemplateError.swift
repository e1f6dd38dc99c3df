import IndicatorData

/// Every problem found in a template, each with where it is, what is wrong and how to fix it.
/// All user-facing template messages are written here.
public enum TemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    case syntax(SourceLocation, String, fix: String)
    case unknownName(SourceLocation, kind: String, name: String, known: [String])
    case missingField(SourceLocation, field: String, in: String)
    case wrongType(SourceLocation, field: String, expected: String)
    case internalIndicatorInPublicReport(SourceLocation, indicator: String)
    case unreadableFile(SourceLocation, reason: String)
    case yaml(SourceLocation, String)

    public var location: SourceLocation {
        switch self {
        case .syntax(let location, _, _), .unknownName(let location, _, _, _), .missingField(let location, _, _),
            .wrongType(let location, _, _), .internalIndicatorInPublicReport(let location, _),
            .unreadableFile(let location, _), .yaml(let location, _):
            location
        }
    }

    public var description: String {
        "\(location): error: " + message
    }

    public var message: String {
        switch self {
        case .syntax(_, let what, let fix):
            return "\(what). \(fix)"
        case .unknownName(_, let kind, let name, let known):
            let suggestion = Suggestions.phrase(for: name, in: known)
            let listing =
                suggestion.isEmpty && !known.isEmpty && known.count <= 12
                ? " Known \(kind)s: \(known.sorted().joined(separator: ", "))." : ""
            return "unknown \(kind) \"\(name)\".\(suggestion)\(listing)"
        case .missingField(_, let field, let container):
            return "\(container) needs the field \"\(field)\". Add it."
        case .wrongType(_, let field, let expected):
            return "\"\(field)\" must be \(expected)."
        case .internalIndicatorInPublicReport(_, let indicator):
            return "the indicator \"\(indicator)\" is internal and must not appear in a public report. "
                + "Remove it, or set \"audience: internal\" if the report is not published."
        case .unreadableFile(_, let reason):
            return "the file cannot be read: \(reason)" + (reason.hasSuffix(".") ? "" : ".")
        case .yaml(_, let reason):
            return "the YAML is not valid: \(reason)."
        }
    }
}
