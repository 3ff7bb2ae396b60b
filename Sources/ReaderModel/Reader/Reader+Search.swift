import Foundation

// The search prompt, committing a search, and matches in the open article.
extension Reader {
    // MARK: - Search

    mutating func handlePrompt(_ key: Key) {
        guard var prompt = state.prompt else { return }
        switch key {
        case .escape, .control("g"):
            state.prompt = nil
            clearSearch()
            return
        case .control("c"):
            state.shouldQuit = true
            return
        case .enter:
            state.prompt = nil
            commit(prompt)
            return
        case .backspace:
            if prompt.query.isEmpty { state.prompt = nil; return }
            prompt.query.removeLast()
        case .control("u"):
            prompt.query = ""
        case .down, .control("n"), .tab:
            prompt.selection = min(prompt.selection + 1, max(0, prompt.results.count - 1))
            state.prompt = prompt
            return
        case .up, .control("p"), .backTab:
            prompt.selection = max(prompt.selection - 1, 0)
            state.prompt = prompt
            return
        case .character(let c):
            guard !c.isNewline, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return }
            prompt.query.append(c)
        default:
            return
        }
        prompt.results = world.search.search(prompt.query, limit: 40)
        prompt.selection = 0
        state.prompt = prompt
    }

    mutating func commit(_ prompt: SearchPrompt) {
        let query = prompt.query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return }
        state.lastQuery = query
        let results = prompt.results.isEmpty ? world.search.search(query) : prompt.results
        guard results.indices.contains(prompt.selection) else {
            refreshMatches()
            state.message = "no results for “\(query)”"
            return
        }
        switch results[prompt.selection] {
        case .entity(let e):
            refreshMatches()
            openEntity(e)
        case .text(let d, let range):
            open(document: d, at: nil)
            focusArticle()
            state.matchIndex = state.matches.firstIndex { $0.lowerBound == range.lowerBound }
            revealArticle(offset: range.lowerBound)
        }
    }

    /// Matches of the last query in the open article: its text, and mentions of the entities it names.
    mutating func refreshMatches() {
        state.matches = []
        state.matchIndex = nil
        guard let query = state.lastQuery, let d = state.openDocument else { return }
        var ranges = Set<Range<Int>>()
        for range in world.search.text(query, in: d) { ranges.insert(range) }
        let entities = Set(world.search.entities(query, limit: 3))
        let doc = world.analysis.documents[d]
        for (i, m) in doc.mentions.enumerated() where entities.contains(doc.entityOfMention[i]) {
            ranges.insert(m.start..<m.end)
        }
        // Overlapping ranges (a word inside a mention) count once, as the longer one.
        var sorted = ranges.sorted { ($0.lowerBound, -$0.count) < ($1.lowerBound, -$1.count) }
        var merged: [Range<Int>] = []
        for r in sorted {
            if let last = merged.last, r.lowerBound < last.upperBound { continue }
            merged.append(r)
        }
        sorted = merged
        state.matches = sorted
    }

    mutating func stepMatch(_ step: Int) {
        guard state.lastQuery != nil else { state.message = "no search yet: press /"; return }
        guard !state.matches.isEmpty else { state.message = "no matches in this article"; return }
        let count = state.matches.count
        if let i = state.matchIndex {
            state.matchIndex = (i + step + count) % count
        } else {
            let top = state.article.lines[state.articleScroll].offsets.first ?? 0
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
