import CairoBridge
import Foundation
import Testing

@Suite("Text laid out on two threads at once breaks as on one thread")
struct ParallelTextLayoutTests {
    /// A Statusbericht's first paragraph (soft hyphens where the Hyphenator puts them) and its column: with Pango's
    /// rounded glyph positions, one of two engines laying it out at the same time broke its first line at
    /// "Kinder-", 0,5 pt wider than the column, where an engine alone broke at "Kin-" (issue 15).
    static let markup =
        "Be\u{AD}zirks\u{AD}re\u{AD}gion im Be\u{AD}zirk Pan\u{AD}kow, 16.692 Ein\u{AD}woh\u{AD}ne\u{AD}rin\u{AD}nen "
        + "und Ein\u{AD}woh\u{AD}ner (31.12.2020). <b>Kin\u{AD}der\u{AD}ar\u{AD}mut 25,6 %:</b> etwa auf dem "
        + "Ni\u{AD}veau des städ\u{AD}ti\u{AD}schen Durch\u{AD}schnitts (26,4 %) und über dem Durch\u{AD}schnitt von "
        + "Pan\u{AD}kow (12,1 %). <b>Ar\u{AD}beits\u{AD}lo\u{AD}sig\u{AD}keit 7,6 %:</b> über dem städ\u{AD}ti\u{AD}schen "
        + "Durch\u{AD}schnitt (5,3 %)."
    static let width = 453.54371653543296
    static let style = TextStyle(font: Font(family: "Noto Sans", size: 10))

    static func lines(_ engine: TextEngine) -> [Range<Int>] {
        engine.layout(markup: markup, style: style, width: width).lines.map(\.byteRange)
    }

    @Test("two new engines on two threads, eight times over, break the paragraph like one engine alone")
    func sameBreaks() {
        let alone = Self.lines(TextEngine())
        let results = CollectedLines()
        for _ in 0..<8 {
            let group = DispatchGroup()
            for _ in 0..<2 {
                group.enter()
                Thread {
                    let engine = TextEngine()
                    for _ in 0..<5 { results.append(Self.lines(engine)) }
                    group.leave()
                }.start()
            }
            group.wait()
        }
        let all = results.all
        #expect(all.count == 80)
        #expect(
            all.filter { $0 != alone }.isEmpty, "\(all.filter { $0 != alone }.count) of 80 layouts broke differently")
    }
}

/// The line ranges laid out on several threads.
private final class CollectedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [[Range<Int>]] = []

    func append(_ ranges: [Range<Int>]) {
        lock.lock()
        defer { lock.unlock() }
        lines.append(ranges)
    }

    var all: [[Range<Int>]] {
        lock.lock()
        defer { lock.unlock() }
        return lines
    }
}
