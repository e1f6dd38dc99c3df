import ArgumentParser
import Formats
import IndicatorData

extension OutputFormat {
    /// `pdf,html,xlsx` as formats, in the given order without repeats; an unknown name is an error that
    /// names the nearest known one.
    static func list(_ text: String) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name) else {
                let known = allCases.map(\.rawValue)
                printError(
                    "error: --format: unknown format \"\(name)\"." + Suggestions.phrase(for: name, in: known)
                        + " Known formats: \(known.joined(separator: ", ")).")
                throw ExitCode.validationFailure
            }
            if !formats.contains(format) { formats.append(format) }
        }
        guard !formats.isEmpty else {
            printError("error: --format names no format; write e.g. --format pdf,html,xlsx.")
            throw ExitCode.validationFailure
        }
        return formats
    }
}
