/// Marks what a page draws outside every structure element as an Artifact, as PDF/UA wants (ISO 14289-1 7.1):
/// Cairo 1.16 writes marked content only for the leaf elements of the structure tree and cannot write Artifacts.
///
/// The contract with Layout: all real content is drawn inside a leaf structure element (a paragraph, a heading, a
/// cell, a figure with its graphic and labels); whatever is left outside is page furniture. A run of it that shows
/// text becomes a pagination artifact (running header, footer, page number, a table's repeated header), any other
/// run a layout artifact (rules, fills, frames, a logo). Each run is wrapped in `/Artifact <<…>> BDC … EMC`,
/// opened only where a graphics object may start and closed before the next structure element or the end of its
/// text object, so marked content never overlaps.
enum ContentArtifacts {
    /// The content with its untagged runs wrapped; nil when there were none (the stream stays as it is).
    static func wrap(_ content: [UInt8]) -> [UInt8]? {
        let insertions = content.withUnsafeBufferPointer { planInsertions(in: $0) }
        guard !insertions.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(content.count + insertions.count * 40)
        var copied = 0
        for insertion in insertions {
            result.append(contentsOf: content[copied..<insertion.offset])
            result.append(contentsOf: insertion.text.utf8)
            copied = insertion.offset
        }
        result.append(contentsOf: content[copied...])
        return result
    }

    private struct Insertion {
        var offset: Int
        var text: String
    }

    private static let pagination = "/Artifact << /Type /Pagination >> BDC\n"
    private static let layout = "/Artifact << /Type /Layout >> BDC\n"
    private static let close = "\nEMC\n"

    /// One pass over the operations; insertions come out in offset order.
    private static func planInsertions(in bytes: UnsafeBufferPointer<UInt8>) -> [Insertion] {
        var insertions: [Insertion] = []
        var stack: [ContentOperations.MarkedKind] = []
        var inText = false
        // Where an artifact could open: the stream's start, or just after the last marked-content boundary.
        var candidate = 0
        var candidateInText = false
        // The open artifact: the index of its opening insertion, its nesting depth, whether it opened in text.
        var open: (insertion: Int, depth: Int, inText: Bool, showsText: Bool)?
        var tagged = 0  // how many enclosing marked-content sequences are structure elements or artifacts

        func closeArtifact(at offset: Int) {
            guard let current = open else { return }
            insertions[current.insertion].text = current.showsText ? pagination : layout
            insertions.append(Insertion(offset: offset, text: close))
            open = nil
        }

        for operation in ContentOperations(bytes) {
            switch operation.kind {
            case .beginMarked(let kind):
                if kind != .other { closeArtifact(at: operation.start) }
                stack.append(kind)
                if kind != .other { tagged += 1 }
            case .endMarked:
                if let current = open, stack.count <= current.depth { closeArtifact(at: operation.start) }
                if let kind = stack.popLast(), kind != .other { tagged -= 1 }
            case .beginText:
                inText = true
            case .endText:
                if let current = open, current.inText { closeArtifact(at: operation.start) }
                inText = false
                if open == nil, candidateInText {
                    candidate = operation.end
                    candidateInText = false
                }
                continue
            case .showText, .paint:
                guard tagged == 0 else { continue }
                if open == nil {
                    insertions.append(Insertion(offset: candidate, text: layout))
                    open = (insertions.count - 1, stack.count, candidateInText, false)
                }
                if operation.kind == .showText { open?.showsText = true }
                continue
            case .other:
                continue
            }
            if open == nil {
                candidate = operation.end
                candidateInText = inText
            }
        }
        closeArtifact(at: bytes.count)
        return insertions
    }
}
