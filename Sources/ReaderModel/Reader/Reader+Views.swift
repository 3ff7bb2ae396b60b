// Closing views from the inside out (q), and the help overlay's keys.
extension Reader {
    /// `q`: closes the innermost view — overlay, then entity card — and quits only from the main screen.
    mutating func closeInnermostView() {
        switch state.overlay {
        case .help, .timeline:
            state.overlay = .none
            return
        case .sidebar:
            state.overlay = .none
            if state.focus == .sidebar { state.focus = .article }
            return
        case .none:
            break
        }
        if case .entity = state.sidebarMode {
            state.sidebarMode = .document
            refreshSidebar()
            if state.focus == .sidebar { state.focus = .article }
            state.message = "card closed"
            return
        }
        state.shouldQuit = true
    }

    /// Keys while help is shown: movement scrolls it, q ? Esc close it, Q quits.
    mutating func handleHelp(_ key: Key) {
        let help = HelpLayout(for: state.layout, extra: helpSections)
        let page = max(1, help.visibleRows - 1)
        switch key {
        case .character("j"), .down: state.helpScroll += 1
        case .character("k"), .up: state.helpScroll -= 1
        case .character(" "), .pageDown, .control("f"), .control("d"): state.helpScroll += page
        case .character("b"), .pageUp, .control("b"), .control("u"): state.helpScroll -= page
        case .character("g"), .home: state.helpScroll = 0
        case .character("G"), .end: state.helpScroll = help.maxScroll
        case .character("Q"), .control("c"): state.shouldQuit = true
        default: state.overlay = .none
        }
        state.helpScroll = clamp(state.helpScroll, 0, help.maxScroll)
    }
}

extension Reader {
    /// Moves focus to the article; the folded sidebar's overlay goes away with it.
    mutating func focusArticle() {
        state.focus = .article
        if state.overlay == .sidebar { state.overlay = .none }
    }
}
