import Testing
@testable import ReaderModel

@Suite struct ArticleScopeTests {
    @Test func slashSearchesTheOpenArticleAndStaysThere() {
        var r = reader()
        r.press(.character("j"), .character("j"), .enter)  // article 3
        #expect(r.state.openDocument == 2)
        r.press(.character("/"))
        r.type("troops")
        // Live: matches highlighted while typing, in this article only.
        #expect(!r.state.matches.isEmpty && r.state.openDocument == 2)
        let text = seedWorld.analysis.documents[2].document.text.lowercased()
        #expect(r.state.matches.count == text.components(separatedBy: "troops").count - 1)
        r.press(.enter)
        #expect(r.state.openDocument == 2 && r.state.prompt == nil && r.state.focus == .article)
        #expect(r.state.searchHistory == ["troops"])
    }

    @Test func typingRevealsTheFirstMatchAndEscRestoresThePlace() {
        var r = reader(120, 20)
        r.press(.character("2"))
        r.press(.character("/"))
        r.type("Soleimani")
        let m = try! #require(r.state.matchIndex)
        let line = r.state.article.line(containing: r.state.matches[m].lowerBound)
        #expect(line >= r.state.articleScroll && line < r.state.articleScroll + r.state.bodyHeight)
        #expect(r.state.articleScroll > 0)
        r.press(.escape)
        #expect(r.state.articleScroll == 0 && r.state.matches.isEmpty && r.state.prompt == nil)
    }

    @Test func stepsWrapAndSaySo() {
        var r = reader()
        r.press(.character("/"))
        r.type("Iraq")
        r.press(.enter)
        let count = r.state.matches.count
        #expect(count > 2)
        r.press(.character("G"))
        r.state.matchIndex = count - 1
        r.press(.character("n"))
        #expect(r.state.matchIndex == 0 && r.state.message == "search wrapped to the top")
        r.press(.character("N"))
        #expect(r.state.matchIndex == count - 1 && r.state.message == "search wrapped to the bottom")
    }

    @Test func historyRecallsEarlierQueriesWithUpAndDown() {
        var r = reader()
        for q in ["troops", "Baghdad", "troops"] {
            r.press(.character("/"))
            r.type(q)
            r.press(.enter)
        }
        #expect(r.state.searchHistory == ["Baghdad", "troops"])
        r.press(.character("/"), .up)
        #expect(r.state.prompt?.query == "troops")
        r.press(.up)
        #expect(r.state.prompt?.query == "Baghdad" && !r.state.matches.isEmpty)
        r.press(.up)
        #expect(r.state.prompt?.query == "Baghdad")
        r.press(.down, .down)
        #expect(r.state.prompt?.query == "")
    }

    @Test func foldedMatchingIgnoresCaseAccentsApostrophesAndKeepsMarks() {
        let text = "Café and Cafe\u{301} and KATA’IB and kataib"
        let s = ArticleSearch(document: 0, scalars: Array(text.unicodeScalars))
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }
        #expect(s.ranges(of: "cafe").map(slice) == ["Café", "Cafe\u{301}"])
        #expect(s.ranges(of: "Kataib").map(slice) == ["KATA’IB", "kataib"])
        #expect(s.ranges(of: "and  kata").count == 2)
        #expect(s.ranges(of: "").isEmpty && s.ranges(of: "zzz").isEmpty)
    }
}

@Suite struct CorpusScopeTests {
    @Test func oneRowPerArticleWithTrueCountsAndNoCap() {
        var r = reader()
        r.press(.character("S"))
        r.type("the")
        let articles = try! #require(r.state.prompt?.articles)
        // Every seed article has "the"; each once, with all its hits counted.
        #expect(articles.count == 5 && Set(articles.map(\.document)).count == 5)
        for hit in articles {
            let words = seedWorld.analysis.tokens(of: hit.document).tokens.filter { $0.text.lowercased() == "the" }
            #expect(hit.hits == words.count)
        }
        #expect(zip(articles, articles.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(Renderer.frame(r).text.contains("articles for “the”"))
    }

    @Test func enterOnAnArticleOpensItAtItsFirstHit() {
        var r = reader()
        r.press(.character("S"))
        r.type("drone")
        let articles = try! #require(r.state.prompt?.articles)
        let entities = r.state.prompt!.entities.count
        for _ in 0..<entities { r.press(.tab) }
        r.press(.enter)
        #expect(r.state.openDocument == articles[0].document && r.state.lastQuery == "drone")
        #expect(r.state.matchIndex != nil && r.state.focus == .article)
    }

    @Test func rankingWeighsTitleLeadAndFrequency() {
        let analysis = analyze([
            ("body.txt", "Markets rise\n\nShares rose on Monday.\n\nLater the drought was mentioned once."),
            ("title.txt", "Drought hits farms\n\nFarmers counted losses on Monday.\n\nRain is expected."),
            ("lead.txt", "Farm news\n\nThe drought deepened on Monday.\n\nRain is expected."),
            ("many.txt", "Weather\n\nA dry week.\n\nThe drought, the drought and again the drought."),
            ("none.txt", "Other news\n\nNothing here.\n\nAt all."),
        ])
        let world = ReaderWorld(analysis: analysis)
        let ranked = world.rankedArticles("drought").map { analysis.documents[$0.document].document.id }
        #expect(ranked.count == 4)
        #expect(ranked.last == "body.txt")
        #expect(ranked.firstIndex(of: "title.txt")! < ranked.firstIndex(of: "lead.txt")!)
        #expect(world.rankedArticles("drought").first { analysis.documents[$0.document].document.id == "many.txt" }?.hits == 3)
        // Quoted phrases match in order; plain words need all of them.
        #expect(world.rankedArticles("\"drought deepened\"").count == 1)
        #expect(world.rankedArticles("\"deepened drought\"").isEmpty)
        #expect(world.rankedArticles("rain drought").count == 2)
    }
}
