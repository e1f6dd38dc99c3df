import Testing

@testable import CairoBridge

@Suite("The sRGB profile of the OutputIntent")
struct SRGBProfileTests {
    @Test("is a whole ICC v2 display profile of RGB, as PDF/A-2 accepts it")
    func header() {
        let bytes = SRGBProfile.bytes
        #expect(bytes.count == 6922)
        // The profile states its own size in its first four bytes.
        #expect(bytes.prefix(4).reduce(0) { $0 << 8 | Int($1) } == bytes.count)
        #expect(bytes.count > 20 && bytes[8] == 2)
        #expect(String(decoding: bytes[12..<20], as: UTF8.self) == "mntrRGB ")
        #expect(String(decoding: bytes[36..<40], as: UTF8.self) == "acsp")
    }
}
