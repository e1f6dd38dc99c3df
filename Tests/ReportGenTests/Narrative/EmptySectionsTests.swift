import Layout
import Testing

@testable import ReportGen

@Suite("Empty sections")
struct EmptySectionsTests {
    @Test("a heading followed by a heading of the same or a higher level, or by the end, is an empty section")
    func empty() {
        let blocks: [Block] = [
            .heading(Heading(level: 1, "A")), .heading(Heading(level: 2, "A.1")), .paragraph(Paragraph("Text")),
            .heading(Heading(level: 2, "A.2")), .pageBreak, .heading(Heading(level: 1, "B")),
            .heading(Heading(level: 2, "B.1")), .table(Table(columns: [], header: [], rows: [])),
            .heading(Heading(level: 1, "C")),
        ]
        #expect(EmptySections.headings(in: blocks) == ["A.2", "C"])
    }
}
