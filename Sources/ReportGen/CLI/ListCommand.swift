import ArgumentParser
import Foundation
import IndicatorData

extension ReportGenCommand {
    /// `reportgen list areas|indicators|values|suppressions|points|imports …`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List what a store holds.",
            discussion: """
                Examples:
                  reportgen list areas --store data/berlin.sqlite --level bezirk
                  reportgen list indicators --store data/berlin.sqlite
                  reportgen list values --store data/berlin.sqlite --indicator kinderarmut --level bezirk
                  reportgen list suppressions --store data/berlin.sqlite
                  reportgen list points --store data/berlin.sqlite --category kita --area 011001
                """)

        enum What: String, ExpressibleByArgument, CaseIterable {
            case areas, indicators, values, suppressions, points, imports
        }

        @Argument(help: "What to list: areas, indicators, values, suppressions, points or imports.")
        var what: What

        @Option(help: "The store (SQLite).")
        var store: String = "data/berlin.sqlite"

        @Option(help: "Only areas or values of this level, e.g. bezirksregion.")
        var level: String?

        @Option(help: "Only this area (its key), e.g. 011001; for points: the points inside it.")
        var area: String?

        @Option(help: "The indicator whose values to list.")
        var indicator: String?

        @Option(help: "The period (YYYY-MM-DD); default: every period.")
        var period: String?

        @Option(help: "The category of points of interest, e.g. kita.")
        var category: String = "kita"

        func run() throws {
            try CommandErrors.reporting {
                let opened = try IndicatorStore(at: URL(fileURLWithPath: store), readOnly: true)
                let lines = try Listing(store: opened, level: level, area: area, indicator: indicator, period: period)
                    .lines(what, category: category)
                print(lines.joined(separator: "\n"))
            }
        }
    }
}
