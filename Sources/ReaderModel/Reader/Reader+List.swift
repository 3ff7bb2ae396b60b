// The article list pane: moving by article, scrolling, clicking, sorting (o), filtering
// as you type (F, &), showing only unread or starred articles (v) and going to an article by number (:N).
extension Reader {
    /// Columns an article's title has in the list (after the mark and a space).
    var listTextWidth: Int { max(4, state.layout.list.count - 2) }

    /// At most half the list's height for the selected article's title.
    var selectedTitleLines: Int { max(2, state.bodyHeight / 2 - 1) }

    /// The selected slot, and how many rows taller than two the selected article is.
    var listSelectionGeometry: (slot: Int?, extra: Int) {
        guard state.listHeader == nil, let slot = state.list.slotOfDocument[state.listSelection] else { return (nil, 0) }
        let lines = world.listLines(of: state.listSelection, width: listTextWidth, whole: true, maxLines: selectedTitleLines)
        return (slot, max(0, lines.title.count + (lines.meta == nil ? 0 : 1) - ArticleList.rowsPerArticle))
    }

    /// The slot the list's cursor is on: a folder's header or the selected article.
    var listCursorSlot: Int? {
        if let folder = state.listHeader { return state.list.headerSlot[folder] }
        return state.list.slotOfDocument[state.listSelection]
    }

    /// Puts the list's cursor on a slot: a header, or an article (which becomes the selection).
    mutating func setListCursor(slot: Int) {
        switch state.list.slots[slot] {
        case .header(let folder, _): state.listHeader = folder
        case .article(let d): state.listSelection = d; state.listHeader = nil
        }
    }

    /// Moves the cursor by `delta` rows of the list's order: articles and folder headers.
    mutating func moveListSelection(by delta: Int) {
        guard !state.list.slots.isEmpty else { return }
        let current = listCursorSlot ?? 0
        setListCursor(slot: clamp(current + delta, 0, state.list.slots.count - 1))
        keepListSelectionVisible()
    }

    /// Selects an article in the list (opened, or restored from history); under a folded
    /// header, the cursor goes to the header, and the folder stays folded.
    mutating func selectInList(_ d: Int) {
        state.listSelection = d
        state.listHeader = nil
        if state.list.slotOfDocument[d] == nil {
            let folder = ArticleList.folder(of: world.analysis.documents[d].document.id)
            if state.list.isFolded(folder), state.list.headerSlot[folder] != nil { state.listHeader = folder }
        }
        keepListSelectionVisible()
    }

    mutating func keepListSelectionVisible() {
        let h = max(1, state.bodyHeight)
        if let folder = state.listHeader, let slot = state.list.headerSlot[folder] {
            let top = state.list.row(ofSlot: slot, selected: nil, extra: 0)
            if top < state.listScroll { state.listScroll = top }
            if top >= state.listScroll + h { state.listScroll = top - h + 1 }
            state.listScroll = clamp(state.listScroll, 0, max(0, state.list.rowCount(selectedExtra: 0) - 1))
            return
        }
        let (slot, extra) = listSelectionGeometry
        guard let slot else { return }
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

    /// Puts the cursor on the article or header drawn on a body row and focuses the list; false when the row shows none.
    mutating func clickList(row k: Int) -> Bool {
        let (selected, extra) = listSelectionGeometry
        guard let (slot, _) = state.list.slot(atRow: state.listScroll + k, selected: selected, extra: extra) else { return false }
        setListCursor(slot: slot)
        setFocus(.documents)
        keepListSelectionVisible()
        return true
    }

    /// Rebuilds the list after its order or filter changed; the selection stays when shown.
    /// With `keepScroll`, the view stays where it was as far as the cursor allows (folding).
    mutating func rebuildList(keepScroll: Bool = false) {
        state.list.rebuild(world, visited: state.visited, starred: state.marks.starred)
        if let folder = state.listHeader, state.list.headerSlot[folder] == nil { state.listHeader = nil }
        if state.listHeader == nil, state.list.slotOfDocument[state.listSelection] == nil {
            let folder = ArticleList.folder(of: world.analysis.documents[state.listSelection].document.id)
            if state.list.documents.contains(state.listSelection), state.list.isFolded(folder) {
                state.listHeader = folder
            } else if let first = state.list.slots.indices.first(where: { if case .article = state.list.slots[$0] { true } else { false } }) {
                setListCursor(slot: first)
            } else if !state.list.slots.isEmpty {
                setListCursor(slot: 0)
            }
        }
        if !keepScroll { state.listScroll = 0 }
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
            if prompt.kind == .filter { state.list.filter = prompt.previous; state.list.folded = prompt.previousFolded; rebuildList() }
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
            // Folders with matches open as the filter finds them (as vim's search opens folds).
            state.list.folded = prompt.previousFolded
            if state.list.filter != nil {
                state.list.rebuild(world, visited: state.visited, starred: state.marks.starred)
                let matched = Set(state.list.documents.map { ArticleList.folder(of: world.analysis.documents[$0].document.id) })
                state.list.folded.subtract(matched)
            }
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
            if state.list.slotOfDocument[n - 1] == nil {
                // Shown whatever hid it: the filter, the unread/starred view or a folded folder.
                if !state.list.documents.contains(n - 1) { state.list.filter = nil; state.list.show = .all }
                state.list.folded.remove(ArticleList.folder(of: world.analysis.documents[n - 1].document.id))
                rebuildList()
            }
            open(document: n - 1)
            focusArticle()
        }
    }
}
