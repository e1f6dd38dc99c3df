/// Visibility flows through formulas: whatever is computed from an internal indicator is internal, however the
/// catalogue declares it, so that no public report can print an internal value in another form.
enum VisibilityPropagation {
    /// The indicators with every formula over an internal operand made internal (also through chains of
    /// formulas), and a note per indicator changed.
    static func propagated(_ indicators: [Indicator]) -> (indicators: [Indicator], notes: [String]) {
        var byKey = Dictionary(indicators.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var notes: [String] = []
        var changed = true
        // Each pass makes at least one more indicator internal, so there are at most as many passes as indicators.
        while changed {
            changed = false
            for key in byKey.keys.sorted() {
                guard let indicator = byKey[key], indicator.visibility == .public,
                    let source = indicator.formula?.operands.first(where: {
                        byKey[$0.indicator]?.visibility == .internal
                    })
                else { continue }
                byKey[key]?.visibility = .internal
                notes.append(
                    "\(key) is computed from the internal indicator \(source.indicator), so it is internal too: "
                        + "public reports refuse it. Fix: declare it `visibility: internal`, or compute it from "
                        + "public indicators only.")
                changed = true
            }
        }
        return (indicators.compactMap { byKey[$0.key] }, notes)
    }
}
