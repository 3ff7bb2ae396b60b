import Testing
@testable import ReaderModel

@Suite struct CloseInnermostViewTests {
    @Test func qClosesTheCardThenQuits() {
        var r = reader()
        r.press(.character("2"), .character("]"), .enter)
        guard case .entity = r.state.sidebarMode else { Issue.record("no card"); return }
        r.press(.character("q"))
        #expect(r.state.sidebarMode == .document && !r.state.shouldQuit)
        #expect(r.state.focus == .article)
        r.press(.character("q"))
        #expect(r.state.shouldQuit)
    }

    @Test func qClosesHelpTimelineAndOverlayBeforeTheCard() {
        var r = reader(66, 24)
        r.press(.character("2"), .character("]"), .enter)
        #expect(r.state.overlay == .sidebar)
        r.press(.character("t"), .character("?"))
        #expect(r.state.overlay == .help)
        r.press(.character("q"))
        #expect(r.state.overlay == .none && !r.state.shouldQuit)
        guard case .entity = r.state.sidebarMode else { Issue.record("card closed too early"); return }
        r.press(.character("q"))
        #expect(r.state.sidebarMode == .document && !r.state.shouldQuit)
        r.press(.character("Q"))
        #expect(r.state.shouldQuit)
    }

    @Test func backspaceClosesATimelineOpenedFromTheArticle() {
        var r = reader()
        r.press(.character("2"), .character("j"), .character("j"))
        let scroll = r.state.articleScroll
        r.press(.character("t"))
        #expect(r.state.overlay == .timeline)
        r.press(.backspace)
        #expect(r.state.overlay == .none && r.state.openDocument == 0 && r.state.articleScroll == scroll)
    }

    @Test func theFoldedSidebarClosesWhenAMentionStepTakesFocusBack() {
        var r = reader(66, 24)
        r.press(.character("s"))
        #expect(r.state.overlay == .sidebar)
        r.press(.character("]"))
        #expect(r.state.overlay == .none && r.state.focus == .article && r.state.mentionCursor != nil)
    }
}

@Suite struct HelpTests {
    func helpText(_ w: Int, _ h: Int, scrolledBy presses: Int = 0) -> String {
        var r = reader(w, h)
        r.press(.character("?"))
        for _ in 0..<presses { r.press(.character("j")) }
        return Renderer.frame(r).text
    }

    @Test func helpIsWholeAt80x24() {
        let text = helpText(80, 24)
        for line in HelpText.lines {
            #expect(text.contains(line.keys) && text.contains(line.action), "missing \(line.keys) \(line.action)")
        }
        #expect(text.contains("person organization place other"))
        #expect(!text.contains("j k scroll"))
    }

    @Test func helpScrollsAt60x16AndReachesTheEnd() {
        let first = helpText(60, 16)
        #expect(first.contains("j k scroll"))
        #expect(!first.contains("where a jump landed"))
        let end = helpText(60, 16, scrolledBy: 100)
        #expect(end.contains("where a jump landed") && end.contains("person organization place other"))
        // Every line is seen somewhere while scrolling.
        var seen = ""
        for n in stride(from: 0, through: 40, by: 5) { seen += helpText(60, 16, scrolledBy: n) }
        for line in HelpText.lines { #expect(seen.contains(line.action), "never shown: \(line.action)") }
    }

    @Test func helpListsKeysTheIssueNamed() {
        let keys = HelpText.lines.map(\.keys).joined(separator: " ")
        for k in ["Ctrl-Z", "Ctrl-f", "Ctrl-b", "•", "+4", "q", "Q", "S", "/"] { #expect(keys.contains(k), "\(k)") }
    }

    @Test func anyOtherKeyClosesHelp() {
        var r = reader()
        r.press(.character("?"), .character("j"))
        #expect(r.state.overlay == .help)
        r.press(.character("x"))
        #expect(r.state.overlay == .none && !r.state.shouldQuit)
    }
}

@Suite struct MouseTests {
    @Test func wheelScrollsThePaneUnderThePointer() {
        var r = reader(120, 20)
        let article = r.state.layout.article.lowerBound + 5
        r.press(.mouse(MouseEvent(.wheelDown, row: 5, column: article)))
        #expect(r.state.articleScroll == 3 && r.state.focus == .documents)
        r.press(.mouse(MouseEvent(.wheelUp, row: 5, column: article)))
        #expect(r.state.articleScroll == 0)
        let sidebar = r.state.layout.sidebar!.lowerBound + 2
        r.press(.mouse(MouseEvent(.wheelDown, row: 5, column: sidebar)))
        #expect(r.state.sidebarScroll == 3 && r.state.articleScroll == 0)
    }

    @Test func clickSelectsAndFocusesDoubleClickOpens() {
        var r = reader()
        let listColumn = 3
        // Find the row the third article is drawn on.
        let row = (r.state.layout.body).first { k in
            Renderer.frame(r).text(row: k).contains(String(seedWorld.analysis.documents[2].document.title.prefix(8)))
        }!
        r.press(.character("2"))
        r.press(.mouse(MouseEvent(.click, row: row, column: listColumn)))
        #expect(r.state.focus == .documents && r.state.listSelection == 2 && r.state.openDocument == 0)
        // A double click (curses reports it alone) on the same row of a fresh screen opens it.
        var r2 = reader()
        r2.press(.mouse(MouseEvent(.doubleClick, row: row, column: listColumn)))
        #expect(r2.state.openDocument == 2 && r2.state.focus == .article)
    }

    @Test func clickOnAMentionPutsTheCursorThereAndDoubleClickOpensItsCard() {
        var r = reader()
        let frame = Renderer.frame(r)
        var hit: (Int, Int)?
        for row in r.state.layout.body where hit == nil {
            for c in r.state.layout.article where frame[row, c].style == .place { hit = (row, c); break }
        }
        let (row, column) = try! #require(hit)
        r.press(.mouse(MouseEvent(.click, row: row, column: column)))
        let cursor = try! #require(r.state.mentionCursor)
        #expect(seedWorld.analysis.documents[0].mentions[cursor].type == .place && r.state.focus == .article)
        r.press(.mouse(MouseEvent(.doubleClick, row: row, column: column)))
        guard case .entity = r.state.sidebarMode else { Issue.record("no card"); return }
    }

    @Test func clicksOutsideThePanesDoNothing() {
        var r = reader()
        let before = r.state.focus
        r.press(.mouse(MouseEvent(.click, row: 0, column: 5)), .mouse(MouseEvent(.doubleClick, row: 39, column: 5)))
        #expect(r.state.focus == before && r.state.openDocument == 0)
    }
}
