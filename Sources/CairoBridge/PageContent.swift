/// A change to content bytes: `range` replaced by `text` (an insertion when `range` is empty).
struct ContentEdit {
    var range: Range<Int>
    var text: String
}

/// A page's content completed in one reading of its operations: the markers of repeated drawings replaced by their
/// Form XObjects (`RepeatedMarkers`) and the untagged runs wrapped as Artifacts (`ContentArtifacts`).
enum PageContent {
    /// The content with its changes and the drawings it now refers to; nil when nothing changes. `sizes` are the
    /// document's repeated drawings (none: no markers to look for).
    static func complete(
        _ content: [UInt8], sizes: [Size], markingArtifacts: Bool
    ) -> (content: [UInt8], used: Set<Int>)? {
        guard markingArtifacts || !sizes.isEmpty else { return nil }
        var markers = RepeatedMarkers(sizes: sizes)
        var artifacts = ContentArtifacts()
        content.withUnsafeBufferPointer { bytes in
            for operation in ContentOperations(bytes) {
                if !sizes.isEmpty { markers.observe(operation, in: bytes) }
                if markingArtifacts { artifacts.observe(operation) }
            }
            artifacts.finish(at: bytes.count)
        }
        let edits = merged(markers.replacements, artifacts.insertions)
        guard !edits.isEmpty else { return nil }
        return (applying(edits, to: content), markers.used)
    }

    /// Both lists in offset order; an insertion comes before a replacement starting where it is. Artifacts open and
    /// close only at marked-content and text boundaries, so none falls inside a marker's `re … f`.
    private static func merged(_ replacements: [ContentEdit], _ insertions: [ContentEdit]) -> [ContentEdit] {
        var result: [ContentEdit] = []
        result.reserveCapacity(replacements.count + insertions.count)
        var next = insertions[...]
        for replacement in replacements {
            while let insertion = next.first, insertion.range.lowerBound <= replacement.range.lowerBound {
                result.append(insertion)
                next = next.dropFirst()
            }
            result.append(replacement)
        }
        return result + next
    }

    private static func applying(_ edits: [ContentEdit], to content: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(content.count + edits.count * 40)
        var copied = 0
        for edit in edits where edit.range.lowerBound >= copied {
            result += content[copied..<edit.range.lowerBound]
            result += edit.text.utf8
            copied = edit.range.upperBound
        }
        result += content[copied...]
        return result
    }
}
