import Values

/// Computes declared small-area indices, their classes and crossed classes (see `IndexMethod`, `ClassMethod`).
/// Standard deviations are those of the population of areas (divided by n), like the MSS; classes by standard
/// deviations do not depend on that choice.
struct IndexEvaluator {
    let hierarchy: AreaHierarchy

    func computeIndex(_ key: String, method: IndexMethod, in table: inout ValueTable) {
        let areas = hierarchy.areasByLevel[method.level] ?? []
        for period in commonPeriods(method.components.map(\.indicator), in: table) {
            var rows: [(area: AreaID, values: [Double])] = []
            for area in areas {
                if let base = method.base, let reason = belowBase(base, area: area, period: period, table: table) {
                    table[key, area, period] = ValueRecord(
                        value: nil, sourceStatus: .suppressed, status: .suppressed, origin: .computed, note: reason)
                    continue
                }
                let records = method.components.map { table[$0.indicator, area, period] }
                let values = records.compactMap { $0?.usable }
                if values.count == records.count {
                    rows.append((area, values))
                } else if records.contains(where: { $0 != nil }) {
                    let status: ValueStatus = records.contains { $0?.sourceStatus == .invalid } ? .invalid : .missing
                    table[key, area, period] = ValueRecord(
                        value: nil, sourceStatus: status, status: status, origin: .computed)
                }
            }
            guard rows.count >= 2 else { continue }
            let moments = method.components.indices.map { index in Moments(rows.map { $0.values[index] }) }
            for row in rows {
                let score = method.components.indices.map { index in
                    method.components[index].weighted(moments[index].z(row.values[index]))
                }.reduce(0, +)
                let value = method.combined(score)
                table[key, row.area, period] = ValueRecord(
                    value: value, sourceStatus: .valid, status: .valid, origin: .computed)
            }
        }
    }

    /// Why an area gets no index, or nil when it reaches the base.
    private func belowBase(_ base: IndexBase, area: AreaID, period: Period, table: ValueTable) -> String? {
        let basePeriod = base.indicator.period ?? period
        let value = table[base.indicator.indicator, area, basePeriod]?.usable
        if let value, value >= base.minimum { return nil }
        let shown = value.map { GermanNumberFormat.number($0, decimals: 0) } ?? "kein Wert"
        return "ohne Index: \(base.indicator.indicator) am \(basePeriod.iso) \(shown), "
            + "Mindestwert \(GermanNumberFormat.number(base.minimum, decimals: 0))"
    }

    func computeClasses(_ key: String, method: ClassMethod, in table: inout ValueTable) {
        for period in table.periods(of: method.of) {
            for (_, areas) in hierarchy.areasByLevel {
                var valued: [(area: AreaID, value: Double)] = []
                for area in areas {
                    guard let record = table[method.of, area, period] else { continue }
                    if let value = record.usable {
                        valued.append((area, value))
                    } else {
                        table[key, area, period] = ValueRecord(
                            value: nil, sourceStatus: record.sourceStatus, status: record.status, origin: .computed,
                            note: record.note)
                    }
                }
                guard !valued.isEmpty else { continue }
                let classOf = classifier(method, values: valued.map(\.value))
                for (area, value) in valued {
                    table[key, area, period] = ValueRecord(
                        value: Double(classOf(value)), sourceStatus: .valid, status: .valid, origin: .computed)
                }
            }
        }
    }

    /// The class (1, 2, …) of a value among `values`.
    private func classifier(_ method: ClassMethod, values: [Double]) -> (Double) -> Int {
        if let count = method.quantiles {
            let sorted = values.sorted()
            return { value in
                let below = sorted.prefix { $0 < value }.count
                return below * count / sorted.count + 1
            }
        }
        let moments = Moments(values)
        let bySD = method.standardDeviations != nil
        let limits = method.standardDeviations ?? method.limits ?? []
        return { value in
            let position = bySD ? moments.z(value) : value
            return limits.filter { position >= $0 }.count + 1
        }
    }

    func computeCross(_ key: String, pair: [String], in table: inout ValueTable) {
        guard pair.count == 2 else { return }
        for period in commonPeriods(pair, in: table) {
            for area in hierarchy.allAreas {
                let records = pair.map { table[$0, area, period] }
                guard let first = records[0], let second = records[1] else { continue }
                if let a = first.usable, let b = second.usable {
                    table[key, area, period] = ValueRecord(
                        value: a * 10 + b, sourceStatus: .valid, status: .valid, origin: .computed)
                } else {
                    let missing = first.usable == nil ? first : second
                    table[key, area, period] = ValueRecord(
                        value: nil, sourceStatus: missing.sourceStatus, status: missing.status, origin: .computed,
                        note: missing.note)
                }
            }
        }
    }

    private func commonPeriods(_ indicators: [String], in table: ValueTable) -> [Period] {
        let sets = indicators.map { Set(table.periods(of: $0)) }
        guard let first = sets.first else { return [] }
        return sets.dropFirst().reduce(first) { $0.intersection($1) }.sorted()
    }
}

extension IndexComponent {
    /// The component's part of an index score: its z-score times its weight, turned round when it is inverted.
    public func weighted(_ z: Double) -> Double { weight * (inverted ? -z : z) }
}

extension IndexMethod {
    /// The index from a sum of weighted z-scores (or one component's part of it): as it is for `combine: sum`,
    /// divided by the sum of the weights for `combine: mean`.
    public func combined(_ score: Double) -> Double {
        combine == .mean ? score / components.map(\.weight).reduce(0, +) : score
    }
}

/// Mean and standard deviation (divided by n) of a list of values.
package struct Moments {
    package let mean: Double
    package let standardDeviation: Double

    package init(_ values: [Double]) {
        let count = Double(max(values.count, 1))
        let average = values.reduce(0, +) / count
        mean = average
        standardDeviation = (values.map { ($0 - average) * ($0 - average) }.reduce(0, +) / count).squareRoot()
    }

    /// The z-score of a value; 0 when all values are equal.
    package func z(_ value: Double) -> Double {
        standardDeviation > 0 ? (value - mean) / standardDeviation : 0
    }
}
