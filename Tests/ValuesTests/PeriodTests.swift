import Testing
import Values

@Suite("A reference date is read as a year or an ISO day, and nothing else")
struct PeriodTests {
    @Test("years and valid days are read as written; white space around them is dropped")
    func accepted() {
        #expect(Period("2020")?.iso == "2020")
        #expect(Period("2020-12-31")?.iso == "2020-12-31")
        #expect(Period("1999-01-01")?.iso == "1999-01-01")
        #expect(Period(" 2020-12-31 ")?.iso == "2020-12-31")
        #expect(Period("\t2017")?.iso == "2017")
    }

    @Test(
        "a month or day out of range, a wrong separator, a letter or another length is no date",
        arguments: [
            "2020-13-01", "2020-00-10", "2020-12-32", "2020-12-00", "2020/12/31", "2020-1-31", "2020-12-3x",
            "20a0", "202", "20201", "2020-12", "2020-12-31-1", "", "-2020", "2020-12-31T00:00", "２０２０",
        ])
    func refused(text: String) {
        #expect(Period(text) == nil, "\(text)")
    }
}
