import CairoBridge
import Foundation

extension Period {
    /// The publication day of a run: the day of `SOURCE_DATE_EPOCH` when it is set (reproducible documents),
    /// else today, both in UTC.
    static func publication(environment: [String: String]) -> Period {
        let date = PDFMetadata.sourceDate(in: environment) ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return Period(day: String(format: "%04d-%02d-%02d", day.year ?? 1970, day.month ?? 1, day.day ?? 1))
    }
}
