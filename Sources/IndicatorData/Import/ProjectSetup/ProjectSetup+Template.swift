extension ProjectSetup {
    /// A first Statusbericht: one profile per area of the level under the city, with its key figures compared
    /// with the city, its parts in a table and a map of the lowest level.
    var starterTemplate: String {
        let profileLevel = levels.count > 1 ? levels[1] : levels[0]
        let lowest = levels.last ?? profileLevel
        let hasParts = levels.count > 2
        let shown = indicators.prefix(6).map(\.key)
        let columns = "[" + shown.joined(separator: ", ") + "]"
        let people = indicators.first { $0.unit == "Personen" }
        let mapped = indicators.first { $0.unit == "%" } ?? indicators.first
        var lines = [
            "# Statusbericht: a first profile per \(profileLevel.name), written by `reportgen init`. Edit freely;",
            "# `reportgen render templates/statusbericht.yaml` in the project folder renders it for every "
                + "\(profileLevel.name).",
            "report:",
            "  title: \"Statusbericht {{ area.name }}\"",
            "  subtitle: \(quoted("\(datasetName) – Profil \(profileLevel.name)"))",
            "  office: \(quoted(indicators.first?.source ?? datasetName))",
            "  date: \"Datenstand {{ period }}\"",
            "  audience: public",
            "  for-each: { level: \(profileLevel.key), sort: key }",
        ]
        if let period = latestPeriod { lines.append("  period: \(period.iso)") }
        lines += [
            "  header: \"Statusbericht {{ area.name }}\"",
            "body:",
            "  - heading: \"{{ area.name }}\"",
        ]
        if let people {
            lines += [
                "  - text: >",
                "      In {{ area.name }} lebten {{ value.\(people.key) | number }} \(people.name)",
                "      (\(datasetName): {{ city.value.\(people.key) | number }}).",
            ]
        }
        lines += [
            "  - table:",
            "      rows: [area, city]",
            "      columns: \(columns)",
            "      caption: \"Kennzahlen {{ area.name }} und \(datasetName)\"",
        ]
        if hasParts {
            lines += [
                "  - table:",
                "      rows: [children]",
                "      columns: \(columns)",
                "      caption: \"\(lowest.plural) in {{ area.name }}\"",
            ]
        }
        if let mapped {
            lines += [
                "  - map:",
                "      indicator: \(mapped.key)",
                "      level: \(lowest.key)",
                "      extent: city",
                "      classes: { scheme: quantiles, k: 4, same-for-every-area: true }",
                "      palette: Blues",
                "      caption: \(quoted("\(mapped.name) in \(datasetName), {{ area.name }} hervorgehoben"))",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
