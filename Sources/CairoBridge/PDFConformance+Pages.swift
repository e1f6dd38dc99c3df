extension PDFConformance {
    /// A page as the pages' work (`PageWork`) leaves it: its dictionary as Cairo wrote it and its content stream as
    /// the finished file holds it (nil: left as Cairo wrote it).
    struct CompletedPage: Sendable {
        struct Content: Sendable {
            var number: Int
            var dictionary: PDFDictionary
            var data: [UInt8]
            /// The repeated drawings the content now draws (`RepeatedMarkers`).
            var used: Set<Int>
        }

        var dictionary: PDFDictionary
        var content: Content?
    }

    /// Every page's content with its markers of repeated drawings replaced by the drawings' forms and its furniture
    /// marked as Artifacts (`markingArtifacts`), compressed with libdeflate: the part of the pass that grows with the
    /// pages, done on `threads` threads, each page on its own (a page's content depends on no other page). What
    /// refers from one page to other objects (the forms in its resources, its links, the page itself) is then
    /// written here in page order, so the file is the same with any number of threads, and the first damaged page
    /// in page order is the error. `meanwhile` changes the file on this thread while the helpers start; it must not
    /// change the pages or their content.
    static func completePages(
        in file: inout PDFRewrite, path: String, markingArtifacts: Bool,
        repeated: (forms: [PDFReference], sizes: [Size]), linkDescriptions: [String], threads: Int,
        meanwhile: (inout PDFRewrite) -> Void
    ) throws(CairoError) {
        let pages = try file.source.pages()
        let before = file
        let sizes = repeated.sizes
        let completed = PageWork.map(pages.count, threads: threads, meanwhile: { meanwhile(&file) }) {
            index throws(CairoError) in
            try completedPage(
                pages[index], number: index + 1, of: before, path: path, sizes: sizes,
                markingArtifacts: markingArtifacts)
        }
        var descriptions = linkDescriptions[...]
        for (page, result) in zip(pages, completed) {
            let completedPage = try result.get()
            var dictionary = completedPage.dictionary
            dictionary["Tabs"] = .name("S")
            if let content = completedPage.content {
                if !content.used.isEmpty {
                    try RepeatedForms.add(content.used, of: repeated.forms, to: &dictionary, in: &file)
                }
                file.replaceStream(content.number, dictionary: content.dictionary, data: content.data)
            }
            try describeLinks(on: dictionary, in: &file, descriptions: &descriptions)
            file.replace(page, with: .dictionary(dictionary))
        }
    }

    /// Page `page` (the `number`th) with its content completed (`PageContent`) and compressed; content that needs
    /// no change is compressed as it is when Cairo left it uncompressed (`ContentCompression`), else left alone.
    /// Reads `file` only, so that pages can be completed side by side.
    private static func completedPage(
        _ page: Int, number: Int, of file: PDFRewrite, path: String, sizes: [Size], markingArtifacts: Bool
    ) throws(CairoError) -> CompletedPage {
        guard let dictionary = try file.value(of: page).dictionary else {
            throw PDFSource.failure(path, "page \(number) is not a dictionary")
        }
        let content = try file.source.content(ofPage: dictionary)
        var stream = try file.source.object(content.number).dictionary
        let completed = PageContent.complete(content.bytes, sizes: sizes, markingArtifacts: markingArtifacts)
        if completed != nil {
            stream.remove("Filter")
            stream.remove("DecodeParms")
        } else if stream.has("Filter") {
            return CompletedPage(dictionary: dictionary, content: nil)
        }
        let (finished, data) = try compressed(stream, completed?.content ?? content.bytes, path: path)
        return CompletedPage(
            dictionary: dictionary,
            content: .init(number: content.number, dictionary: finished, data: data, used: completed?.used ?? []))
    }
}
