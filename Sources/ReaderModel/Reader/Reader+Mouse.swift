// The mouse: the wheel scrolls the pane under the pointer, a click selects and focuses,
// a double click opens.
extension Reader {
    static let wheelStep = 3

    /// The pane (or overlay) under a screen cell.
    enum MouseTarget: Equatable { case list, article, sidebar, timeline, help, none }

    func target(row: Int, column: Int) -> MouseTarget {
        let layout = state.layout
        guard !layout.isTooSmall, layout.body.contains(row) else { return .none }
        switch state.overlay {
        case .help: return .help
        case .timeline: return .timeline
        case .sidebar where layout.sidebarOverlay.contains(column): return .sidebar
        default: break
        }
        if layout.list.contains(column) { return .list }
        if layout.article.contains(column) { return .article }
        if let s = layout.sidebar, s.contains(column) { return .sidebar }
        return .none
    }

    mutating func handleMouse(_ event: MouseEvent) {
        guard state.prompt == nil else { return }
        let where_ = target(row: event.row, column: event.column)
        let k = event.row - state.layout.body.lowerBound
        switch event.kind {
        case .wheelUp, .wheelDown:
            let delta = event.kind == .wheelDown ? Self.wheelStep : -Self.wheelStep
            switch where_ {
            case .list: scrollList(by: delta)
            case .article: scrollArticle(to: state.articleScroll + delta)
            case .sidebar:
                state.sidebarScroll = clamp(state.sidebarScroll + delta, 0, max(0, state.sidebarRows.count - state.bodyHeight))
            case .timeline:
                state.timelineSelection += delta
                keepTimelineSelectionVisible()
            case .help:
                state.helpScroll = clamp(state.helpScroll + delta, 0, HelpLayout(for: state.layout, extra: helpSections).maxScroll)
            case .none: break
            }
        case .click, .doubleClick:
            switch where_ {
            case .list:
                guard clickList(row: k) else { return }
                if event.kind == .doubleClick { activate() }
            case .article:
                focusArticle()
                if let m = mention(atRow: k, column: event.column) { state.mentionCursor = m }
                if event.kind == .doubleClick, state.mentionCursor != nil { activate() }
            case .sidebar:
                let i = state.sidebarScroll + k
                guard state.sidebarRows.indices.contains(i) else { return }
                setFocus(.sidebar)
                if state.sidebarRows[i].target != nil {
                    state.sidebarSelection = i
                    if event.kind == .doubleClick { activate() }
                }
            case .timeline:
                // The first body row is the timeline's heading.
                guard k >= 1 else { return }
                state.timelineSelection = state.timelineScroll + k - 1
                keepTimelineSelectionVisible()
                if event.kind == .doubleClick { _ = handleTimeline(.enter) }
            case .help:
                state.overlay = .none
            case .none: break
            }
        }
    }

    /// The index of the open document's mention drawn at a body row and screen column.
    func mention(atRow k: Int, column: Int) -> Int? {
        guard let d = state.openDocument else { return nil }
        let index = state.articleScroll + k
        guard state.article.lines.indices.contains(index) else { return nil }
        let line = state.article.lines[index]
        guard let offset = line.offset(atCell: column - state.layout.article.lowerBound - 1) else { return nil }
        let doc = world.analysis.documents[d]
        return doc.mentions.indices.first { doc.mentions[$0].start <= offset && offset < doc.mentions[$0].end && doc.entityOfMention[$0] >= 0 }
    }
}
