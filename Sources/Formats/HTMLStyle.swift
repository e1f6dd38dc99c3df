import CairoBridge
import Layout

/// The style sheet of an HTML report, from the theme: its font and colours on screen, A4 pages with the
/// document's margins in print, figures and short tables kept whole, table headers repeated.
enum HTMLStyle {
    static func css(theme: Theme, page: PageSetup) -> String {
        let millimetres = { (points: Double) in "\(Int((points / 72 * 25.4).rounded()))mm" }
        return """
            :root { --text: \(theme.textColor.hex); --muted: \(theme.mutedColor.hex); --accent: \(theme.accentColor.hex);
              --rule: \(theme.ruleColor.hex); --head: \(theme.tableHeaderColor.hex); --zebra: \((theme.zebraColor ?? .white).hex); }
            html { font-family: "\(theme.fontFamily)", "Noto Sans", Arial, sans-serif; font-size: \(theme.bodySize + 2)pt;
              line-height: \(theme.lineSpacing + 0.3); color: var(--text); background: #fff; }
            body { margin: 0; }
            main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
            h1, h2 { color: var(--accent); line-height: 1.2; }
            h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; } h3 { font-size: 1.15rem; } h4 { font-size: 1rem; }
            p.lead { font-size: 1.15rem; } p.small, p.source { font-size: 0.82rem; color: var(--muted); }
            p.note { font-size: 0.82rem; font-style: italic; color: var(--muted); }
            a { color: var(--accent); }
            .title-page { margin: 3rem 0 4rem; border-top: 5px solid var(--accent); padding-top: 1rem; }
            .title-page h1 { font-size: 2.4rem; } .title-page .subtitle { font-size: 1.3rem; }
            .title-page svg { float: right; max-width: 9rem; height: auto; }
            .title-page .imprint { color: var(--muted); margin: 0.2rem 0; }
            nav.contents ol { list-style: none; padding-left: 0; } nav.contents ol ol { padding-left: 1.5rem; }
            nav.contents li { margin: 0.25rem 0; }
            .table { overflow-x: auto; margin: 1.2rem 0; }
            table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
            caption { text-align: left; font-weight: bold; padding-bottom: 0.4rem; }
            th, td { padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
            thead th { background: var(--head); } tbody th { font-weight: normal; }
            tbody tr:nth-child(even) { background: var(--zebra); } tr.emphasized th, tr.emphasized td { font-weight: bold; }
            .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            figure { margin: 1.5rem 0; } figcaption { font-weight: bold; margin-bottom: 0.4rem; }
            figure svg { display: block; max-width: 100%; height: auto; }
            .figure-row { display: flex; gap: 1rem; } .figure-row figure { flex: 1; min-width: 0; }
            .columns { column-gap: 1.5rem; } .columns > * { break-inside: avoid; }
            @media (max-width: 40rem) { .figure-row { display: block; } .columns { column-count: 1 !important; } }
            @media print {
              @page { size: \(millimetres(page.size.width)) \(millimetres(page.size.height));
                margin: \(millimetres(page.marginTop)) \(millimetres(page.marginRight)) \(millimetres(page.marginBottom)) \(millimetres(page.marginLeft)); }
              html { font-size: \(theme.bodySize)pt; } main { max-width: none; padding: 0; }
              .title-page { break-after: page; margin-top: 30%; } nav.contents { break-after: page; }
              .page-break { break-after: page; }
              h1, h2, h3, h4 { break-after: avoid; } figure, tr { break-inside: avoid; }
              thead { display: table-header-group; } a { color: inherit; text-decoration: none; }
            }

            """
    }
}
