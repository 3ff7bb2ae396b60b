// Back and forward through every jump.
extension Reader {
    // MARK: - History

    mutating func restore(_ p: ReaderPlace) {
        if let d = p.document, d != state.openDocument {
            state.openDocument = d
            state.article = articleLayout(d)
            selectInList(d)
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
}
