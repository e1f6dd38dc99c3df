import Foundation

/// Cairo names each surface of an SVG file after a process-wide counter (`<g id="surface3805">`), so the same
/// drawing gets other ids depending on how many surfaces the process (or another worker thread) made before: the
/// file would differ from run to run. The ids are renumbered in the order they first appear in the file.
enum SVGSurfaceNames {
    /// `svg` with its surfaces named surface1, surface2, … in order of first appearance; references follow.
    static func numberedInOrder(_ svg: String) -> String {
        var names: [Substring: Int] = [:]
        return svg.replacing(/(?<lead>["#])surface(?<number>[0-9]+)/) { match in
            let number = match.output.number
            let name = names[number] ?? names.count + 1
            names[number] = name
            return "\(match.output.lead)surface\(name)"
        }
    }
}
