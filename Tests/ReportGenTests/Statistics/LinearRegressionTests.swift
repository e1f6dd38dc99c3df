import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("least squares and correlation")
struct LinearRegressionTests {
    @Test("x 1…5, y 2 4 5 4 5: slope 0.6, intercept 2.2, r = 6 / √60, R² = 0.6")
    func handComputed() throws {
        // Means 3 and 4; Sxy = 6, Sxx = 10, Syy = 6.
        let fit = try LinearRegression(x: [1, 2, 3, 4, 5], y: [2, 4, 5, 4, 5])
        #expect(abs(fit.slope - 0.6) < 1e-12)
        #expect(abs(fit.intercept - 2.2) < 1e-12)
        #expect(abs((fit.correlation ?? 0) - 6 / 60.0.squareRoot()) < 1e-12)
        #expect(abs((fit.rSquared ?? 0) - 0.6) < 1e-12)
        #expect(abs(fit.predict(10) - 8.2) < 1e-12)
        #expect(fit.count == 5)
    }

    @Test("perfect lines have r = 1 and r = −1")
    func perfect() throws {
        let rising = try LinearRegression(x: [0, 1, 2], y: [1, 3, 5])
        #expect(rising.slope == 2 && rising.intercept == 1)
        #expect(abs((rising.correlation ?? 0) - 1) < 1e-12)
        #expect(abs((try LinearRegression(x: [0, 1, 2], y: [0, -1, -2]).correlation ?? 0) + 1) < 1e-12)
    }

    @Test("pairs with a missing value are left out")
    func missing() throws {
        let fit = try LinearRegression(x: [1, 2, nil, 3, 4], y: [1, 2, 100, .nan, 4])
        #expect(fit.count == 3)
        #expect(fit.slope == 1 && fit.intercept == 0)
    }

    @Test("constant y: the line is flat and r is undefined")
    func constantY() throws {
        let fit = try LinearRegression(x: [1, 2, 3], y: [4, 4, 4])
        #expect(fit.slope == 0 && fit.intercept == 4)
        #expect(fit.correlation == nil && fit.rSquared == nil)
    }

    @Test("degenerate input is an error that says what to do")
    func errors() {
        #expect(throws: StatisticsError.lengthMismatch(x: 2, y: 1)) { try LinearRegression(x: [1, 2], y: [1]) }
        #expect(throws: StatisticsError.tooFewPairs(count: 1)) { try LinearRegression(x: [1, nil], y: [1, 2]) }
        #expect(throws: StatisticsError.noSpread(count: 3)) { try LinearRegression(x: [2, 2, 2], y: [1, 2, 3]) }
        #expect(throws: StatisticsError.infiniteValues(count: 1)) {
            try LinearRegression(x: [1, 2, .infinity], y: [1, 2, 3])
        }
        #expect(throws: StatisticsError.self) { try LinearRegression(x: [-1e200, 1e200], y: [1e200, -1e200]) }
    }
}
