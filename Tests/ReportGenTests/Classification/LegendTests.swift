import CairoBridge
import Testing

@testable import ReportGen

private let nbsp = "\u{00A0}"
private let five = [Color](repeating: .black, count: 5)

/// Values 5, 15, 15, 35 and 50 in classes ending at 10, 20, 30, 40, 50.
private func tens(_ closure: IntervalClosure) throws -> Classification {
    try Classification(values: [5, 15, 15, 35, 50, nil], scheme: .userDefined([10, 20, 30, 40, 50]), closure: closure)
}

private func labels(_ legend: Legend) -> [String] { legend.entries.map(\.label) }

@Suite("German legend labels")
struct LegendTests {
    @Test("left-closed with open ends: unter … / … bis unter … / … und mehr")
    func leftOpen() throws {
        let format = LegendFormat(unit: "%", countNoun: nil)
        let legend = try Legend(classification: tens(.left), colors: five, format: format)
        #expect(
            labels(legend).prefix(5) == [
                "unter 10,0\(nbsp)%", "10,0 bis unter 20,0\(nbsp)%", "20,0 bis unter 30,0\(nbsp)%",
                "30,0 bis unter 40,0\(nbsp)%", "40,0\(nbsp)% und mehr",
            ])
    }

    @Test("left-closed with closed ends names the minimum and maximum")
    func leftClosedEnds() throws {
        let format = LegendFormat(unit: "%", openEnds: false, countNoun: nil)
        let legend = try Legend(classification: tens(.left), colors: five, format: format)
        #expect(legend.entries.first?.label == "5,0 bis unter 10,0\(nbsp)%")
        #expect(legend.entries[4].label == "40,0 bis 50,0\(nbsp)%")
    }

    @Test("right-closed: bis … / über … bis … / über …")
    func rightOpen() throws {
        let format = LegendFormat(unit: "%", countNoun: nil)
        let legend = try Legend(classification: tens(.right), colors: five, format: format)
        #expect(
            labels(legend).prefix(5) == [
                "bis 10,0\(nbsp)%", "über 10,0 bis 20,0\(nbsp)%", "über 20,0 bis 30,0\(nbsp)%",
                "über 30,0 bis 40,0\(nbsp)%", "über 40,0\(nbsp)%",
            ])
        let closedEnds = LegendFormat(unit: "%", openEnds: false, countNoun: nil)
        let closed = try Legend(classification: tens(.right), colors: five, format: closedEnds)
        #expect(closed.entries.first?.label == "5,0 bis 10,0\(nbsp)%")
        #expect(closed.entries[4].label == "über 40,0 bis 50,0\(nbsp)%")
    }

    @Test("counts per class in singular and plural, and the k. A. entry last")
    func countsAndMissing() throws {
        let legend = try Legend(classification: tens(.right), colors: five, format: LegendFormat(decimals: 0))
        #expect(
            labels(legend) == [
                "bis 10 (1 Gebiet)", "über 10 bis 20 (2 Gebiete)", "über 20 bis 30 (0 Gebiete)",
                "über 30 bis 40 (1 Gebiet)", "über 40 (1 Gebiet)", "k. A. – Datenschutz oder keine Daten (1 Gebiet)",
            ])
        #expect(legend.entries.map(\.count) == [1, 2, 0, 1, 1, 1])
        #expect(legend.entries.map(\.isMissing) == [false, false, false, false, false, true])
    }

    @Test("the missing entry is left out when nothing is missing, unless asked for")
    func noMissing() throws {
        let classification = try Classification(values: [1, 2, 3], scheme: .equalInterval(k: 3))
        let colors = [Color](repeating: .black, count: 3)
        #expect(try Legend(classification: classification, colors: colors).entries.count == 3)
        let always = LegendFormat(listsMissingWhenNone: true)
        #expect(try Legend(classification: classification, colors: colors, format: always).entries.count == 4)
    }

    @Test("more decimals where the indicator's decimals would print two limits alike")
    func distinguishingDecimals() throws {
        let classification = try Classification(values: [1, 3], scheme: .userDefined([1.46, 1.464, 3]))
        let colors = [Color](repeating: .black, count: 3)
        let legend = try Legend(classification: classification, colors: colors, format: LegendFormat(countNoun: nil))
        #expect(labels(legend) == ["bis 1,460", "über 1,460 bis 1,464", "über 1,464"])
    }

    @Test("a box plot's lower fence below the minimum is not printed: the class holding the minimum starts there")
    func lowerFenceBelowMinimum() throws {
        // 1…10: fences −3,5 and 14,5 around the quartiles 3,25, 5,5 and 7,75.
        let classification = try Classification(values: (1...10).map { Double($0) }, scheme: .boxPlot())
        let colors = [Color](repeating: .black, count: 5)
        let format = LegendFormat(decimals: 2, openEnds: false, countNoun: nil)
        let legend = try Legend(classification: classification, colors: colors, format: format)
        #expect(
            labels(legend) == [
                "unter 1,00", "1,00 bis 3,25", "über 3,25 bis 5,50", "über 5,50 bis 7,75", "über 7,75 bis 10,00",
            ])
    }

    @Test("no class limit below the data's minimum is printed, with open ends too")
    func limitsClampedToMinimum() throws {
        // Counts 0…12: the lower fence of the box plot lies below 0, where no school can be.
        let classification = try Classification(values: (0...12).map { Double($0) }, scheme: .boxPlot())
        #expect((classification.breaks.first ?? 0) < 0)
        let colors = [Color](repeating: .black, count: classification.classCount)
        let legend = try Legend(
            classification: classification, colors: colors,
            format: LegendFormat(unit: "Grundschulen", decimals: 0, countNoun: nil))
        let texts = labels(legend)
        #expect(!texts.contains { $0.contains("−") }, "\(texts)")
        #expect(texts.first == "unter 0\(nbsp)Grundschulen")
        #expect(texts.dropFirst().first?.hasPrefix("0 bis ") == true, "\(texts)")
    }

    @Test(
        "no class limit above the data's maximum is printed: the class holding it ends there",
        arguments: [IntervalClosure.right, .left])
    func limitsClampedToMaximum(closure: IntervalClosure) throws {
        // Fixed limits up to 40 %, but no value above 25 %.
        let classification = try Classification(
            values: [5, 12, 25], scheme: .userDefined([10, 20, 30, 40]), closure: closure)
        #expect(classification.upperBound == 25)
        let colors = [Color](repeating: .black, count: classification.classCount)
        for openEnds in [false, true] {
            let format = LegendFormat(unit: "%", decimals: 0, openEnds: openEnds, countNoun: nil)
            let texts = labels(try Legend(classification: classification, colors: colors, format: format))
            #expect(!texts.contains { $0.contains("30") || $0.contains("40") }, "\(texts)")
            #expect(texts[2] == (closure == .right ? "über 20 bis 25\(nbsp)%" : "20 bis 25\(nbsp)%"), "\(texts)")
            #expect(texts[3] == "über 25\(nbsp)%", "\(texts)")
        }
    }

    @Test("a single class names its range, or its one value")
    func singleClass() throws {
        let classification = try Classification(values: [2, 2], scheme: .quantiles(k: 4))
        let legend = try Legend(classification: classification, colors: [.black], format: LegendFormat(countNoun: nil))
        #expect(labels(legend) == ["2,0"])
        let range = try Classification(values: [1, 3], scheme: .equalInterval(k: 1))
        let rangeLegend = try Legend(classification: range, colors: [.black], format: LegendFormat(countNoun: nil))
        #expect(labels(rangeLegend) == ["1,0 bis 3,0"])
    }

    @Test("thousands and negative limits in German notation")
    func germanNumbers() throws {
        let classification = try Classification(values: [-1500, 2500], scheme: .userDefined([-1000, 1000, 2500]))
        let colors = [Color](repeating: .black, count: 3)
        let format = LegendFormat(unit: "Einwohner", decimals: 0, countNoun: nil)
        let legend = try Legend(classification: classification, colors: colors, format: format)
        #expect(
            labels(legend) == [
                "bis −1.000\(nbsp)Einwohner", "über −1.000 bis 1.000\(nbsp)Einwohner", "über 1.000\(nbsp)Einwohner",
            ])
    }

    @Test("categorical legend in the given order with counts and missing entry")
    func categorical() throws {
        let colors = try Palette.set2.colors(forCategories: 3)
        let legend = try Legend(
            categories: ["Innenstadt", "Stadtrand", "Dorf"], counts: [3, 1, 0], missingCount: 2, colors: colors)
        #expect(
            labels(legend) == [
                "Innenstadt (3 Gebiete)", "Stadtrand (1 Gebiet)", "Dorf (0 Gebiete)",
                "k. A. – Datenschutz oder keine Daten (2 Gebiete)",
            ])
        #expect(legend.entries[0].color.hex == "#66c2a5")
    }

    @Test("colours or counts that do not match the entries are an error")
    func mismatch() throws {
        #expect(throws: LegendError.colorCountMismatch(entries: 5, colors: 2)) {
            try Legend(classification: tens(.right), colors: [.black, .white])
        }
        #expect(throws: LegendError.countMismatch(categories: 1, counts: 2)) {
            try Legend(categories: ["A"], counts: [1, 2], colors: [.black])
        }
    }
}
