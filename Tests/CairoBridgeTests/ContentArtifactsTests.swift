import Testing

@testable import CairoBridge

@Suite("Page content outside the structure tree becomes Artifacts")
struct ContentArtifactsTests {
    func wrapped(_ content: String) -> String? {
        PageContent.complete(Array(content.utf8), sizes: [], markingArtifacts: true).map {
            String(decoding: $0.content, as: UTF8.self)
        }
    }

    @Test("untagged text is a pagination artifact, an untagged fill a layout artifact; tagged content stays")
    func kinds() throws {
        let content = """
            /P << /MCID 0 >> BDC
            BT /f-0-0 1 Tf (Text) Tj ET
            EMC
            0.5 g 10 10 100 1 re f
            BT /f-0-0 1 Tf (Seite 1 von 2) Tj ET
            """
        let result = try #require(wrapped(content))
        #expect(result.hasPrefix("/P << /MCID 0 >> BDC\nBT /f-0-0 1 Tf (Text) Tj ET\nEMC"))
        #expect(result.contains("/Artifact << /Type /Pagination >> BDC\n\n0.5 g 10 10 100 1 re f"))
        #expect(result.hasSuffix("(Seite 1 von 2) Tj ET\nEMC\n"))
        #expect(result.components(separatedBy: "/Artifact").count == 2, "one run from the end of the tag to the end")
    }

    @Test("a run that starts inside a text object closes before its end; structure elements close a run")
    func nesting() throws {
        let content = """
            BT /P << /MCID 0 >> BDC (a) Tj EMC (b) Tj ET 1 0 0 1 0 0 cm 0 0 m 1 1 l S
            /H1 << /MCID 1 >> BDC BT (c) Tj ET EMC
            """
        #expect(
            try #require(wrapped(content)) == """
                BT /P << /MCID 0 >> BDC (a) Tj EMC/Artifact << /Type /Pagination >> BDC
                 (b) Tj \nEMC
                ET/Artifact << /Type /Layout >> BDC
                 1 0 0 1 0 0 cm 0 0 m 1 1 l S

                EMC
                /H1 << /MCID 1 >> BDC BT (c) Tj ET EMC
                """)
    }

    @Test("a run inside a Span with /ActualText closes with it; strings and comments do not confuse the reading")
    func lexicalDetails() throws {
        let content = """
            BT /Span << /ActualText <feff00ad> >> BDC (EMC \\) BDC) Tj EMC % BDC EMC
            [(x) -3 (y)] TJ ET
            """
        #expect(
            try #require(wrapped(content)) == """
                BT /Span << /ActualText <feff00ad> >> BDC/Artifact << /Type /Pagination >> BDC
                 (EMC \\) BDC) Tj \nEMC
                EMC/Artifact << /Type /Pagination >> BDC
                 % BDC EMC
                [(x) -3 (y)] TJ \nEMC
                ET
                """)
    }

    @Test("content that is all tagged or already an artifact is left as it is")
    func nothingToDo() {
        #expect(wrapped("/P << /MCID 0 >> BDC BT (a) Tj ET EMC /Artifact BMC 0 0 m 1 1 l S EMC") == nil)
        #expect(wrapped("") == nil)
    }
}
