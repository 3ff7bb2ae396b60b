import Testing
@testable import ReaderModel

/// Folding the list's folders: `z`, Enter on a header, `Z`; and how moving, sorting,
/// filtering, `:N` and history behave with folded folders.
@Suite struct ArticleListFoldingTests {
    // sport/b (0), business/a (1), sport/a (2), business/b (3): sport first, then business.
    func r(_ w: Int = 120, _ h: Int = 40) -> Reader { Reader(world: ArticleListTests.world, width: w, height: h) }

    /// The list pane's text.
    func listText(_ reader: Reader) -> String {
        let cols = reader.state.layout.list.upperBound
        return Renderer.frame(reader).text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.prefix(cols)) }.joined(separator: "\n")
    }

    @Test func zFoldsTheFolderUnderTheCursorAndItsHeaderCountsItsArticles() {
        var reader = r()
        #expect(reader.state.listSelection == 0)
        reader.press(.character("z"))
        #expect(reader.state.list.folded == ["sport"] && reader.state.listHeader == "sport")
        #expect(reader.state.list.slots == [.header(folder: "sport", count: 2), .header(folder: "business", count: 2), .article(1), .article(3)])
        #expect(reader.state.message == "sport folded")
        let text = listText(reader)
        #expect(text.contains("▸ sport (2)") && text.contains("▾ business (2)"))
        #expect(!text.contains("Zebra") && !text.contains("Athletes") && text.contains("Markets fall"))
        // The cursor is drawn on the folded header.
        let frame = Renderer.frame(reader)
        let row = reader.state.layout.body.first { frame.text(row: $0).contains("▸ sport") }!
        #expect(frame[row, 0].style == .selectedFocused)
        reader.press(.character("z"))
        #expect(reader.state.list.folded.isEmpty && reader.state.message == "sport opened")
        #expect(listText(reader).contains("Zebra"))
        // The open article is not changed by folding.
        #expect(reader.state.openDocument == 0)
    }

    @Test func enterOnAHeaderFoldsAndOpensIt() {
        var reader = r()
        reader.press(.character("k"))
        #expect(reader.state.listHeader == "sport")
        reader.press(.enter)
        #expect(reader.state.list.folded == ["sport"] && reader.state.openDocument == 0 && reader.state.focus == .documents)
        reader.press(.enter)
        #expect(reader.state.list.folded.isEmpty && reader.state.listHeader == "sport")
    }

    @Test func movingPassesHeadersAndSkipsFoldedArticles() {
        var reader = r()
        reader.press(.character("j"))
        #expect(reader.state.listSelection == 2 && reader.state.listHeader == nil)
        reader.press(.character("j"))
        #expect(reader.state.listHeader == "business")
        reader.press(.character("j"))
        #expect(reader.state.listSelection == 1 && reader.state.listHeader == nil)
        reader.press(.character("g"), .character("z"), .character("j"))
        #expect(reader.state.listHeader == "business")
        reader.press(.character("j"))
        #expect(reader.state.listSelection == 1)
        reader.press(.character("G"))
        #expect(reader.state.listSelection == 3)
        reader.press(.character("g"))
        #expect(reader.state.listHeader == "sport")
    }

    @Test func shiftZFoldsEveryFolderThenOpensThemAll() {
        var reader = r()
        reader.press(.character("j"), .character("j"), .character("j"))  // business/a
        reader.press(.character("Z"))
        #expect(reader.state.list.folded == ["sport", "business"] && reader.state.message == "2 folders folded")
        #expect(reader.state.list.slots == [.header(folder: "sport", count: 2), .header(folder: "business", count: 2)])
        // The cursor stays in its folder: on its header now.
        #expect(reader.state.listHeader == "business")
        reader.press(.character("Z"))
        #expect(reader.state.list.folded.isEmpty && reader.state.message == "2 folders opened")
        #expect(reader.state.list.slots.count == 6)
    }

    @Test func sortingByDateOrTitleShowsEveryArticleAndTheFoldsComeBack() {
        var reader = r()
        reader.press(.character("z"))  // sport folded, the cursor on its header
        reader.press(.character("o"))
        #expect(reader.state.list.order == .date && reader.state.list.slots.count == 4 && reader.state.listHeader == nil)
        #expect(reader.state.listSelection == 0)
        reader.press(.character("z"))
        #expect(reader.state.message == "folders fold in the folder order (o)")
        reader.press(.character("o"), .character("o"))
        #expect(reader.state.list.order == .folder && reader.state.list.folded == ["sport"])
        #expect(reader.state.listHeader == "sport")
    }

    @Test func aFilterOpensTheFoldersItMatchesInAndEscFoldsThemAgain() {
        var reader = r()
        reader.press(.character("Z"))
        reader.press(.character("&"))
        reader.type("ath")
        #expect(reader.state.list.documents == [2] && reader.state.list.folded == ["business"])
        #expect(listText(reader).contains("Athletes"))
        reader.press(.escape)
        #expect(reader.state.list.filter == nil && reader.state.list.folded == ["sport", "business"])
        reader.press(.character("F"))
        reader.type("ath")
        reader.press(.enter)
        #expect(reader.state.list.folded == ["business"] && reader.state.listSelection == 2 && reader.state.listHeader == nil)
    }

    @Test func colonNumberOpensTheFolderOfThatArticleOnly() {
        var reader = r()
        reader.press(.character("Z"), .character(":"))
        reader.type("4")
        reader.press(.enter)
        #expect(reader.state.openDocument == 3 && reader.state.list.folded == ["sport"])
        #expect(reader.state.listSelection == 3 && reader.state.listHeader == nil)
        #expect(listText(reader).contains("Markets fall"))
    }

    @Test func anArticleOpenedInAFoldedFolderPutsTheCursorOnItsHeader() {
        var reader = r()
        reader.press(.character(":"))
        reader.type("4")
        reader.press(.enter)              // business/b open; sport/b in the history
        reader.press(.character("1"), .character("Z"))
        reader.press(.character("H"))     // back to sport/b, folded
        #expect(reader.state.openDocument == 0 && reader.state.list.folded == ["sport", "business"])
        #expect(reader.state.listHeader == "sport")
        // Marks need an article: on a header they do nothing.
        reader.press(.character("1"), .character("*"))
        #expect(reader.state.marks.starred.isEmpty)
    }

    @Test func aClickSelectsAHeaderAndADoubleClickFoldsIt() {
        var reader = r()
        reader.press(.character("2"))
        let frame = Renderer.frame(reader)
        let row = reader.state.layout.body.first { frame.text(row: $0).contains("▾ business") }!
        reader.press(.mouse(MouseEvent(.click, row: row, column: 2)))
        #expect(reader.state.listHeader == "business" && reader.state.focus == .documents)
        reader.press(.mouse(MouseEvent(.doubleClick, row: row, column: 2)))
        #expect(reader.state.list.folded == ["business"])
    }

    @Test func oneFolderHasNothingToFold() {
        var seeds = reader(80, 24)
        seeds.press(.character("z"))
        #expect(seeds.state.list.folded.isEmpty && seeds.state.message == "one folder: nothing to fold")
    }

    @Test func aLongFolderNameKeepsItsCount() {
        let world = ReaderWorld(analysis: analyze([
            ("a-very-long-folder-name-for-reports/x.txt", "Report one\n\nText."),
            ("b/y.txt", "Report two\n\nText."),
        ]))
        var reader = Reader(world: world, width: 80, height: 24)
        reader.press(.character("z"))
        #expect(listText(reader).contains("(1)"))
    }
}
