/// The key bindings, as the help overlay lists them.
public enum HelpText {
    public static let lines: [(keys: String, action: String)] = [
        ("j k ↓ ↑", "move down / up"),
        ("g G Home End", "first / last"),
        ("Ctrl-d Ctrl-u", "half page down / up"),
        ("Space PgDn, b PgUp", "page down / up"),
        ("Tab Shift-Tab", "next / previous pane"),
        ("h l ← →", "pane to the left / right"),
        ("1 2 3", "articles / article / sidebar pane"),
        ("Enter", "open article, entity or result"),
        ("] [", "next / previous entity mention"),
        ("/", "search entities and text"),
        ("n N", "next / previous match in the article"),
        ("Esc", "cancel search, clear highlights"),
        ("Backspace H", "back in history"),
        ("L", "forward in history"),
        ("r", "related articles"),
        ("t", "timeline of events (Enter opens, Backspace returns)"),
        ("s", "show the sidebar (narrow screens)"),
        ("Ctrl-L", "redraw"),
        ("?", "this help"),
        ("q", "close overlay, or quit"),
        ("Q Ctrl-C", "quit"),
    ]
}
