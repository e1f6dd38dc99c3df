import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Store values")
struct StoreValueTests {
    @Test("geometries survive the round trip through the blob; truncated blobs give nil, not a crash")
    func geometryCodec() {
        let square = Ring([Point(x: 0, y: 0), Point(x: 1, y: 0), Point(x: 1, y: 1), Point(x: 0, y: 1)])
        let hole = Ring([Point(x: 0.2, y: 0.2), Point(x: 0.4, y: 0.2), Point(x: 0.4, y: 0.4)])
        let geometry = MultiPolygon([Polygon(exterior: square, holes: [hole]), Polygon(exterior: square)])
        let blob = GeometryCodec.encode(geometry)
        #expect(GeometryCodec.decode(blob) == geometry)
        for length in [0, 3, 8, 20, blob.count - 1] {
            #expect(GeometryCodec.decode(blob.prefix(length)) == nil, "\(length) bytes")
        }
        #expect(GeometryCodec.decode(Data(repeating: 0xFF, count: 64)) == nil)
    }

    @Test("periods are ISO dates or years", arguments: ["2020-12-31", "2017"])
    func periods(text: String) throws {
        #expect(try #require(Period(text)).iso == text)
    }

    @Test("anything else is no period", arguments: ["31.12.2020", "2020-13-01", "2020-12", "", "20201231"])
    func notPeriods(text: String) {
        #expect(Period(text) == nil)
    }

    @Test("a value that is not valid never carries a number")
    func hiddenNumbers() {
        let value = IndicatorValue(value: 2, numerator: 2, denominator: 10, status: .suppressed, note: "primär")
        #expect(value.value == nil && value.numerator == nil && value.denominator == nil)
        #expect(Period("2020-12-31")?.german == "31.12.2020")
    }
}

@Suite("Malformed CSV")
struct MalformedCSVTests {
    @Test("a row with too many fields names its line")
    func fieldCount() {
        #expect(throws: DataError.wrongFieldCount(file: "t.csv", line: 3, expected: 2, found: 3)) {
            try Table.readDelimited(text: "a;b\n1;2\n1;2;3\n", path: "t.csv", delimiter: nil, decimalSeparator: ",")
        }
    }

    @Test("an unclosed quote names the line its record starts on")
    func unclosedQuote() {
        #expect(throws: DataError.unterminatedQuote(file: "t.csv", line: 2)) {
            try Table.readDelimited(text: "a;b\n\"1;2\n3;4\n", path: "t.csv", delimiter: nil, decimalSeparator: ",")
        }
    }
}
