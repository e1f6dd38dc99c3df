import Testing

@testable import Layout

@Suite("A figure's memo gives a value back only for the same key; arrays count as the same only as copies")
struct FigureMemoTests {
    @Test("copies of an array are the same; an equal array made apart, or a copy changed afterwards, is not")
    func sameArray() {
        let areas = [1.0, 2.0, 3.0]
        let copy = areas
        var changed = areas
        changed[1] = 2.0
        #expect(SameArray(array: areas) == SameArray(array: copy))
        #expect(SameArray(array: areas) != SameArray(array: changed))
        #expect(SameArray(array: areas) != SameArray(array: [1.0, 2.0, 3.0]))
        #expect(SameArray(array: areas) != SameArray(array: Array(areas.prefix(2))))
    }

    @Test("a value is made once per key, and again for another key")
    func madeOncePerKey() {
        let memo = FigureMemo<Int, String>()
        var made = 0
        let make = { (text: String) -> String in
            made += 1
            return text
        }
        #expect(memo.value(for: 1) { make("eins") } == "eins")
        #expect(memo.value(for: 1) { make("anders") } == "eins")
        #expect(memo.value(for: 2) { make("zwei") } == "zwei")
        #expect(made == 2)
    }
}
