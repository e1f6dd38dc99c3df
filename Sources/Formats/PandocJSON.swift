import Foundation
import Layout

/// A JSON value, written with its object keys in order: enough for Pandoc's document format.
indirect enum JSON: Sendable {
    case string(String)
    case int(Int)
    case null
    case array([JSON])
    case object([(String, JSON)])

    var text: String {
        switch self {
        case .string(let value): Self.quoted(value)
        case .int(let value): String(value)
        case .null: "null"
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let pairs): "{" + pairs.map { Self.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result +=
                        "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}

/// Elements of Pandoc's document tree as JSON: the constructs of pandoc-types 1.22 (Pandoc 2.17, Debian 12),
/// which later versions read as well once the document names their API version.
enum Pandoc {
    /// The API version of the installed Pandoc, asked once per run (Pandoc refuses a document that names
    /// another major version); 1.22 when it cannot be asked, so that the writer's own error says why.
    static let apiVersion: JSON = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc", "-f", "markdown", "-t", "json"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let fallback = JSON.array([.int(1), .int(22), .int(2), .int(1)])
        guard (try? process.run()) != nil else { return fallback }
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        guard let version = object?["pandoc-api-version"] as? [Int], !version.isEmpty else { return fallback }
        return .array(version.map(JSON.int))
    }()

    static func node(_ type: String, _ content: JSON) -> JSON { .object([("t", .string(type)), ("c", content)]) }
    static func node(_ type: String) -> JSON { .object([("t", .string(type))]) }

    static func attributes(id: String = "", _ pairs: [(String, String)] = []) -> JSON {
        .array([.string(id), .array([]), .array(pairs.map { .array([.string($0.0), .string($0.1)]) })])
    }

    static func text(_ text: String) -> JSON { node("Str", .string(text)) }

    static func inlines(_ runs: [Layout.Inline]) -> [JSON] {
        runs.map { run in
            switch run {
            case .text(let value): text(value)
            case .bold(let value): node("Strong", .array([text(value)]))
            case .italic(let value): node("Emph", .array([text(value)]))
            case .link(let value, let target):
                node(
                    "Link",
                    .array([attributes(), .array([text(value)]), .array([.string(address(target)), .string("")])]))
            }
        }
    }

    private static func address(_ target: LinkTarget) -> String {
        switch target {
        case .destination(let name): "#" + name
        case .uri(let uri): uri
        }
    }

    static func paragraph(_ inlines: [JSON]) -> JSON { node("Para", .array(inlines)) }
    static func plain(_ inlines: [JSON]) -> JSON { node("Plain", .array(inlines)) }

    static func header(level: Int, id: String, _ inlines: [JSON]) -> JSON {
        node("Header", .array([.int(level), attributes(id: id), .array(inlines)]))
    }

    /// Blocks in a paragraph style of the reference document (DOCX `custom-style`).
    static func styled(_ style: String, _ blocks: [JSON]) -> JSON {
        node("Div", .array([attributes([("custom-style", style)]), .array(blocks)]))
    }

    static func list(ordered: Bool, _ items: [[JSON]]) -> JSON {
        let items = JSON.array(items.map { .array($0) })
        guard ordered else { return node("BulletList", items) }
        return node("OrderedList", .array([.array([.int(1), node("Decimal"), node("Period")]), items]))
    }

    static func image(path: String, widthCentimetres: Double, alt: String) -> JSON {
        let width = String(format: "%.2fcm", widthCentimetres)
        return node(
            "Image",
            .array([attributes([("width", width)]), .array([text(alt)]), .array([.string(path), .string("")])]))
    }

    static func raw(_ format: String, _ text: String) -> JSON {
        node("RawBlock", .array([.string(format), .string(text)]))
    }
}
