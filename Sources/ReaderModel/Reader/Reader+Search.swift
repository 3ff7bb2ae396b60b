import Foundation

// The two search scopes: `/` finds text in the open article as you type (n/N, a counter,
// wrap reported); `S` (or Ctrl-/) searches the collection: entities, then ranked articles.
extension Reader {
    static let historyLimit = 100

    mutating func openPrompt(_ scope: SearchPrompt.Scope) {
        var prompt = SearchPrompt(scope: scope)
        prompt.originScroll = state.articleScroll
        prompt.originQuery = state.lastQuery
        state.prompt = prompt
    }

    mutating func handlePrompt(_ key: Key) {
        guard var prompt = state.prompt else { return }
        let page = max(1, state.bodyHeight - 3)
        switch key {
        case .escape, .control("g"):
            cancel(prompt)
            return
        case .control("c"):
            state.shouldQuit = true
            return
        case .enter:
            state.prompt = nil
            commit(prompt)
            return
        case .backspace:
            if prompt.query.isEmpty { cancel(prompt); return }
            prompt.query.removeLast()
            prompt.historyIndex = nil
        case .control("u"):
            prompt.query = ""
        case .up, .control("p"):
            guard !state.searchHistory.isEmpty else { return }
            let i = max(0, (prompt.historyIndex ?? state.searchHistory.count) - 1)
            prompt.historyIndex = i
            prompt.query = state.searchHistory[i]
        case .down, .control("n"):
            guard let i = prompt.historyIndex else { return }
            if i + 1 < state.searchHistory.count {
                prompt.historyIndex = i + 1
                prompt.query = state.searchHistory[i + 1]
            } else {
                prompt.historyIndex = nil
                prompt.query = ""
            }
        case .tab:
            prompt.selection = min(prompt.selection + 1, max(0, prompt.resultCount - 1))
            state.prompt = prompt
            return
        case .backTab:
            prompt.selection = max(prompt.selection - 1, 0)
            state.prompt = prompt
            return
        case .pageDown:
            prompt.selection = min(prompt.selection + page, max(0, prompt.resultCount - 1))
            state.prompt = prompt
            return
        case .pageUp:
            prompt.selection = max(prompt.selection - page, 0)
            state.prompt = prompt
            return
        case .character(let c):
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return }
            prompt.query.append(c)
            prompt.historyIndex = nil
        default:
            return
        }
        state.prompt = prompt
        refreshPrompt()
    }

    /// Results for the prompt's query: live matches in the article, or the collection's results.
    mutating func refreshPrompt() {
        guard var prompt = state.prompt else { return }
        let query = prompt.query.trimmingCharacters(in: .whitespaces)
        switch prompt.scope {
        case .article:
            state.lastQuery = query.isEmpty ? nil : query
            refreshMatches()
            // Like less: the first match from where the reading was.
            if !state.matches.isEmpty {
                let top = topOffset(prompt.originScroll)
                state.matchIndex = state.matches.firstIndex { $0.lowerBound >= top } ?? 0
                revealArticle(offset: state.matches[state.matchIndex!].lowerBound)
            } else {
                state.articleScroll = prompt.originScroll
            }
        case .corpus:
            prompt.entities = query.isEmpty ? [] : world.search.entities(query, limit: 10)
            prompt.articles = query.isEmpty ? [] : world.rankedArticles(query)
            prompt.selection = 0
        }
        state.prompt = prompt
    }

    /// Esc: the prompt closes and the article is as it was.
    mutating func cancel(_ prompt: SearchPrompt) {
        state.prompt = nil
        if prompt.scope == .article {
            state.lastQuery = prompt.originQuery
            refreshMatches()
            state.articleScroll = prompt.originScroll
        }
    }

    mutating func remember(_ query: String) {
        state.searchHistory.removeAll { $0 == query }
        state.searchHistory.append(query)
        if state.searchHistory.count > Self.historyLimit { state.searchHistory.removeFirst() }
    }

    mutating func commit(_ prompt: SearchPrompt) {
        let query = prompt.query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { cancel(prompt); return }
        remember(query)
        state.lastQuery = query
        switch prompt.scope {
        case .article:
            if state.matches.isEmpty { state.message = "“\(query)” not in this article · S searches all articles" }
            else { focusArticle() }
        case .corpus:
            let p = prompt
            guard p.resultCount > 0 else {
                refreshMatches()
                state.message = "no results for “\(query)”"
                return
            }
            let i = min(p.selection, p.resultCount - 1)
            if i < p.entities.count {
                refreshMatches()
                openEntity(p.entities[i])
            } else {
                let hit = p.articles[i - p.entities.count]
                open(document: hit.document, at: nil)
                focusArticle()
                state.matchIndex = state.matches.firstIndex { $0.upperBound > hit.first.lowerBound }
                if let m = state.matchIndex { revealArticle(offset: state.matches[m].lowerBound) }
            }
        }
    }

    /// The first code point shown at a scroll position.
    func topOffset(_ scroll: Int) -> Int {
        guard state.article.lines.indices.contains(scroll) else { return 0 }
        return state.article.lines[scroll].offsets.first ?? state.article.lines[scroll].paragraphStart
    }

    /// Matches of the last query in the open article: its text, and mentions of the entities it names.
    mutating func refreshMatches() {
        state.matches = []
        state.matchIndex = nil
        guard let query = state.lastQuery, let d = state.openDocument else { return }
        if state.articleSearch?.document != d {
            state.articleSearch = ArticleSearch(document: d, scalars: world.analysis.documents[d].document.scalars)
        }
        var ranges = state.articleSearch!.ranges(of: query)
        // Other spellings of a named entity ("hizbullah" → "Kata’ib Hezbollah") once the query is a name.
        if query.count >= 3 {
            let entities = Set(world.search.entities(query, limit: 3))
            let doc = world.analysis.documents[d]
            for (i, m) in doc.mentions.enumerated() where entities.contains(doc.entityOfMention[i]) {
                ranges.append(m.start..<m.end)
            }
        }
        // Overlapping ranges (a word inside a mention) count once, as the longer one.
        ranges.sort { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        var merged: [Range<Int>] = []
        for r in ranges {
            if let last = merged.last, r.lowerBound < last.upperBound { continue }
            merged.append(r)
        }
        state.matches = merged
    }

    mutating func stepMatch(_ step: Int) {
        guard state.lastQuery != nil else { state.message = "no search yet: press /"; return }
        guard !state.matches.isEmpty else { state.message = "no matches in this article"; return }
        let count = state.matches.count
        if let i = state.matchIndex {
            let next = i + step
            if next >= count { state.message = "search wrapped to the top" }
            if next < 0 { state.message = "search wrapped to the bottom" }
            state.matchIndex = (next + count) % count
        } else {
            let top = topOffset(state.articleScroll)
            state.matchIndex = step > 0 ? (state.matches.firstIndex { $0.lowerBound >= top } ?? 0)
                : (state.matches.lastIndex { $0.lowerBound < top } ?? count - 1)
        }
        focusArticle()
        revealArticle(offset: state.matches[state.matchIndex!].lowerBound)
    }

    mutating func clearSearch() {
        state.highlight = nil
        state.lastQuery = nil
        state.matches = []
        state.matchIndex = nil
        if state.overlay != .none { state.overlay = .none }
    }
}
