import Testing

@testable import IndicatorData
@testable import ReportGen

/// A parent gets a value from its children only when they cover it: a city total built from one of its two
/// districts would be printed as the city's total.
@Suite("A total is built only from children that cover their parent")
struct AggregationCoverageTests {
    let hierarchy = AreaHierarchy(
        levels: [
            SpatialLevel(key: "city", name: "City", parent: nil),
            SpatialLevel(key: "district", name: "District", parent: "city"),
        ],
        areas: [
            (AreaID(level: "city", key: "C"), nil),
            (AreaID(level: "district", key: "A"), "C"), (AreaID(level: "district", key: "B"), "C"),
        ])
    let period = Period("2020-12-31")!
    let city = AreaID(level: "city", key: "C")

    func aggregate(_ values: [String: Double], aggregation: String) throws -> ValueRecord? {
        let indicator = try Indicator.make(key: "n", aggregation: aggregation, minimumCount: nil)
        var table = ValueTable()
        for (key, value) in values {
            table["n", AreaID(level: "district", key: key), period] = ValueRecord(
                value: value, numerator: value, denominator: 100, sourceStatus: .valid, status: .valid,
                origin: .imported)
        }
        Derivation(hierarchy: hierarchy, indicators: [indicator]).run(on: &table)
        return table["n", city, period]
    }

    @Test("a sum or ratio from one of two districts is no city value; from both it is")
    func coverage() throws {
        for aggregation in ["sum", "ratio"] {
            #expect(try aggregate(["A": 120], aggregation: aggregation) == nil, "\(aggregation)")
            #expect(try aggregate(["A": 120, "B": 30], aggregation: aggregation)?.status == .valid, "\(aggregation)")
        }
        #expect(try aggregate(["A": 120, "B": 30], aggregation: "sum")?.value == 150)
    }
}
