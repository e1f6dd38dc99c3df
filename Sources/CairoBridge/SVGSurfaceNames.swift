import Foundation

/// Cairo names each surface and each embedded image of an SVG file after a process-wide counter
/// (`<g id="surface3805">`, `<image id="image7441">`), so the same drawing gets other ids depending on how many
/// surfaces the process (or another worker thread) made before: the file would differ from run to run, and a
/// report's HTML with what else the run rendered first. The ids are renumbered in the order they first appear.
enum SVGSurfaceNames {
    /// `svg` with its surfaces named surface1, surface2, … and its images image1, image2, … in order of first
    /// appearance; references follow.
    static func numberedInOrder(_ svg: String) -> String {
        var names: [String: Int] = [:]
        var counts: [Substring: Int] = [:]
        return svg.replacing(/(?<lead>["#])(?<kind>surface|image)(?<number>[0-9]+)/) { match in
            let kind = match.output.kind
            let key = "\(kind)\(match.output.number)"
            let name =
                names[key]
                ?? {
                    counts[kind, default: 0] += 1
                    return counts[kind, default: 0]
                }()
            names[key] = name
            return "\(match.output.lead)\(kind)\(name)"
        }
    }
}
