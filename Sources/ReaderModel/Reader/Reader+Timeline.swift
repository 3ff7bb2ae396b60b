// The corpus timeline overlay.
extension Reader {
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
        // Backspace closes the timeline rather than jumping back through history behind it.
        case .character("q"), .escape, .character("t"), .backspace, .character("H"): state.overlay = .none; return true
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
}
