/// The shapes of `import.yaml` and `indicators.yaml`: every key either file may hold (docs/import-reference.md
/// describes each with an example).
enum ImportSchemas {
    static let columnRule = YAMLShape.either([
        .text,
        .record(
            what: "column rule",
            fields: [
                "column": .text, "value": .text, "first": .integer, "last": .integer, "pad": .integer,
                "prefix": .text,
            ]),
    ])

    static let texts = YAMLShape.list(.text)

    static let level = YAMLShape.record(
        what: "level", fields: ["key": .text, "name": .text, "parent": .text], required: ["key", "name"])

    static let area = YAMLShape.record(
        what: "areas entry",
        fields: [
            "level": .text, "file": .text, "layer": .text, "crs": .text, "force-crs": .bool, "encoding": .text,
            "key": columnRule, "name": columnRule, "parent": columnRule, "parent-by-location": .bool,
            "dissolve": .text,
            "merge": .list(
                .record(
                    what: "merged unit", fields: ["key": .text, "name": .text, "parts": texts],
                    required: ["key", "name", "parts"])),
        ],
        required: ["level", "key", "name"])

    static let table = YAMLShape.record(
        what: "tables entry",
        fields: [
            "file": .text, "sheet": .text, "range": .text, "skip-rows": .integer, "header-rows": .integer,
            "shape": .word(["wide", "long"]), "level": .text, "level-by-key": .dictionary(.text),
            "level-by-column": .record(
                what: "level-by-column", fields: ["column": .text, "values": .dictionary(.text)],
                required: ["column", "values"]),
            "where": .dictionary(.either([.text, texts])),
            "period": .period, "period-column": .text, "period-format": .word(["year", "month", "date"]),
            "key": columnRule, "name": .text,
            "name-from": .record(
                what: "name-from", fields: ["file": .text, "field": .text], required: ["file", "field"]),
            "delimiter": .text, "encoding": .text, "decimal-separator": .word([",", "."]),
            "missing": texts, "secret": texts, "invalid": texts,
            "markers": .dictionary(.word(TableMarker.Meaning.allCases.map(\.rawValue))),
            "columns": .dictionary(
                .either([
                    .text,
                    .record(what: "column", fields: ["indicator": .text, "period": .period], required: ["indicator"]),
                ])),
            "indicator-column": .text, "value-column": .text, "aliases": .dictionary(.text),
            "numerators": .dictionary(.text), "denominators": .dictionary(.text),
            "on-unmatched": .word(["report", "fail"]),
            "carried-by": .dictionary(
                .record(what: "carried value", fields: ["area": .text, "note": .text], required: ["area", "note"])),
        ],
        required: ["file", "columns"])

    static let points = YAMLShape.record(
        what: "points entry",
        fields: [
            "file": .text, "layer": .text, "crs": .text, "category": .text, "id": columnRule, "name": columnRule,
            "address": texts, "attributes": texts, "x": .text, "y": .text, "delimiter": .text, "encoding": .text,
            "assign-to": .text, "source": .text, "reference-date": .period,
            "indicators": .list(
                .record(
                    what: "derived indicator", fields: ["indicator": .text, "period": .period, "sum": .text],
                    required: ["indicator", "period"])),
        ],
        required: ["file", "category", "id", "name", "assign-to", "source"])

    static let manifest = YAMLShape.record(
        what: "manifest",
        fields: [
            "dataset": .text, "crs": .text, "catalogue": .text, "levels": .list(level), "areas": .list(area),
            "tables": .list(table), "points": .list(points),
        ],
        required: ["dataset", "crs", "catalogue", "levels"])

    static let quotient = YAMLShape.record(
        what: "quotient", fields: ["numerator": .text, "denominator": .text, "factor": .number],
        required: ["numerator", "denominator"])

    static let indexComponent = YAMLShape.either([
        .text,
        .record(
            what: "index component", fields: ["indicator": .text, "weight": .number, "inverted": .bool],
            required: ["indicator"]),
    ])

    static let index = YAMLShape.record(
        what: "index",
        fields: [
            "level": .text, "components": .list(indexComponent),
            "base": .record(
                what: "index base", fields: ["indicator": .text, "minimum": .number],
                required: ["indicator", "minimum"]),
            "combine": .word(["sum", "mean"]),
        ],
        required: ["level", "components"])

    static let classes = YAMLShape.record(
        what: "classes",
        fields: ["of": .text, "standard-deviations": .list(.number), "limits": .list(.number), "quantiles": .integer],
        required: ["of"])

    static let formula = YAMLShape.record(
        what: "formula",
        fields: [
            "sum": texts, "share": quotient, "quotient": quotient,
            "change": .record(
                what: "change", fields: ["of": .text, "from": .period, "to": .period, "relative": .bool],
                required: ["of", "from", "to"]),
            "z-score": texts, "index": index, "classes": classes, "cross": texts,
        ])

    static let indicator = YAMLShape.record(
        what: "indicator",
        fields: [
            "key": .text, "name": .text, "short-name": .text, "unit": .text, "decimals": .integer, "topic": .text,
            "model-cell": .text, "role": .word(["core", "supplementary"]), "scale": .word(["metric", "categorical"]),
            "polarity": .word(["higher-is-better", "higher-is-worse", "neutral"]),
            "aggregation": .either([
                .word(["sum", "ratio", "none"]),
                .record(what: "aggregation", fields: ["ratio": .number, "weighted-mean": .text]),
            ]),
            "formula": formula, "source": .text, "period-sources": .dictionary(.text), "reference-date": .period,
            "visibility": .word(["public", "internal"]), "minimum-count": .number, "description": .text,
            "categories": .dictionary(.text), "parts": texts,
            "minimum-base": .record(
                what: "minimum base", fields: ["indicator": .text, "count": .number], required: ["indicator", "count"]),
        ],
        required: ["key", "name", "topic", "source"])

    static let catalogue = YAMLShape.record(
        what: "catalogue", fields: ["indicators": .list(indicator)], required: ["indicators"])
}
