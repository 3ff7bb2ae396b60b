import Foundation

/// The reader's state machine: a state and a key make the next state.
///
/// Every behaviour of the interactive reader lives here, so it is tested without a
/// terminal; the terminal layer only decodes keys and draws `Renderer.frame`.
public struct Reader: Sendable {
    public let world: ReaderWorld
    public private(set) var state: ReaderState

    /// A reader on a screen of the given size, with the first article open.
    public init(world: ReaderWorld, width: Int, height: Int) {
        self.world = world
        let layout = PaneLayout(width: width, height: height)
        let empty = ArticleLayout(document: Document(id: "", text: ""), width: layout.articleTextWidth)
        state = ReaderState(layout: layout, article: empty)
        if world.documentCount > 0 { open(document: 0, recordHistory: false) }
        state.focus = .documents
        refreshSidebar()
    }

    /// Applies one key.
    public mutating func handle(_ key: Key) {
        state.message = nil
        if case .resize(let w, let h) = key { resize(width: w, height: h); return }
        if state.prompt != nil { handlePrompt(key); return }
        if state.overlay == .timeline, handleTimeline(key) { return }
        if state.overlay == .help {
            if key == .character("Q") || key == .control("c") { state.shouldQuit = true }
            state.overlay = .none
            return
        }
        switch key {
        case .character("q"):
            if state.overlay != .none { state.overlay = .none; if state.focus == .sidebar, state.layout.sidebarFolded { state.focus = .article } }
            else { state.shouldQuit = true }
        case .character("Q"), .control("c"): state.shouldQuit = true
        case .character("?"): state.overlay = .help
        case .character("j"), .down: move(by: 1)
        case .character("k"), .up: move(by: -1)
        case .character("g"), .home: move(to: .start)
        case .character("G"), .end: move(to: .end)
        case .control("d"): move(by: max(1, state.bodyHeight / 2))
        case .control("u"): move(by: -max(1, state.bodyHeight / 2))
        case .character(" "), .pageDown, .control("f"): move(by: max(1, state.bodyHeight - 1))
        case .character("b"), .pageUp, .control("b"): move(by: -max(1, state.bodyHeight - 1))
        case .tab: cycleFocus(1)
        case .backTab: cycleFocus(-1)
        case .character("h"), .left: cycleFocus(-1, wrap: false)
        case .character("l"), .right: cycleFocus(1, wrap: false)
        case .character("1"): setFocus(.documents)
        case .character("2"): setFocus(.article)
        case .character("3"): setFocus(.sidebar)
        case .character("]"): stepMention(1)
        case .character("["): stepMention(-1)
        case .enter: activate()
        case .character("/"): state.prompt = SearchPrompt()
        case .character("n"): stepMatch(1)
        case .character("N"): stepMatch(-1)
        case .escape: clearSearch()
        case .backspace, .character("H"): goBack()
        case .character("L"): goForward()
        case .character("r"): focusRelated()
        case .character("t"): openTimeline()
        case .character("s"):
            if state.layout.sidebarFolded {
                state.overlay = state.overlay == .sidebar ? .none : .sidebar
                state.focus = state.overlay == .sidebar ? .sidebar : .article
            }
        default: break
        }
    }

    // MARK: - Moving

    enum Edge { case start, end }

    mutating func move(by delta: Int) {
        switch state.focus {
        case .documents:
            guard world.documentCount > 0 else { return }
            state.listSelection = clamp(state.listSelection + delta, 0, world.documentCount - 1)
            keepListSelectionVisible()
        case .article:
            scrollArticle(to: state.articleScroll + delta)
        case .sidebar:
            moveSidebarSelection(by: delta)
        }
    }

    mutating func move(to edge: Edge) {
        switch state.focus {
        case .documents: move(by: edge == .start ? -world.documentCount : world.documentCount)
        case .article: scrollArticle(to: edge == .start ? 0 : state.article.lines.count)
        case .sidebar: moveSidebarSelection(by: edge == .start ? -state.sidebarRows.count : state.sidebarRows.count)
        }
    }

    var maxArticleScroll: Int { max(0, state.article.lines.count - state.bodyHeight) }

    mutating func scrollArticle(to line: Int) {
        state.articleScroll = clamp(line, 0, maxArticleScroll)
    }

    mutating func keepListSelectionVisible() {
        let h = max(1, state.bodyHeight)
        if state.listSelection < state.listScroll { state.listScroll = state.listSelection }
        if state.listSelection >= state.listScroll + h { state.listScroll = state.listSelection - h + 1 }
    }

    mutating func moveSidebarSelection(by delta: Int) {
        let selectable = state.sidebarRows.indices.filter { state.sidebarRows[$0].target != nil }
        guard !selectable.isEmpty else {
            state.sidebarScroll = clamp(state.sidebarScroll + delta, 0, max(0, state.sidebarRows.count - state.bodyHeight))
            return
        }
        let current = selectable.firstIndex(of: state.sidebarSelection) ?? (delta > 0 ? -1 : selectable.count)
        let next = clamp(current + delta, 0, selectable.count - 1)
        state.sidebarSelection = selectable[next]
        keepSidebarSelectionVisible()
    }

    mutating func keepSidebarSelectionVisible() {
        let h = max(1, state.bodyHeight)
        if state.sidebarSelection < state.sidebarScroll {
            // Show the section heading above the first item too.
            state.sidebarScroll = max(0, state.sidebarSelection - 1)
        }
        // Keep the dim explanation row under a selected item visible as well.
        let bottom = min(state.sidebarRows.count - 1, state.sidebarSelection + 1)
        if bottom >= state.sidebarScroll + h { state.sidebarScroll = bottom - h + 1 }
    }

    // MARK: - Focus

    var visiblePanes: [Pane] {
        state.layout.sidebarFolded && state.overlay != .sidebar ? [.documents, .article] : Pane.allCases
    }

    mutating func cycleFocus(_ step: Int, wrap: Bool = true) {
        let panes = visiblePanes
        let i = panes.firstIndex(of: state.focus) ?? 0
        var next = i + step
        if wrap { next = (next + panes.count) % panes.count } else { next = clamp(next, 0, panes.count - 1) }
        setFocus(panes[next])
    }

    mutating func setFocus(_ pane: Pane) {
        if pane == .sidebar, state.layout.sidebarFolded { state.overlay = .sidebar }
        else if state.overlay == .sidebar, pane != .sidebar { state.overlay = .none }
        state.focus = pane
        if pane == .sidebar, state.sidebarRows.indices.contains(state.sidebarSelection) == false
            || state.sidebarRows[state.sidebarSelection].target == nil {
            moveSidebarSelection(by: 0)
        }
    }

    // MARK: - Opening things

    var place: ReaderPlace {
        ReaderPlace(document: state.openDocument, articleScroll: state.articleScroll, mentionCursor: state.mentionCursor,
                    sidebarMode: state.sidebarMode, sidebarSelection: state.sidebarSelection, focus: state.focus,
                    overlay: state.overlay == .timeline ? .timeline : .none, timelineSelection: state.timelineSelection)
    }

    mutating func recordJump() {
        state.back.append(place)
        if state.back.count > 500 { state.back.removeFirst() }
        state.forward.removeAll()
    }

    /// Opens an article; `offset` scrolls to and selects the mention starting there.
    mutating func open(document d: Int, at offset: Int? = nil, recordHistory: Bool = true) {
        guard d >= 0, d < world.documentCount else { return }
        if recordHistory { recordJump() }
        if state.openDocument != d {
            state.openDocument = d
            state.article = articleLayout(d)
        }
        state.visited.insert(d)
        state.highlight = nil
        state.listSelection = d
        keepListSelectionVisible()
        state.mentionCursor = nil
        state.articleScroll = 0
        state.sidebarMode = .document
        refreshMatches()
        if let offset {
            let mentions = world.analysis.documents[d].mentions
            state.mentionCursor = mentions.firstIndex { $0.start >= offset }
            revealArticle(offset: offset)
        }
        refreshSidebar()
    }

    /// A document wrapped to the article pane's current width.
    func articleLayout(_ d: Int) -> ArticleLayout {
        ArticleLayout(document: world.analysis.documents[d].document, width: state.layout.articleTextWidth)
    }

    mutating func openEntity(_ e: Int) {
        recordJump()
        state.sidebarMode = .entity(e)
        refreshSidebar()
        setFocus(.sidebar)
    }

    mutating func refreshSidebar() {
        // Rows built before the events are found are rebuilt once they are.
        state.sidebarAwaitsEvents = world.eventsIfReady == nil
        state.sidebarRows = SidebarContent.rows(for: state.sidebarMode, document: state.openDocument, world: world)
        state.sidebarScroll = 0
        state.sidebarSelection = state.sidebarRows.firstIndex { $0.target != nil } ?? 0
    }

    /// Scrolls so that the line showing `offset` is in view, a few lines from the top.
    mutating func revealArticle(offset: Int) {
        let line = state.article.line(containing: offset)
        let h = state.bodyHeight
        if line < state.articleScroll || line >= state.articleScroll + h {
            scrollArticle(to: line - min(3, h / 4))
        }
    }

    mutating func activate() {
        switch state.focus {
        case .documents:
            open(document: state.listSelection)
            state.focus = .article
        case .article:
            guard let d = state.openDocument else { return }
            let doc = world.analysis.documents[d]
            let index = state.mentionCursor ?? firstVisibleMention()
            guard let i = index, doc.entityOfMention[i] >= 0 else { state.message = "no entity mention on screen"; return }
            state.mentionCursor = i
            openEntity(doc.entityOfMention[i])
        case .sidebar:
            guard state.sidebarRows.indices.contains(state.sidebarSelection),
                  let target = state.sidebarRows[state.sidebarSelection].target else { return }
            switch target {
            case .entity(let e): openEntity(e)
            case .document(let d, let offset):
                let mode = state.sidebarMode
                open(document: d, at: offset)
                // Keep the entity's card beside the article it led to.
                if case .entity = mode { state.sidebarMode = mode; refreshSidebar() }
                state.focus = .article
                if state.overlay == .sidebar { state.overlay = .none }
            case .event(_, let d, let sentence):
                let mode = state.sidebarMode
                openSentence(document: d, sentence: sentence)
                if case .entity = mode { state.sidebarMode = mode; refreshSidebar() }
            }
        }
    }

    func firstVisibleMention() -> Int? {
        guard let d = state.openDocument else { return nil }
        let lines = state.article.lines
        let top = state.articleScroll
        let bottom = min(lines.count, top + state.bodyHeight)
        guard top < bottom else { return nil }
        let from = lines[top].offsets.first ?? lines[top].paragraphStart
        let to = lines[bottom - 1].offsets.last ?? lines[bottom - 1].paragraphStart
        return world.analysis.documents[d].mentions.indices.first { i in
            let m = world.analysis.documents[d].mentions[i]
            return m.start >= from && m.start <= to && world.analysis.documents[d].entityOfMention[i] >= 0
                && m.type != .other
        }
    }

    mutating func stepMention(_ step: Int) {
        guard let d = state.openDocument else { return }
        let doc = world.analysis.documents[d]
        let candidates = doc.mentions.indices.filter { doc.entityOfMention[$0] >= 0 && doc.mentions[$0].type != .other }
        guard !candidates.isEmpty else { state.message = "no entity mentions in this article"; return }
        let next: Int?
        if let current = state.mentionCursor {
            next = step > 0 ? candidates.first { $0 > current } : candidates.last { $0 < current }
        } else {
            let visible = firstVisibleMention()
            next = step > 0 ? (visible ?? candidates.first) : (visible.flatMap { v in candidates.last { $0 < v } } ?? candidates.last)
        }
        guard let i = next else { state.message = step > 0 ? "last mention" : "first mention"; return }
        state.mentionCursor = i
        if state.focus != .article { state.focus = .article }
        revealArticle(offset: doc.mentions[i].start)
    }

    mutating func focusRelated() {
        if state.sidebarMode != .document {
            recordJump()
            state.sidebarMode = .document
            refreshSidebar()
        }
        setFocus(.sidebar)
        if let heading = state.sidebarRows.firstIndex(where: { $0.text == "RELATED" && $0.style == .heading }),
           let first = state.sidebarRows[heading...].firstIndex(where: { $0.target != nil }) {
            state.sidebarSelection = first
            state.sidebarScroll = max(0, heading)
            keepSidebarSelectionVisible()
        } else {
            state.message = "no related articles"
        }
    }

    /// Opens an article at a sentence, highlighted (history records the jump).
    mutating func openSentence(document d: Int, sentence: Range<Int>) {
        open(document: d)
        state.highlight = sentence
        revealArticle(offset: sentence.lowerBound)
        state.focus = .article
        if state.overlay == .sidebar || state.overlay == .timeline { state.overlay = .none }
    }

    // MARK: - Timeline

    /// Dated events in date order: the rows of the timeline.
    var timelineEvents: [Int] {
        let events = world.events.events
        return events.indices.filter { events[$0].date != nil }
    }

    mutating func openTimeline() {
        if state.overlay == .timeline { state.overlay = .none; return }
        state.overlay = .timeline
        if timelineEvents.isEmpty { state.message = "no dated events in this corpus" }
        keepTimelineSelectionVisible()
    }

    mutating func keepTimelineSelectionVisible() {
        let h = max(1, state.bodyHeight - 1)
        let count = timelineEvents.count
        state.timelineSelection = clamp(state.timelineSelection, 0, max(0, count - 1))
        if state.timelineSelection < state.timelineScroll { state.timelineScroll = state.timelineSelection }
        if state.timelineSelection >= state.timelineScroll + h { state.timelineScroll = state.timelineSelection - h + 1 }
    }

    /// Keys while the timeline is shown; false for keys it leaves to the reader.
    mutating func handleTimeline(_ key: Key) -> Bool {
        let page = max(1, state.bodyHeight - 2)
        switch key {
        case .character("j"), .down: state.timelineSelection += 1
        case .character("k"), .up: state.timelineSelection -= 1
        case .character("g"), .home: state.timelineSelection = 0
        case .character("G"), .end: state.timelineSelection = timelineEvents.count - 1
        case .control("d"): state.timelineSelection += page / 2
        case .control("u"): state.timelineSelection -= page / 2
        case .character(" "), .pageDown: state.timelineSelection += page
        case .character("b"), .pageUp: state.timelineSelection -= page
        case .character("q"), .escape, .character("t"): state.overlay = .none; return true
        case .enter:
            let rows = timelineEvents
            guard rows.indices.contains(state.timelineSelection) else { return true }
            let event = world.events.events[rows[state.timelineSelection]]
            let mention = event.mentions[0]
            openSentence(document: mention.document, sentence: mention.range)
            return true
        default: return false
        }
        keepTimelineSelectionVisible()
        return true
    }

    /// Rebuilds the sidebar once events found in the background are ready; true when it changed.
    public mutating func refreshWhenEventsArrive() -> Bool {
        guard state.sidebarAwaitsEvents, world.eventsIfReady != nil else { return false }
        let selection = state.sidebarSelection, scroll = state.sidebarScroll
        refreshSidebar()
        state.sidebarSelection = selection
        state.sidebarScroll = scroll
        return true
    }

    // MARK: - History

    mutating func restore(_ p: ReaderPlace) {
        if let d = p.document, d != state.openDocument {
            state.openDocument = d
            state.article = articleLayout(d)
            state.listSelection = d
            keepListSelectionVisible()
            refreshMatches()
        }
        state.sidebarMode = p.sidebarMode
        refreshSidebar()
        state.sidebarSelection = p.sidebarSelection
        keepSidebarSelectionVisible()
        state.articleScroll = clamp(p.articleScroll, 0, maxArticleScroll)
        state.mentionCursor = p.mentionCursor
        state.focus = p.focus
        state.highlight = nil
        state.overlay = p.overlay
        state.timelineSelection = p.timelineSelection
        if p.overlay == .timeline { keepTimelineSelectionVisible() }
        if state.focus == .sidebar, state.layout.sidebarFolded { state.overlay = .sidebar }
    }

    mutating func goBack() {
        guard let p = state.back.popLast() else { state.message = "no earlier place"; return }
        state.forward.append(place)
        restore(p)
    }

    mutating func goForward() {
        guard let p = state.forward.popLast() else { state.message = "no later place"; return }
        state.back.append(place)
        restore(p)
    }

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
            state.focus = .article
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
        state.focus = .article
        revealArticle(offset: state.matches[state.matchIndex!].lowerBound)
    }

    mutating func clearSearch() {
        state.highlight = nil
        state.lastQuery = nil
        state.matches = []
        state.matchIndex = nil
        if state.overlay != .none { state.overlay = .none }
    }

    // MARK: - Resizing

    mutating func resize(width: Int, height: Int) {
        let anchor = state.article.lines.indices.contains(state.articleScroll)
            ? (state.article.lines[state.articleScroll].offsets.first ?? state.article.lines[state.articleScroll].paragraphStart) : 0
        state.layout = PaneLayout(width: width, height: height)
        if let d = state.openDocument {
            state.article = articleLayout(d)
        }
        // The line that was at the top stays at the top.
        state.articleScroll = clamp(state.article.line(containing: anchor), 0, maxArticleScroll)
        if !state.layout.sidebarFolded, state.overlay == .sidebar { state.overlay = .none }
        if state.layout.sidebarFolded, state.focus == .sidebar, state.overlay != .sidebar { state.focus = .article }
        keepListSelectionVisible()
        keepSidebarSelectionVisible()
    }
}

func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { max(lo, min(hi, v)) }
