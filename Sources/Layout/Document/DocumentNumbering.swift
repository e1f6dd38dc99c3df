/// The one count of figures and tables: in reading order (figures side by side from left to right, a column
/// section's blocks in order), once per document, before layout. The PDF, every other format and the figure
/// files read `Figure.number` and `Table.number`; none counts again.
enum DocumentNumbering {
    /// `blocks` with every figure and table numbered from 1.
    static func numbered(_ blocks: [Block]) -> [Block] {
        var figures = 0
        var tables = 0
        func numberFigure(_ figure: Figure) -> Figure {
            var figure = figure
            figures += 1
            figure.number = figures
            return figure
        }
        func number(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .figure(let figure): return .figure(numberFigure(figure))
                case .figureRow(let row): return .figureRow(row.map(numberFigure))
                case .table(var table):
                    tables += 1
                    table.number = tables
                    return .table(table)
                case .columns(let count, let inner): return .columns(count: count, blocks: number(inner))
                case .heading, .paragraph, .list, .spacer, .pageBreak, .titlePage, .tableOfContents: return block
                }
            }
        }
        return number(blocks)
    }
}

extension Document {
    /// The figures in reading order, with their numbers.
    public var figures: [Figure] { Self.figures(in: blocks) }

    private static func figures(in blocks: [Block]) -> [Figure] {
        blocks.flatMap { block -> [Figure] in
            switch block {
            case .figure(let figure): [figure]
            case .figureRow(let figures): figures
            case .columns(_, let inner): figures(in: inner)
            case .heading, .paragraph, .list, .table, .spacer, .pageBreak, .titlePage, .tableOfContents: []
            }
        }
    }
}
