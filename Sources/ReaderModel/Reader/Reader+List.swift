// The article list pane: moving by article, scrolling, clicking, sorting (o), filtering
// as you type (F, &), showing only unread or starred articles (v) and going to an article by number (:N).
extension Reader {
    /// Columns an article's title has in the list (after the mark and a space).
    var listTextWidth: Int { max(4, state.layout.list.count - 2) }

    /// At most half the list's height for the selected article's title.
    var selectedTitleLines: Int { max(2, state.bodyHeight / 2 - 1) }

    /// The selected slot, and how many rows taller than two the selected article is.
    var listSelectionGeometry: (slot: Int?, extra: Int) {
        guard let slot = state.list.slotOfDocument[state.listSelection] else { return (nil, 0) }
        let doc = world.analysis.documents[state.listSelection].document
        let lines = ArticleList.lines(title: doc.title.isEmpty ? doc.id : doc.title, meta: world.meta(of: state.listSelection),
                                      width: listTextWidth, whole: true, maxLines: selectedTitleLines)
        return (slot, max(0, lines.title.count + (lines.meta == nil ? 0 : 1) - ArticleList.rowsPerArticle))
    }

    /// Moves the selection by `delta` articles in list order.
    mutating func moveListSelection(by delta: Int) {
        let docs = state.list.documents
        guard !docs.isEmpty else { return }
        let current = state.list.slotOfDocument[state.listSelection].flatMap { slot -> Int? in
            guard case .article(let d) = state.list.slots[slot] else { return nil }
            return docs.firstIndex(of: d)
        } ?? 0
        state.listSelection = docs[clamp(current + delta, 0, docs.count - 1)]
        keepListSelectionVisible()
    }

    mutating func keepListSelectionVisible() {
        let (slot, extra) = listSelectionGeometry
        guard let slot else { return }
        let h = max(1, state.bodyHeight)
        var top = state.list.row(ofSlot: slot, selected: slot, extra: extra)
        // Show the folder's header too when it is just above.
        if slot > 0, case .header = state.list.slots[slot - 1] { top -= 1 }
        let bottom = state.list.row(ofSlot: slot, selected: slot, extra: extra) + ArticleList.rowsPerArticle + extra
        if top < state.listScroll { state.listScroll = top }
        if bottom > state.listScroll + h { state.listScroll = min(top, bottom - h) }
        state.listScroll = clamp(state.listScroll, 0, max(0, state.list.rowCount(selectedExtra: extra) - 1))
    }

    /// Scrolls the list's view without moving the selection.
    mutating func scrollList(by delta: Int) {
        let extra = listSelectionGeometry.extra
        state.listScroll = clamp(state.listScroll + delta, 0, max(0, state.list.rowCount(selectedExtra: extra) - state.bodyHeight))
    }

    /// Selects the article drawn on a body row and focuses the list; false when the row shows none.
    mutating func clickList(row k: Int) -> Bool {
        let (selected, extra) = listSelectionGeometry
        guard let (slot, _) = state.list.slot(atRow: state.listScroll + k, selected: selected, extra: extra),
              case .article(let d) = state.list.slots[slot] else { return false }
        state.listSelection = d
        setFocus(.documents)
        keepListSelectionVisible()
        return true
    }

    /// Rebuilds the list after its order or filter changed; the selection stays when shown.
    mutating func rebuildList() {
        state.list.rebuild(world, visited: state.visited, starred: state.marks.starred)
        if state.list.slotOfDocument[state.listSelection] == nil, let first = state.list.documents.first {
            state.listSelection = first
        }
        state.listScroll = 0
        keepListSelectionVisible()
    }

    /// `o`: folder, date, title, and round again.
    mutating func cycleListOrder() {
        let all = ArticleList.Order.allCases
        state.list.order = all[(all.firstIndex(of: state.list.order)! + 1) % all.count]
        rebuildList()
        state.message = "articles by \(state.list.order.rawValue)" + (state.list.order == .date ? ", newest first" : "")
    }

    /// `v`: all articles, only unread ones, only starred ones, and round again. The list is
    /// not rebuilt as articles are opened or unstarred, so the selection does not jump away.
    mutating func cycleListShow() {
        let all = ArticleList.Show.allCases
        state.list.show = all[(all.firstIndex(of: state.list.show)! + 1) % all.count]
        rebuildList()
        let n = state.list.documents.count
        state.message = state.list.show == .all ? "all \(n) articles" : "\(state.list.show.rawValue): \(n) of \(state.list.total) articles"
    }

    mutating func handleLinePrompt(_ key: Key) {
        guard var prompt = state.linePrompt else { return }
        switch key {
        case .escape, .control("g"):
            state.linePrompt = nil
            if prompt.kind == .filter { state.list.filter = prompt.previous; rebuildList() }
            return
        case .control("c"):
            state.shouldQuit = true
            return
        case .enter:
            state.linePrompt = nil
            finish(prompt)
            return
        case .backspace:
            if prompt.text.isEmpty { state.linePrompt = nil; return }
            prompt.text.removeLast()
        case .control("u"):
            prompt.text = ""
        case .character(let c):
            guard c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return }
            if prompt.kind == .goTo, !c.isNumber { return }
            prompt.text.append(c)
        default:
            return
        }
        state.linePrompt = prompt
        if prompt.kind == .filter {
            state.list.filter = prompt.text.isEmpty ? nil : prompt.text
            rebuildList()
        }
    }

    mutating func finish(_ prompt: LinePrompt) {
        switch prompt.kind {
        case .filter:
            let n = state.list.documents.count
            state.message = state.list.filter == nil ? "filter cleared" : "\(n) of \(state.list.total) articles"
            setFocus(.documents)
        case .goTo:
            guard let n = Int(prompt.text), n >= 1, n <= world.documentCount else {
                state.message = "no article \(prompt.text) (1–\(world.documentCount))"
                return
            }
            if state.list.slotOfDocument[n - 1] == nil { state.list.filter = nil; rebuildList() }
            open(document: n - 1)
            focusArticle()
        }
    }
}
