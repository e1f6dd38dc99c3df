import CairoBridge

extension Paginator {
    /// The table of contents: one line per listed heading (levels 1 and 2) with dot leaders, the page
    /// number, and a link to the heading.
    func layoutContents(title: String) {
        if pages.isEmpty { startPage() }
        let titleText = measurer.measure(
            markup: TextMarkup.escape(title), style: theme.heading(level: 1), width: region.width)
        ensureSpace(titleText.size.height)
        place(.group(.heading(level: 1), [textItem(titleText, at: Point(x: region.x, y: cursorY), content: title)]))
        cursorY += titleText.size.height + theme.headingSpaceAfter * 2
        let numberWidth = 30.0
        for entry in contents {
            var style = theme.body
            if entry.level == 1 { style.font = style.font.with(weight: .semibold) }
            let indent = entry.level == 1 ? 0 : 18.0
            let textWidth = region.width - indent - numberWidth - 12
            let text = measurer.measure(markup: TextMarkup.escape(entry.text), style: style, width: textWidth)
            let pageLabel = entry.page.map(String.init) ?? ""
            var numberStyle = style
            numberStyle.alignment = .right
            let number = measurer.measure(markup: TextMarkup.escape(pageLabel), style: numberStyle, width: numberWidth)
            let spacing = entry.level == 1 ? 7.0 : 3.0
            ensureSpace(spacing + text.size.height)
            addSpace(spacing)
            let top = cursorY
            let lastLine = text.lines.last
            let baseline = top + (lastLine?.baseline ?? 0)
            let leaderStart = region.x + indent + (lastLine.map { $0.x + $0.width } ?? 0) + 4
            let leaderEnd = region.maxX - numberWidth - 4
            var items: [FrameItem] = [
                textItem(text, at: Point(x: region.x + indent, y: top), content: entry.text),
                textItem(
                    number, at: Point(x: region.maxX - numberWidth, y: baseline - number.firstBaseline),
                    content: pageLabel),
                .link(
                    .destination(entry.destination),
                    Rect(x: region.x, y: top, width: region.width, height: text.size.height)),
            ]
            if leaderEnd > leaderStart {
                items.insert(
                    .rule(
                        from: Point(x: leaderStart, y: baseline), to: Point(x: leaderEnd, y: baseline),
                        color: theme.mutedColor, style: StrokeStyle(width: 0.8, cap: .round, dash: [0, 3])), at: 1)
            }
            place(.group(.paragraph, items))
            cursorY += text.size.height
        }
    }

    /// A title page of its own, without running header and footer; the flow continues on the next page.
    func layoutTitlePage(_ titlePage: TitlePage) {
        if pages.isEmpty || !regionIsEmpty {
            startPage(showsRunningElements: false, forced: true)
        } else {
            pages[pages.count - 1].showsRunningElements = false
        }
        let content = setup.contentRect
        let titleStyle = TextStyle(
            font: Font(family: theme.fontFamily, size: 26, weight: .bold), color: theme.accentColor, lineSpacing: 1.05)
        let subtitleStyle = TextStyle(font: Font(family: theme.fontFamily, size: 14), color: theme.textColor)
        var y = content.y + content.height * 0.28
        var items: [FrameItem] = [
            .fill(Rect(x: content.x, y: y - 28, width: 56, height: 5), theme.accentColor)
        ]
        let title = measurer.measure(
            markup: TextMarkup.escape(titlePage.title), style: titleStyle, width: content.width)
        items.append(
            .group(.heading(level: 1), [textItem(title, at: Point(x: content.x, y: y), content: titlePage.title)]))
        y += title.size.height + 12
        if !titlePage.subtitle.isEmpty {
            let subtitle = measurer.measure(
                markup: TextMarkup.escape(titlePage.subtitle), style: subtitleStyle, width: content.width)
            items.append(
                .group(.paragraph, [textItem(subtitle, at: Point(x: content.x, y: y), content: titlePage.subtitle)]))
        }
        let footer = [titlePage.office, titlePage.date].filter { !$0.isEmpty }.joined(separator: "\n")
        if !footer.isEmpty {
            let text = measurer.measure(markup: TextMarkup.escape(footer), style: theme.body, width: content.width)
            let top = content.maxY - text.size.height
            items.append(
                .rule(
                    from: Point(x: content.x, y: top - 10), to: Point(x: content.maxX, y: top - 10),
                    color: theme.ruleColor, style: StrokeStyle(width: 0.75)))
            items.append(.group(.paragraph, [textItem(text, at: Point(x: content.x, y: top), content: footer)]))
        }
        if let logo = titlePage.logo {
            let width = min(130, content.width / 3)
            let height = min(measurer.figureHeight(logo, width: width), 80)
            items.append(.drawing(logo, Rect(x: content.maxX - width, y: content.y, width: width, height: height)))
        }
        for item in items { place(item) }
        startPage(forced: true)
    }
}
