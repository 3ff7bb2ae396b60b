import Testing
@testable import ReaderModel

/// `v`: the list shows all articles, only unread ones, or only starred ones, with counts.
@Suite struct ArticleListMarksTests {
    /// The list pane's text, row by row.
    func listText(_ reader: Reader) -> String {
        let cols = reader.state.layout.list.upperBound
        return Renderer.frame(reader).text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0.prefix(cols)) }.joined(separator: "\n")
    }

    func r(_ w: Int = 120, _ h: Int = 40) -> Reader { Reader(world: ArticleListTests.world, width: w, height: h) }

    @Test func vCyclesAllUnreadStarredAndTheTitleBarCounts() {
        var reader = r()                       // the first article (sport/b) is open, so read
        reader.press(.character("j"))          // sport/a
        reader.press(.character("*"))
        #expect(reader.markCounts == (unread: 3, starred: 1))
        var text = Renderer.frame(reader).text
        #expect(text.split(separator: "\n")[0].contains("3 unread · 1 starred"))

        reader.press(.character("v"))
        #expect(reader.state.list.show == .unread)
        // Folders in order of their first shown article.
        #expect(reader.state.list.documents == [1, 3, 2])
        #expect(reader.state.message == "unread: 3 of 4 articles")
        #expect(Renderer.frame(reader).text.split(separator: "\n")[0].contains("showing unread · 3 unread"))
        text = listText(reader)
        #expect(!text.contains("Zebra") && text.contains("Markets fall"))

        reader.press(.character("v"))
        #expect(reader.state.list.show == .starred)
        #expect(reader.state.list.documents == [2])
        #expect(reader.state.listSelection == 2)
        text = listText(reader)
        #expect(text.contains("Athletes") && !text.contains("Markets") && !text.contains("Zebra"))

        reader.press(.character("v"))
        #expect(reader.state.list.show == .all && reader.state.list.documents.count == 4)
        #expect(reader.state.message == "all 4 articles")
    }

    @Test func readingAndMarkingReadChangeTheUnreadView() {
        var reader = r()
        reader.press(.character("j"), .character("u"))   // sport/a marked read
        reader.press(.character("v"))
        #expect(reader.state.list.documents == [1, 3])
        // The selection moves to a shown article.
        #expect(reader.state.listSelection == 1)
        #expect(reader.markCounts.unread == 2)
    }

    @Test func noStarredArticlesSaysSoAndTheTitleFilterStillApplies() {
        var reader = r()
        reader.press(.character("v"), .character("v"))
        #expect(reader.state.list.documents.isEmpty)
        #expect(Renderer.frame(reader).text.contains("(none starred)"))
        reader.press(.character("v"), .character("v"))   // unread again
        reader.press(.character("&"))
        reader.type("market")
        reader.press(.enter)
        #expect(reader.state.list.documents == [3])
    }

    @Test func namedForBindAndListedInHelp() {
        #expect(ReaderAction.named("show-unread-starred")?.key == .character("v"))
        #expect(HelpText.lines.contains { $0.keys == "v" && $0.action == "all/unread/starred" })
        // No other action or help entry already uses v.
        #expect(ReaderAction.all.filter { $0.key == .character("v") || $0.alsoKeys.contains(.character("v")) }.count == 1)
    }

    @Test func configSetsTheDefaultSortAndShowUnreadOnly() {
        let c = config(["/c/config": "set default-sort date\nset show-unread-only yes\nset default-sort size\nset list-show some\n"])
        #expect(c.settings.listOrder == .date && c.settings.listShow == .unread)
        #expect(c.problems.map(\.message) == ["default-sort takes folder, date or title", "list-show takes all, unread or starred"])
        #expect(config(["/c/config": "set list-show starred\n"]).settings.listShow == .starred)
        #expect(config(["/c/config": "set show-unread-only yes\nset show-unread-only no\n"]).settings.listShow == .all)

        var reader = r()
        reader.apply(settings: c.settings)
        #expect(reader.state.list.order == .date && reader.state.list.show == .unread)
        // Newest first, and the open first article (read) left out.
        #expect(reader.state.list.documents == [3, 1, 2])
        // The read marks taken back at start decide what is unread.
        var stored = ReadingState()
        stored.read = ["business/b.txt"]
        stored.lastDocument = "business/b.txt"
        reader.restore(stored)
        #expect(reader.state.list.documents == [0, 1, 2])
    }
}
