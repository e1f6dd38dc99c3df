import Layout
import Testing

@testable import ReportGen

@Suite("classification at the published precision")
struct PublishedPrecisionTests {
    @Test("values are classified as printed: 1,54 prints as 1,5 and belongs to the class up to 1,5")
    func valuesRounded() throws {
        let raw = try Classification(values: [1, 1.54, 3], scheme: .userDefined([1.5]))
        #expect(raw.classIndex(of: 1.54) == 1)
        let published = try Classification(values: [1, 1.54, 3], scheme: .userDefined([1.5]), decimals: 1)
        #expect(published.classIndex(of: 1.54) == 0)
        #expect(published.counts == [2, 1])
        #expect(published.decimals == 1)
    }

    @Test("breaks are rounded to the same decimals, and breaks that meet are merged")
    func breaksRounded() throws {
        let classification = try Classification(
            values: [1, 3], scheme: .userDefined([1.44, 1.46, 1.464, 2.96]), decimals: 1)
        #expect(classification.breaks == [1.4, 1.5, 3])
    }

    @Test("quantiles of calemp at one decimal: computed on the printed values")
    func calempOneDecimal() throws {
        // The 80th percentile lies 0.6 of the way from the 46th to the 47th value: 50,7 (50.65 printed) and
        // 57,3 give 54,66, printed 54,7 (raw values give 54.616).
        let classification = try Classification(
            values: CalempFixture.values(), scheme: .quantiles(k: 5), decimals: 1)
        #expect(classification.breaks == [1.5, 5.8, 13.3, 54.7, 4111.5])
        #expect(GermanNumberFormat.number(50.65, decimals: 1) == "50,7")
        #expect(classification.counts.reduce(0, +) == 58)
    }
}
