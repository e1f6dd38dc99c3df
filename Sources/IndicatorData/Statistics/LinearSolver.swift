/// Which unknowns of a set of linear equations (Σ coefficient · cell = constant) their known cells determine.
enum LinearSolver {
    typealias Equation = [ValueKey: Double]

    /// The unknown cells whose value follows from the equations, found per connected group of unknowns by
    /// reduced row echelon form: a cell is determined when a reduced row holds it alone.
    static func determined(_ equations: [Equation], unknown: Set<ValueKey>) -> [ValueKey] {
        var result: [ValueKey] = []
        for (cells, rows) in groups(equations, unknown: unknown) {
            let columns = cells.sorted { ($0.indicator, $0.area, $0.period) < ($1.indicator, $1.area, $1.period) }
            let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
            var matrix = rows.map { equation -> [Double] in
                var line = [Double](repeating: 0, count: columns.count)
                for (cell, coefficient) in equation { if let column = position[cell] { line[column] = coefficient } }
                return line
            }
            reduce(&matrix)
            for line in matrix {
                let nonzero = line.indices.filter { abs(line[$0]) > 1e-9 }
                if nonzero.count == 1, let only = nonzero.first { result.append(columns[only]) }
            }
        }
        return result
    }

    /// The unknowns linked to `cell` through equations.
    static func group(of cell: ValueKey, in equations: [Equation], unknown: Set<ValueKey>) -> Set<ValueKey> {
        groups(equations, unknown: unknown).first { $0.cells.contains(cell) }?.cells ?? [cell]
    }

    /// The equations restricted to unknown cells, split into groups that share no unknown.
    private static func groups(_ equations: [Equation], unknown: Set<ValueKey>) -> [(
        cells: Set<ValueKey>, rows: [Equation]
    )] {
        var owner: [ValueKey: Int] = [:]
        var cells: [Set<ValueKey>] = []
        var rows: [[Equation]] = []
        for equation in equations {
            let reduced = equation.filter { unknown.contains($0.key) && abs($0.value) > 1e-12 }
            guard !reduced.isEmpty else { continue }
            let touched = Set(reduced.keys.compactMap { owner[$0] }).sorted()
            let target = touched.first ?? cells.count
            if touched.isEmpty {
                cells.append([])
                rows.append([])
            }
            for other in touched.dropFirst() {
                for cell in cells[other] { owner[cell] = target }
                cells[target].formUnion(cells[other])
                rows[target] += rows[other]
                cells[other] = []
                rows[other] = []
            }
            for cell in reduced.keys {
                owner[cell] = target
                cells[target].insert(cell)
            }
            rows[target].append(reduced)
        }
        return zip(cells, rows).filter { !$0.0.isEmpty }.map { ($0.0, $0.1) }
    }

    /// Reduced row echelon form with partial pivoting.
    static func reduce(_ matrix: inout [[Double]]) {
        guard let width = matrix.first?.count else { return }
        var row = 0
        for column in 0..<width where row < matrix.count {
            guard let pivot = (row..<matrix.count).max(by: { abs(matrix[$0][column]) < abs(matrix[$1][column]) }),
                abs(matrix[pivot][column]) > 1e-9
            else { continue }
            matrix.swapAt(row, pivot)
            let divisor = matrix[row][column]
            matrix[row] = matrix[row].map { $0 / divisor }
            for other in matrix.indices where other != row && abs(matrix[other][column]) > 1e-12 {
                let factor = matrix[other][column]
                matrix[other] = zip(matrix[other], matrix[row]).map { $0 - factor * $1 }
            }
            row += 1
        }
    }
}
