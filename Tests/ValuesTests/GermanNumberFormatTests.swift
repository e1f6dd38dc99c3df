import Testing
import Values

@Suite("German number format")
struct GermanNumberFormatTests {
    @Test("thousands get dots, decimals a comma")
    func grouping() {
        #expect(GermanNumberFormat.number(1_234_567) == "1.234.567")
        #expect(GermanNumberFormat.number(1234.5, decimals: 1) == "1.234,5")
        #expect(GermanNumberFormat.number(999) == "999")
        #expect(GermanNumberFormat.number(0.05, decimals: 1) == "0,1")
        #expect(GermanNumberFormat.number(12, decimals: 2) == "12,00")
    }

    @Test("negative numbers carry a minus sign, a rounded zero does not")
    func negatives() {
        #expect(GermanNumberFormat.number(-1500) == "−1.500")
        #expect(GermanNumberFormat.number(-0.04, decimals: 1) == "0,0")
    }

    @Test("percent and dates")
    func percentAndDate() {
        #expect(GermanNumberFormat.percent(12.345) == "12,3\u{00A0}%")
        #expect(GermanNumberFormat.percent(.nan) == "k. A.")
        #expect(GermanNumberFormat.date(year: 2020, month: 12, day: 31) == "31.12.2020")
    }
}
