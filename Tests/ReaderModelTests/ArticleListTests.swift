import Testing
@testable import ReaderModel

@Suite struct ArticleListTests {
    static let world = ReaderWorld(analysis: analyze([
        ("sport/b.txt", "Zebra wins the cup\n\nLondon, March 3, 2005 — The zebra won."),
        ("business/a.txt", "Apple sues Samsung over a patent on rounded corners of phones and tablets\n\nThe Times, May 1, 2004 — Apple sued."),
        ("sport/a.txt", "Athletes gather\n\nMany athletes gathered in Paris."),
        ("business/b.txt", "Markets fall\n\nThe Herald, January 9, 2006 — Markets fell."),
    ]))

    func r(_ w: Int = 120, _ h: Int = 40) -> Reader { Reader(world: Self.world, width: w, height: h) }

    @Test func groupedByFolderWithHeadersInFolderOrder() {
        let reader = r()
        #expect(reader.state.list.slots == [.header(folder: "sport", count: 2), .article(0), .article(2),
                                            .header(folder: "business", count: 2), .article(1), .article(3)])
        let text = Renderer.frame(reader).text
        #expect(text.contains("▾ sport (2)") && text.contains("▾ business (2)"))
    }

    @Test func sortByDateThenTitleThenBack() {
        var reader = r()
        reader.press(.character("o"))
        #expect(reader.state.list.order == .date && reader.state.message == "articles by date, newest first")
        // Newest first; the undated one last.
        #expect(reader.state.list.documents == [3, 0, 1, 2])
        #expect(!reader.state.list.slots.contains { if case .header = $0 { true } else { false } })
        reader.press(.character("o"))
        #expect(reader.state.list.documents == [1, 2, 3, 0])
        reader.press(.character("o"))
        #expect(reader.state.list.order == .folder)
    }

    @Test func jAndKFollowTheListOrder() {
        var reader = r()
        reader.press(.character("j"))
        #expect(reader.state.listSelection == 2)
        reader.press(.character("j"))
        #expect(reader.state.listHeader == "business")
        reader.press(.character("j"))
        #expect(reader.state.listSelection == 1 && reader.state.listHeader == nil)
        reader.press(.character("G"))
        #expect(reader.state.listSelection == 3)
    }

    @Test func filterAsYouTypeEscRestoresEnterKeeps() {
        var reader = r()
        reader.press(.character("&"))
        reader.type("ath")
        #expect(reader.state.list.documents == [2])
        #expect(Renderer.frame(reader).text.contains("1 of 4 articles"))
        reader.press(.escape)
        #expect(reader.state.list.documents.count == 4 && reader.state.list.filter == nil)
        reader.press(.character("F"))
        reader.type("MARK")
        reader.press(.enter)
        #expect(reader.state.list.documents == [3] && reader.state.listSelection == 3)
        #expect(reader.state.message == "1 of 4 articles")
        reader.press(.character("F"), .control("u"), .enter)
        #expect(reader.state.list.documents.count == 4)
    }

    @Test func colonNumberOpensThatArticle() {
        var reader = r()
        reader.press(.character(":"))
        reader.type("4x")
        reader.press(.enter)
        #expect(reader.state.openDocument == 3 && reader.state.focus == .article)
        reader.press(.character(":"))
        reader.type("9")
        reader.press(.enter)
        #expect(reader.state.message == "no article 9 (1–4)")
    }

    @Test func titlesWrapToTwoLinesTheSelectedOneWhole() {
        let long = "Apple sues Samsung over a patent on rounded corners of phones and tablets"
        let two = ArticleList.lines(title: long, meta: "2004-05-01 · The Times", width: 20, whole: false)
        #expect(two.title.count == 2 && two.title[1].hasSuffix("…") && two.meta == nil)
        #expect(two.title.allSatisfy { DisplayWidth.of($0) <= 20 })
        let whole = ArticleList.lines(title: long, meta: "2004-05-01 · The Times", width: 20, whole: true)
        #expect(whole.title.joined(separator: " ") == long && whole.meta == "2004-05-01 · The Times")
        let short = ArticleList.lines(title: "Markets fall", meta: "2006-01-09", width: 20, whole: false)
        #expect(short.title == ["Markets fall"] && short.meta == "2006-01-09")
        // Two BBC titles that share a beginning are told apart on the second line.
        let a = ArticleList.lines(title: "Apple sues Samsung over patents", meta: "", width: 11, whole: false)
        let b = ArticleList.lines(title: "Apple sues over iPod batteries", meta: "", width: 11, whole: false)
        #expect(a.title != b.title)
    }

    @Test func theSelectedArticleShowsItsWholeTitleAndMeta() {
        var reader = r(80, 24)
        reader.press(.character("j"), .character("j"), .character("j"))  // past the business header to business/a.txt, the long title
        #expect(reader.state.listSelection == 1)
        let width = reader.state.layout.list.count
        let rows = Renderer.frame(reader).text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.prefix(width)).trimmingCharacters(in: .whitespaces) }
        let joined = rows.joined(separator: " ")
        #expect(joined.contains("Apple sues Samsung over a patent on rounded corners of phones and tablets"))
        #expect(joined.contains("2004-05-01"))
    }

    @Test func clicksOnHeadersAndTitlesSelectThem() {
        var reader = r()
        reader.press(.character("2"))
        reader.press(.mouse(MouseEvent(.click, row: 1, column: 2)))  // the "sport" header
        #expect(reader.state.focus == .documents && reader.state.listHeader == "sport")
        #expect(reader.state.openDocument == 0)
        let frame = Renderer.frame(reader)
        let row = reader.state.layout.body.first { frame.text(row: $0).contains("Markets fall") }!
        reader.press(.mouse(MouseEvent(.click, row: row, column: 3)))
        #expect(reader.state.listSelection == 3 && reader.state.focus == .documents)
    }
}

@Suite struct ArticleListCapTests {
    @Test func aVeryLongSelectedTitleLeavesRoomForOthers() {
        let lines = ArticleList.lines(title: String(repeating: "word ", count: 100), meta: "", width: 10, whole: true, maxLines: 5)
        #expect(lines.title.count == 5 && lines.title[4].hasSuffix("…"))
        let text = Renderer.frame(reader(80, 24)).text
        // The third seed article's title still shows at 80×24 beside the first, selected one.
        #expect(text.contains("An Iraqi"))
    }
}
