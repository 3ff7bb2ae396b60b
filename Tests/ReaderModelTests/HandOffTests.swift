import Testing
@testable import ReaderModel

@Suite struct HandOffTests {
    let world: ReaderWorld = {
        let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)
        var text = "Talks in Baghdad\n\n"
        for n in 1...60 { text += "Paragraph \(n): Tony Blair met officials in Baghdad on the matter.\n\n" }
        text += "Read more at https://example.org/talks.html, or (https://example.org/other).\n"
        let doc = parser.parse(Document(id: "a.txt", path: "/news/a.txt", text: text))
        var bundled = parser.parse(Document(id: "b.txt", text: "Bundled\n\nNothing here.\n"))
        bundled.url = "https://example.org/b"
        return ReaderWorld(analysis: Analysis(corpus: Corpus(name: "t", documents: [doc, bundled])))
    }()

    @Test func eEditsTheFileAtTheLineOnScreen() throws {
        var r = Reader(world: world, width: 120, height: 40)
        r.press(.character("2"), .character("e"))
        #expect(r.takeRequest() == .edit(path: "/news/a.txt", line: 1))
        r.press(.control("d"), .control("d"))
        r.press(.character("e"))
        let request = r.takeRequest()
        guard case .edit(_, let line) = try #require(request) else { Issue.record("no edit"); return }
        // The line on top of the pane is the line the editor opens at.
        let top = r.state.article.lines[r.state.articleScroll]
        let text = world.analysis.documents[0].document.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(line > 1 && text[line - 1].contains(String(String.UnicodeScalarView(top.scalars.prefix(12)))))
    }

    @Test func oOpensTheLinkOnScreenElseTheArticlesAddress() {
        var r = Reader(world: world, width: 120, height: 40)
        r.press(.character("O"))
        #expect(r.takeRequest() == .browse("https://example.org/talks.html"))
        #expect(Reader.urls(in: world.analysis.documents[0].document).map(\.1) == ["https://example.org/talks.html", "https://example.org/other"])
        r.press(.character("1"), .character("j"), .enter, .character("O"))
        #expect(r.takeRequest() == .browse("https://example.org/b"))
    }

    @Test func pipeSendsTheArticleOrTheCard() {
        var r = Reader(world: world, width: 120, height: 40)
        r.press(.character("2"), .character("|"))
        r.type("wc -w")
        #expect(Renderer.frame(r).text.contains("Pipe the article to: wc -w▏"))
        r.press(.enter)
        #expect(r.takeRequest() == .pipe(command: "wc -w", text: world.analysis.documents[0].document.text))
        r.press(.character("S")); r.type("tony blair"); r.press(.enter)
        r.press(.character("|"))
        r.type("cat")
        r.press(.enter)
        guard case .pipe(_, let text) = r.takeRequest() else { Issue.record("no pipe"); return }
        #expect(text.hasPrefix("Tony Blair\nperson"))
        // Esc runs nothing; typed keys are not bindings meanwhile.
        r.press(.character("|"))
        #expect(!r.acceptsBindings)
        r.press(.escape)
        #expect(r.takeRequest() == nil && r.acceptsBindings)
    }
}
