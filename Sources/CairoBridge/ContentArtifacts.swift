/// Marks what a page draws outside every structure element as an Artifact, as PDF/UA wants (ISO 14289-1 7.1):
/// Cairo 1.16 writes marked content only for the leaf elements of the structure tree and cannot write Artifacts.
///
/// The contract with Layout: all real content is drawn inside a leaf structure element (a paragraph, a heading, a
/// cell, a figure with its graphic and labels); whatever is left outside is page furniture. A run of it that shows
/// text becomes a pagination artifact (running header, footer, page number, a table's repeated header), any other
/// run a layout artifact (rules, fills, frames, a logo). Each run is wrapped in `/Artifact <<…>> BDC … EMC`,
/// opened only where a graphics object may start and closed before the next structure element or the end of its
/// text object, so marked content never overlaps. Fed one operation at a time by `PageContent`.
struct ContentArtifacts {
    private static let pagination = "/Artifact << /Type /Pagination >> BDC\n"
    private static let layout = "/Artifact << /Type /Layout >> BDC\n"
    private static let close = "\nEMC\n"

    /// What to insert where, in offset order (complete after `finish`).
    private(set) var insertions: [ContentEdit] = []
    private var stack: [ContentOperations.MarkedKind] = []
    private var inText = false
    /// Where an artifact could open: the stream's start, or just after the last marked-content boundary.
    private var candidate = 0
    private var candidateInText = false
    /// The open artifact: the index of its opening insertion, its nesting depth, whether it opened in text.
    private var open: (insertion: Int, depth: Int, inText: Bool, showsText: Bool)?
    /// How many enclosing marked-content sequences are structure elements or artifacts.
    private var tagged = 0

    /// Takes the next operation of the content (`PageContent` reads each page's operations once).
    mutating func observe(_ operation: ContentOperations.Operation) {
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
            return
        case let kind where kind.paints:
            guard tagged == 0 else { return }
            if open == nil {
                insertions.append(ContentEdit(range: candidate..<candidate, text: Self.layout))
                open = (insertions.count - 1, stack.count, candidateInText, false)
            }
            if kind == .showText { open?.showsText = true }
            return
        default:
            return
        }
        if open == nil {
            candidate = operation.end
            candidateInText = inText
        }
    }

    /// Closes the artifact still open at the end of the content (`count` bytes).
    mutating func finish(at count: Int) { closeArtifact(at: count) }

    private mutating func closeArtifact(at offset: Int) {
        guard let current = open else { return }
        insertions[current.insertion].text = current.showsText ? Self.pagination : Self.layout
        insertions.append(ContentEdit(range: offset..<offset, text: Self.close))
        open = nil
    }
}
