// The article list pane: scrolling and clicking.
extension Reader {
    /// Scrolls the list's view without moving the selection.
    mutating func scrollList(by delta: Int) {
        state.listScroll = clamp(state.listScroll + delta, 0, max(0, world.documentCount - state.bodyHeight))
    }

    /// Selects the article drawn on a body row and focuses the list; false when the row shows none.
    mutating func clickList(row k: Int) -> Bool {
        let i = state.listScroll + k
        guard i >= 0, i < world.documentCount else { return false }
        state.listSelection = i
        setFocus(.documents)
        return true
    }
}
