import CairoBridge

extension Paginator {
    func layoutHeading(_ heading: Heading, following: ArraySlice<Block>) {
        if pages.isEmpty { startPage() }
        let number = numberHeadings ? headingNumbering.next(level: heading.level) : ""
        let text = number.isEmpty ? heading.text : "\(number)\u{2003}\(heading.text)"
        let measured = measurer.measure(
            markup: TextMarkup.escape(text), style: theme.heading(level: heading.level), width: region.width)
        let spaceBefore = regionIsEmpty ? 0 : theme.headingSpaceBefore
        let needed = spaceBefore + measured.size.height + theme.headingSpaceAfter + minimumStartHeight(of: following)
        if needed > available && !regionIsEmpty { advanceRegion() }
        addSpace(theme.headingSpaceBefore)
        let destination = "h\(headingsBefore + headings.count + 1)"
        let origin = Point(x: region.x, y: cursorY)
        let item = TextItem(text: measured, lines: 0..<measured.lines.count, origin: origin, content: text)
        place(.group(.heading(level: heading.level), [.destination(destination, origin), .text(item)]))
        cursorY += measured.size.height + theme.headingSpaceAfter
        record(
            HeadingEntry(
                level: heading.level, number: number, text: heading.text, destination: destination,
                page: currentPageNumber, listed: heading.listed))
    }

    /// Flows a paragraph, breaking between lines with orphan and widow control.
    /// `label` (a list bullet or number) is placed left of the first line, in the indent.
    func layoutText(
        _ content: InlineMarkup, style: TextStyle, role: StructureRole, indent: Double, label: String? = nil
    ) {
        if pages.isEmpty { startPage() }
        let width = max(10, region.width - indent)
        let measured = measurer.measure(markup: content.markup, style: style, width: width)
        let total = measured.lines.count
        let minimum = max(1, theme.minimumLinesAtBreak)
        var start = 0
        while start < total {
            let remaining = total - start
            var fit = 0
            while fit < remaining && measured.height(of: start..<(start + fit + 1)) <= available + 0.01 { fit += 1 }
            if fit < remaining {
                if remaining - fit < minimum { fit = remaining - minimum }
                if fit < minimum && !regionIsEmpty {
                    advanceRegion()
                    continue
                }
                if fit < 1 {
                    fit = 1
                    if measured.height(of: start..<(start + 1)) > available + 0.01 {
                        warn("a line of text is taller than the page and is cut off")
                    }
                }
            }
            let lines = start..<(start + fit)
            let origin = Point(x: region.x + indent, y: cursorY)
            var items: [FrameItem] = [
                .text(TextItem(text: measured, lines: lines, origin: origin, content: content.plainText))
            ]
            items += linkItems(content.links, in: measured, lines: lines, origin: origin)
            if let label {
                // A list item: its label (on the first part only) and its body, as tagged PDF wants them.
                var parts: [FrameItem] = []
                if start == 0 {
                    let labelText = measurer.measure(markup: TextMarkup.escape(label), style: style, width: nil)
                    let labelOrigin = Point(x: region.x, y: cursorY + measured.firstBaseline - labelText.firstBaseline)
                    parts.append(
                        .group(
                            .label,
                            [
                                .text(
                                    TextItem(
                                        text: labelText, lines: 0..<labelText.lines.count, origin: labelOrigin,
                                        content: label))
                            ]))
                }
                items = parts + [.group(.listBody, items)]
            }
            place(.group(role, items))
            cursorY += measured.height(of: lines)
            start += fit
            if start < total { advanceRegion() }
        }
    }

    private func linkItems(
        _ links: [InlineMarkup.LinkRange], in text: MeasuredText, lines: Range<Int>, origin: Point
    ) -> [FrameItem] {
        guard let first = lines.first else { return [] }
        let top = text.lines[first].top
        let bottom = text.lines[lines.upperBound - 1].top + text.lines[lines.upperBound - 1].height
        return links.flatMap { link in
            text.rectangles(forByteRange: link.range)
                .filter { $0.y >= top - 0.01 && $0.maxY <= bottom + 0.01 }
                .map { FrameItem.link(link.target, $0.offsetBy(dx: origin.x, dy: origin.y - top)) }
        }
    }

    /// A list: its items flow like paragraphs, and on every page the items of the list form one L element.
    func layoutList(_ list: ListBlock) {
        if pages.isEmpty { startPage() }
        let firstPage = pages.count - 1
        let firstItem = pages[firstPage].items.count
        for (index, item) in list.items.enumerated() {
            addSpace(index == 0 ? theme.paragraphSpacing : theme.paragraphSpacing / 2)
            let label = list.ordered ? "\(index + 1)." : "•"
            layoutText(
                InlineMarkup(item, linkColor: theme.accentColor), style: theme.body, role: .listItem,
                indent: theme.bodySize * 1.6, label: label)
        }
        for page in firstPage..<pages.count {
            let start = page == firstPage ? firstItem : 0
            guard start < pages[page].items.count else { continue }
            let items = Array(pages[page].items[start...])
            pages[page].items.replaceSubrange(start..., with: [.group(.list, items)])
        }
    }
}

extension MeasuredText {
    var firstBaseline: Double { lines.first?.baseline ?? 0 }
}
