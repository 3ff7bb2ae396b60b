import Testing
@testable import ReaderModel

/// The bundled corpus's world, built once.
let seedWorld = ReaderWorld(analysis: Analysis(corpus: CorpusLoader().loadBundled()))

func reader(_ width: Int = 120, _ height: Int = 40) -> Reader { Reader(world: seedWorld, width: width, height: height) }

extension Reader {
    mutating func press(_ keys: Key...) { for k in keys { handle(k) } }
    mutating func type(_ text: String) { for c in text { handle(.character(c)) } }
}

@Suite struct PaneLayoutTests {
    @Test func threePanesWithRatiosAtCommonSizes() {
        for (w, h) in [(120, 40), (80, 24), (200, 60)] {
            let l = PaneLayout(width: w, height: h)
            #expect(!l.isTooSmall)
            let sidebar = try! #require(l.sidebar)
            #expect(l.list.lowerBound == 0 && sidebar.upperBound == w)
            #expect(l.article.count > l.list.count && l.article.count > sidebar.count)
            #expect(l.list.count + l.article.count + sidebar.count + 2 == w)
            #expect(l.body == 1..<(h - 1))
        }
    }

    @Test func sidebarFoldsFirstOnNarrowScreens() {
        let l = PaneLayout(width: 66, height: 24)
        #expect(l.sidebar == nil && !l.isTooSmall)
        #expect(l.sidebarOverlay.upperBound == 66)
    }

    @Test func belowTheMinimumIsTooSmall() {
        #expect(PaneLayout(width: 59, height: 30).isTooSmall)
        #expect(PaneLayout(width: 100, height: 15).isTooSmall)
        #expect(!PaneLayout(width: 60, height: 16).isTooSmall)
    }
}

@Suite struct ArticleLayoutTests {
    func layout(_ text: String, width: Int) -> ArticleLayout {
        ArticleLayout(document: DocumentParser(furnitureMarkers: []).parse(Document(id: "x", text: text)), width: width)
    }

    @Test func wrapsByDisplayWidthNotByCharacters() {
        let a = layout("Title\n\n日本語のテキストです “quoted” café 😀😀😀 end of the line here", width: 12)
        for line in a.lines {
            #expect(line.scalars.reduce(0) { $0 + DisplayWidth.of($1) } <= 12)
        }
        #expect(DisplayWidth.of("日本") == 4 && DisplayWidth.of("café") == 4 && DisplayWidth.of("“”") == 2 && DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test func keepsParagraphsAndKindsOfLines() {
        // Paragraphs written one a line are set apart by a blank line…
        let first = "First paragraph, long enough that nobody would take it for a line of verse or an address."
        let a = layout("The title\n\n\(first)\nSecond paragraph, which is just as long as the first one and says so here.", width: 200)
        #expect(a.lines.map(\.kind) == [.title, .blank, .body, .blank, .body])
        #expect(String(String.UnicodeScalarView(a.lines[2].scalars)) == first)
        // …short lines one after another are kept as lines, one under the other.
        let b = layout("The title\n\nFirst short line.\nSecond short line.", width: 40)
        #expect(b.lines.map(\.kind) == [.title, .blank, .body, .body])
    }

    @Test func breaksAtSpacesAndKeepsSourceOffsets() {
        let text = "T\n\nalpha beta gamma delta"
        let a = layout(text, width: 11)
        let body = a.lines.filter { $0.kind == .body }.map { String(String.UnicodeScalarView($0.scalars)) }
        #expect(body == ["alpha beta", "gamma delta"])
        let gamma = a.lines.first { $0.scalars.first == "g" }!
        #expect(gamma.offsets.first == Array(text.unicodeScalars).firstIndex(of: "g"))
        #expect(a.line(containing: gamma.offsets[3]) == a.lines.firstIndex(of: gamma))
    }

    @Test func controlCharactersBecomeVisiblePlaceholders() {
        let a = layout("T\n\nbad \u{1B}[31mred\u{07} and \u{202E}rtl", width: 60)
        let body = a.lines.first { $0.kind == .body }!
        #expect(!body.scalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{202E}" })
        #expect(body.scalars.contains("\u{241B}"))
    }
}

@Suite struct ReaderNavigationTests {
    @Test func startsOnTheFirstArticleWithTheListFocused() {
        let r = reader()
        #expect(r.state.openDocument == 0 && r.state.focus == .documents)
        #expect(r.state.visited == [0])
    }

    @Test func listMovesAndEnterOpens() {
        var r = reader()
        r.press(.character("j"), .character("j"), .down)
        #expect(r.state.listSelection == 3 && r.state.openDocument == 0)
        r.press(.character("G"))
        #expect(r.state.listSelection == 4)
        r.press(.character("g"), .character("j"), .enter)
        #expect(r.state.openDocument == 1 && r.state.focus == .article && r.state.visited == [0, 1])
        r.press(.character("k"), .up, .up)
        #expect(r.state.listSelection == 1)
    }

    @Test func articleScrollsByLinePageAndHalfPageAndClamps() {
        var r = reader(120, 20)
        r.press(.character("2"))
        r.press(.character("j"))
        #expect(r.state.articleScroll == 1)
        r.press(.control("d"))
        #expect(r.state.articleScroll == 1 + 9)
        r.press(.control("u"), .control("u"))
        #expect(r.state.articleScroll == 0)
        r.press(.character(" "))
        #expect(r.state.articleScroll == 17)
        r.press(.character("b"))
        #expect(r.state.articleScroll == 0)
        r.press(.end)
        #expect(r.state.articleScroll == r.state.article.lines.count - r.state.bodyHeight)
        r.press(.pageDown)
        #expect(r.state.articleScroll == r.state.article.lines.count - r.state.bodyHeight)
    }

    @Test func focusCyclesWithTabAndMovesWithHL() {
        var r = reader()
        r.press(.tab)
        #expect(r.state.focus == .article)
        r.press(.tab, .tab)
        #expect(r.state.focus == .documents)
        r.press(.backTab)
        #expect(r.state.focus == .sidebar)
        r.press(.character("h"), .character("h"), .character("h"))
        #expect(r.state.focus == .documents)
        r.press(.character("l"))
        #expect(r.state.focus == .article)
        r.press(.character("3"))
        #expect(r.state.focus == .sidebar)
        r.press(.character("1"))
        #expect(r.state.focus == .documents)
    }

    @Test func quitCloseOverlayFirst() {
        var r = reader()
        r.press(.character("?"))
        #expect(r.state.overlay == .help)
        r.press(.character("q"))
        #expect(r.state.overlay == .none && !r.state.shouldQuit)
        r.press(.character("q"))
        #expect(r.state.shouldQuit)
        var r2 = reader()
        r2.press(.control("c"))
        #expect(r2.state.shouldQuit)
    }
}

@Suite struct ReaderEntityTests {
    @Test func bracketsStepThroughMentionsAndEnterOpensTheCard() {
        var r = reader()
        r.press(.character("2"), .character("]"))
        let doc = seedWorld.analysis.documents[0]
        let first = try! #require(r.state.mentionCursor)
        r.press(.character("]"))
        let second = try! #require(r.state.mentionCursor)
        #expect(second > first)
        r.press(.character("["))
        #expect(r.state.mentionCursor == first)
        r.press(.enter)
        #expect(r.state.sidebarMode == .entity(doc.entityOfMention[first]))
        #expect(r.state.focus == .sidebar)
        #expect(r.state.sidebarRows.contains { $0.text == "ARTICLES" })
    }

    @Test func cardArticlesOpenAtTheFirstMentionOfTheEntity() {
        var r = reader()
        r.press(.character("S"))
        r.type("soleimani")
        r.press(.enter)
        guard case .entity(let e) = r.state.sidebarMode else { Issue.record("no card"); return }
        #expect(seedWorld.analysis.entities[e].name == "Qassem Soleimani")
        // The first selectable row is an article (the aliases are not selectable).
        let row = r.state.sidebarRows[r.state.sidebarSelection]
        guard case .document(let d, _) = row.target else { Issue.record("not an article row"); return }
        r.press(.enter)
        #expect(r.state.openDocument == d)
        let cursor = try! #require(r.state.mentionCursor)
        #expect(seedWorld.analysis.documents[d].entityOfMention[cursor] == e)
        #expect(r.state.sidebarMode == .entity(e))
    }

    @Test func relatedFocusesTheRelatedList() {
        var r = reader()
        r.press(.character("r"))
        #expect(r.state.focus == .sidebar)
        let row = r.state.sidebarRows[r.state.sidebarSelection]
        guard case .document(let d, _) = row.target else { Issue.record("not a related article"); return }
        #expect(d != 0)
        r.press(.enter)
        #expect(r.state.openDocument == d)
    }
}

@Suite struct ReaderHistoryTests {
    @Test func backAndForwardRestoreArticleScrollAndSelection() {
        var r = reader()
        r.press(.character("j"), .enter)  // open document 1
        r.press(.character("j"), .character("j"))  // scrolling is not history
        let scrolled = r.state.articleScroll
        r.press(.character("r"), .enter)  // follow a related article
        let followed = r.state.openDocument
        #expect(followed != 1)
        r.press(.backspace)
        #expect(r.state.openDocument == 1 && r.state.articleScroll == scrolled && r.state.focus == .sidebar)
        r.press(.character("H"))
        #expect(r.state.openDocument == 0 && r.state.focus == .documents)
        #expect(r.state.message == nil)
        r.press(.backspace)
        #expect(r.state.message == "no earlier place")
        r.press(.character("L"))
        #expect(r.state.openDocument == 1 && r.state.articleScroll == scrolled)
        r.press(.character("L"))
        #expect(r.state.openDocument == followed)
        r.press(.character("L"))
        #expect(r.state.message == "no later place")
    }
}

@Suite struct ReaderSearchTests {
    @Test func searchIsInsensitiveToCaseDiacriticsAndTransliteration() {
        let index = seedWorld.search
        let names = { (q: String) in index.entities(q).map { seedWorld.analysis.entities[$0].name } }
        #expect(names("hizbullah").contains("Kata'ib Hezbollah"))
        #expect(names("soleimani").first == "Qassem Soleimani")
        #expect(names("SULAIMANI").first == "Qassem Soleimani")
        #expect(names("muhandes").first == "Abu Mahdi al-Muhandis")
        #expect(names("hizballah").first == "Hezbollah" || names("hizballah").contains("Hezbollah"))
        #expect(!names("soleimani").contains("Mohammed bin Salman"))
    }

    @Test func corpusPromptShowsLiveResultsEntitiesFirst() {
        var r = reader()
        r.press(.character("S"))
        r.type("sol")
        let entities = try! #require(r.state.prompt?.entities)
        #expect(!entities.isEmpty)
        r.type("eimani")
        #expect(r.state.prompt?.articles.isEmpty == false)
        r.press(.escape)
        #expect(r.state.prompt == nil && r.state.lastQuery == nil)
    }

    @Test func nAndNStepThroughMatchesWithACounter() {
        var r = reader()
        r.press(.character("/"))
        r.type("PMF")
        r.press(.enter)
        #expect(r.state.lastQuery == "PMF" && r.state.openDocument == 0)
        let count = r.state.matches.count
        #expect(count > 3)
        let start = try! #require(r.state.matchIndex)
        r.press(.character("n"))
        #expect(r.state.matchIndex == (start + 1) % count)
        #expect(Renderer.frame(r).text.contains("/PMF \((start + 1) % count + 1)/\(count)"))
        r.press(.character("N"), .character("N"))
        #expect(r.state.matchIndex == (start - 1 + count) % count)
        r.press(.escape)
        #expect(r.state.matches.isEmpty && r.state.lastQuery == nil)
        r.press(.character("n"))
        #expect(r.state.message == "no search yet: press /")
    }

    @Test func quotedPhrasesMatchInOrder() {
        let hits = seedWorld.search.text("\"dangerous escalation\"")
        #expect(hits.count >= 3)
        #expect(seedWorld.search.text("\"escalation dangerous\"").isEmpty)
    }
}

@Suite struct ReaderResizeTests {
    @Test func resizeReflowsAndKeepsTheTopLine() {
        var r = reader(120, 40)
        r.press(.character("2"))
        r.press(.control("d"), .control("d"))
        let top = r.state.article.lines[r.state.articleScroll].offsets.first!
        r.press(.resize(width: 80, height: 24))
        let line = r.state.article.lines[r.state.articleScroll]
        #expect(line.offsets.first! <= top && line.offsets.last! >= top)
        r.press(.resize(width: 50, height: 15))
        #expect(r.state.layout.isTooSmall)
        #expect(Renderer.frame(r).text.contains("terminal too small (50×15)"))
        r.press(.resize(width: 120, height: 40))
        #expect(Renderer.frame(r).text.contains("Dossier"))
    }

    @Test func foldedSidebarShowsAsAnOverlay() {
        var r = reader(66, 24)
        #expect(r.state.layout.sidebarFolded)
        r.press(.character("s"))
        #expect(r.state.overlay == .sidebar && r.state.focus == .sidebar)
        #expect(Renderer.frame(r).text.contains("ACTORS"))
        r.press(.character("q"))
        #expect(r.state.overlay == .none && !r.state.shouldQuit)
    }
}

@Suite struct EmptyCorpusTests {
    @Test func anEmptyCorpusOpensAndKeysAreHarmless() {
        var r = Reader(world: ReaderWorld(analysis: Analysis(corpus: Corpus(name: "empty", documents: []))), width: 80, height: 24)
        for k: Key in [.character("j"), .enter, .character("]"), .character("2"), .control("d"), .character("r"), .character("n"), .backspace, .character("/"), .character("x"), .enter] {
            r.handle(k)
        }
        let text = Renderer.frame(r).text
        #expect(text.contains("(no articles)"))
        #expect(text.contains("no documents"))
    }

    @Test func aOneLineArticleAndAHugeArticleOpenAndScroll() {
        let huge = "Huge\n\n" + String(repeating: "Baghdad and the PMF met in Iraq again and again. ", count: 20_000)
        let world = ReaderWorld(analysis: Analysis(corpus: Corpus(name: "edge", documents: [
            Document(id: "one.txt", text: "Only a title"), DocumentParser(furnitureMarkers: []).parse(Document(id: "huge.txt", text: huge)),
        ])))
        var r = Reader(world: world, width: 100, height: 30)
        r.press(.character("2"), .end, .character("k"))
        #expect(Renderer.frame(r).text.contains("Only a title"))
        r.press(.character("1"), .character("j"), .enter, .end)
        #expect(r.state.articleScroll > 1000)
        r.press(.character("]"))
        #expect(r.state.mentionCursor != nil)
    }
}

@Suite struct ReaderEventTests {
    @Test func theSidebarListsTheArticlesEventsInDateOrder() {
        let r = reader()
        let rows = r.state.sidebarRows
        let heading = try! #require(rows.firstIndex { $0.text == "EVENTS" && $0.style == .heading })
        var dates: [String] = []
        for row in rows[(heading + 1)...] {
            guard case .event = row.target else { break }
            dates.append(String(row.text.split(separator: " ")[0]))
        }
        #expect(!dates.isEmpty)
        #expect(dates == dates.sorted())
    }

    @Test func timelineEnterOpensTheSentenceAndBackspaceReturns() {
        var r = reader()
        r.press(.character("t"))
        #expect(r.state.overlay == .timeline)
        #expect(Renderer.frame(r).text.contains("TIMELINE"))
        r.press(.character("G"))
        let selected = r.state.timelineSelection
        #expect(selected > 10)
        r.press(.enter)
        #expect(r.state.overlay == .none && r.state.focus == .article)
        let highlight = try! #require(r.state.highlight)
        let events = seedWorld.analysis.events.filter { $0.date != nil }
        let event = events[selected]
        #expect(event.mentions.contains { $0.document == r.state.openDocument && $0.range == highlight })
        // The highlighted sentence is on screen.
        let top = r.state.article.lines[r.state.articleScroll].offsets.first ?? 0
        #expect(top <= highlight.lowerBound)
        r.press(.backspace)
        #expect(r.state.overlay == .timeline && r.state.timelineSelection == selected)
        r.press(.character("q"))
        #expect(r.state.overlay == .none && !r.state.shouldQuit)
    }

    @Test func sidebarEventsOpenTheirSentence() {
        var r = reader()
        r.press(.character("3"))
        let i = try! #require(r.state.sidebarRows.firstIndex { if case .event = $0.target { return true } else { return false } })
        while r.state.sidebarSelection < i { r.press(.character("j")) }
        guard case .event(_, let d, let sentence) = r.state.sidebarRows[r.state.sidebarSelection].target else { Issue.record("no event row"); return }
        r.press(.enter)
        #expect(r.state.openDocument == d && r.state.highlight == sentence)
    }

    @Test func eventsFoundInTheBackgroundAppearWhenReady() {
        let world = ReaderWorld(analysis: Analysis(corpus: CorpusLoader().loadBundled(), events: false))
        var r = Reader(world: world, width: 120, height: 40)
        _ = world.events  // wait for the background work
        if r.state.sidebarAwaitsEvents {
            #expect(r.state.sidebarRows.contains { $0.text.contains("finding events") })
            let refreshed = r.refreshWhenEventsArrive()
            #expect(refreshed)
        }
        #expect(r.state.sidebarRows.contains { if case .event = $0.target { return true } else { return false } })
        let again = r.refreshWhenEventsArrive()
        #expect(!again)
    }
}
