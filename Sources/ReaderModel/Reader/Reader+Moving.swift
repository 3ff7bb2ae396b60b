// Moving the selection and scroll, changing focus, and reflowing on resize.
extension Reader {
    // MARK: - Moving

    enum Edge { case start, end }

    mutating func move(by delta: Int) {
        switch state.focus {
        case .documents:
            moveListSelection(by: delta)
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
    // MARK: - Resizing

    mutating func resize(width: Int, height: Int) {
        let anchor = state.article.lines.indices.contains(state.articleScroll)
            ? (state.article.lines[state.articleScroll].offsets.first ?? state.article.lines[state.articleScroll].paragraphStart) : 0
        state.layout = PaneLayout(width: width, height: height, settings: state.settings)
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
