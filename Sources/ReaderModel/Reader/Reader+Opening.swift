// Opening articles, entities, sentences and related articles; mention stepping.
extension Reader {
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
        if world.analysis.documents[d].document.textChangedOnDisk { state.message = Self.changedOnDisk(world.analysis.documents[d].document) }
        state.visited.insert(d)
        state.highlight = nil
        selectInList(d)
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

    /// The status line for an article whose file changed since it was analysed.
    static func changedOnDisk(_ document: Document) -> String {
        "\(TextSanitizer.clean(document.id)) changed on disk since it was read: shown without highlights (reopen to analyse it again)"
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
        state.sidebarRows = noteRows() + world.sidebarRows(for: state.sidebarMode, document: state.openDocument)
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
            if state.listHeader != nil { toggleFold(); return }
            open(document: state.listSelection)
            focusArticle()
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
        focusArticle()
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
}
