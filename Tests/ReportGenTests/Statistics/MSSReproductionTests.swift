import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// The demo catalogue computes the MSS 2021 Status-Index and Dynamik-Index from the index indicators S1, S3, S4 and
/// D1, D3, D4 (S2 and D2 are empty in MSS 2021); the published classes (mss_2021_indizes.csv) are read here only
/// to compare, never imported.
@Suite("The MSS 2021 status and dynamics classes are recomputed from their indicators as published")
struct MSSReproductionTests {
    struct Published {
        var key: String
        var status: String
        var dynamics: String
    }

    /// PLR_ID, SI_V and DI_V of the published index file; -9999 rows ("ohne Zuordnung") have no class.
    func published() throws -> [Published] {
        let url = TestSupport.repoRoot.appendingPathComponent("data/berlin/mss2021/mss_2021_indizes.csv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        return lines.map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
            return Published(key: fields[1], status: fields[6], dynamics: fields[8])
        }
    }

    /// The class name the store holds for a Planungsraum, or nil when it has none (k. A.).
    func className(_ indicator: String, of key: String, in snapshot: StoreSnapshot) throws -> String? {
        let period = try #require(Period("2020-12-31"))
        let value = snapshot.value(indicator, of: AreaID(level: "planungsraum", key: key), period: period)
        guard value.status == .valid, let number = value.value else { return nil }
        return snapshot.indicator(key: indicator)?.categories[String(Int(number))]
    }

    @Test("at least 99 % of the valid Planungsräume get the published status and dynamics class")
    func agreement() throws {
        let snapshot = try BerlinStore.get().snapshot
        let rows = try published()
        #expect(rows.count == 542)
        let valid = rows.filter { $0.status != "Planungsraum ohne Zuordnung" }
        var differences: [String] = []
        for row in valid {
            let status = try className("mss_statusindex", of: row.key, in: snapshot)
            let dynamics = try className("mss_dynamikindex", of: row.key, in: snapshot)
            if status != row.status || dynamics != row.dynamics {
                differences.append(
                    "\(row.key): veröffentlicht \(row.status)/\(row.dynamics), berechnet "
                        + "\(status ?? "k. A.")/\(dynamics ?? "k. A.")")
            }
        }
        let share = Double(valid.count - differences.count) / Double(valid.count)
        print(
            "MSS 2021: \(valid.count) gültige Planungsräume, \(valid.count - differences.count) mit gleicher Status- "
                + "und Dynamikklasse (\(String(format: "%.1f", share * 100)) %); Abweichungen: "
                + (differences.isEmpty ? "keine" : differences.joined(separator: "; ")))
        #expect(valid.count == 536)
        #expect(share >= 0.99, "\(differences)")
    }

    @Test("the Planungsräume without a published class get no computed class either (k. A.), with the reason")
    func invalidAreas() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let unclassified = try published().filter { $0.status == "Planungsraum ohne Zuordnung" }
        #expect(unclassified.count == 6)
        for row in unclassified {
            let area = AreaID(level: "planungsraum", key: row.key)
            for indicator in ["mss_statuswert", "mss_statusindex", "mss_dynamikindex", "mss_status_dynamik"] {
                #expect(snapshot.value(indicator, of: area, period: period).status != .valid, "\(row.key)")
            }
        }
        // 03300515 has 38 inhabitants: below the base of 300
        let small = snapshot.value("mss_statuswert", of: AreaID(level: "planungsraum", key: "03300515"), period: period)
        #expect(small.status == .suppressed)
    }

    @Test("the status × dynamics class combines both classes (Stülerstraße: mittel, negativ)")
    func crossed() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(try className("mss_status_dynamik", of: "01100101", in: snapshot) == "mittel, negativ")
        let method = snapshot.indicator(key: "mss_statuswert")?.formula
        guard case .index(let index)? = method else {
            Issue.record("the store does not hold the index's method")
            return
        }
        #expect(index.base?.minimum == 300 && index.components.map(\.indicator).contains("kinderarmut"))
    }

    @Test("the import report states how many Planungsräume were standardised and fell into each class")
    func provenance() throws {
        let imported = try BerlinStore.get()
        let period = try #require(Period("2020-12-31"))
        let codes = imported.snapshot.areas(level: "planungsraum").compactMap {
            imported.snapshot.value("mss_statusindex", of: $0.id, period: period).value
        }
        let note = try #require(imported.report.notes.first { $0.hasPrefix("mss_statusindex 2020-12-31") })
        for (code, name) in [(1.0, "hoch"), (2, "mittel"), (3, "niedrig"), (4, "sehr niedrig")] {
            #expect(note.contains("\(name): \(codes.filter { $0 == code }.count)"), "\(note)")
        }
        #expect(imported.report.notes.contains { $0.contains("over \(codes.count) areas of the level planungsraum") })
    }
}
