import Foundation
import IndicatorData
import Yams

/// `params:` of a report: values a run is given with `render --set name=value` (a Drucksache number, a
/// committee, a meeting date, a funding programme), written in text as `{{ param.name }}`.
public struct ParameterDeclaration: Sendable {
    public var name: String
    public var type: ParameterType
    /// The value when the run sets none.
    public var defaultValue: String?
    /// Whether a run must set the value (a declared default makes this moot).
    public var required: Bool
    /// The value `reportgen demo` gives a required parameter, so the catalogue renders without `--set`.
    public var sample: String?
    public var location: SourceLocation
}

/// What a parameter's value is: any text, a number, or a date written `2026-03-12` and printed `12.03.2026`.
public enum ParameterType: String, TemplateWord {
    case text, number, date
    static let kind = "parameter type"

    /// The value as printed, or nil when it is not of this type.
    func printed(_ value: String) -> String? {
        switch self {
        case .text: value
        case .number: Double(value.replacingOccurrences(of: ",", with: ".")) == nil ? nil : value
        case .date: Period(value).flatMap { $0.iso.count == 10 ? $0.german : nil }
        }
    }

    var example: String {
        switch self {
        case .text: "a text"
        case .number: "a number such as 3 or 2,5"
        case .date: "a date written 2026-03-12"
        }
    }
}

/// The values of a run's parameters, printed, by name.
public struct ParameterValues: Sendable {
    public private(set) var printed: [String: String] = [:]

    public init() {}

    /// Checks `name=value` settings against the declarations: every set name is declared, every value has its
    /// type, every required parameter has a value. `demo` (and a plan just parsed, before a run sets anything)
    /// uses the declared samples for required parameters instead.
    public init(
        _ settings: [String], declared: [ParameterDeclaration], at location: SourceLocation, useSamples: Bool
    ) throws(TemplateError) {
        var given: [String: String] = [:]
        for setting in settings {
            guard let equals = setting.firstIndex(of: "="), equals != setting.startIndex else {
                throw .syntax(
                    location, "--set \(setting) is not written name=value",
                    fix: "Write --set drucksache=DS/1234/XXI.")
            }
            let name = String(setting[..<equals])
            guard declared.contains(where: { $0.name == name }) else {
                throw .unknownName(
                    location, kind: "parameter of the template (--set)", name: name,
                    known: declared.map(\.name))
            }
            given[name] = String(setting[setting.index(after: equals)...])
        }
        for parameter in declared {
            let sample = useSamples ? parameter.sample : nil
            guard let value = given[parameter.name] ?? parameter.defaultValue ?? sample else {
                guard !parameter.required || useSamples else {
                    throw .syntax(
                        parameter.location, "the parameter \"\(parameter.name)\" is required but not set",
                        fix: "Render with --set \(parameter.name)=… (\(parameter.type.example)).")
                }
                continue
            }
            guard let shown = parameter.type.printed(value) else {
                throw .wrongType(
                    parameter.location, field: "parameter \(parameter.name) = \"\(value)\"",
                    expected: parameter.type.example)
            }
            printed[parameter.name] = shown
        }
    }
}

/// Reads `params:`: `drucksache: { type: text, required: true, sample: "DS/0815/XXI" }`.
struct ParameterParser {
    let reader: YAMLReader

    func parse(_ node: Node?) throws(TemplateError) -> [ParameterDeclaration] {
        guard let node else { return [] }
        var declarations: [ParameterDeclaration] = []
        for entry in try reader.mapping(node, what: "params").entries {
            let fields = try reader.mapping(entry.value, what: "parameter \(entry.key)")
            try fields.allowOnly(["type", "default", "required", "sample"])
            let type = try fields.word("type", ParameterType.self)?.value ?? .text
            let declaration = ParameterDeclaration(
                name: entry.key, type: type, defaultValue: try fields.string("default"),
                required: try fields.bool("required") ?? false, sample: try fields.string("sample"),
                location: reader.location(of: entry.keyNode))
            for value in [declaration.defaultValue, declaration.sample].compactMap({ $0 })
            where type.printed(value) == nil {
                throw .wrongType(
                    fields.location, field: "parameter \(entry.key) = \"\(value)\"", expected: type.example)
            }
            declarations.append(declaration)
        }
        return declarations
    }
}
