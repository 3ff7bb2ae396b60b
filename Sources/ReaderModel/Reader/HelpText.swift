/// The key bindings and screen marks, as the help overlay lists them.
///
/// Kept short (keys ≤ 14 cells, actions ≤ 22) so that two columns hold all of it at 80×24.
public enum HelpText {
    /// One line of help: keys (or a mark) and what they do; `style` draws the keys column.
    public struct Entry: Sendable, Equatable {
        public var keys: String
        public var action: String
        public var style: Style

        public init(_ keys: String, _ action: String, style: Style = .title) {
            self.keys = keys
            self.action = action
            self.style = style
        }
    }

    /// A titled group of entries.
    public struct Section: Sendable, Equatable {
        public var title: String
        public var entries: [Entry]
        public init(_ title: String, _ entries: [Entry]) { self.title = title; self.entries = entries }
    }

    public static let keyWidth = 14

    public static let sections: [Section] = [
        Section("MOVING", [
            Entry("j k ↓ ↑", "down / up"),
            Entry("g G Home End", "first / last"),
            Entry("Ctrl-d Ctrl-u", "half page down / up"),
            Entry("Space Ctrl-f", "page down (PgDn)"),
            Entry("b Ctrl-b", "page up (PgUp)"),
            Entry("Tab ⇧Tab", "next / previous pane"),
            Entry("h l ← →", "pane left / right"),
            Entry("1 2 3", "list, article, sidebar"),
            Entry("Enter", "open; fold a folder"),
            Entry("mouse", "wheel, click, 2×click"),
        ]),
        Section("READING", [
            Entry("] [", "next/previous mention"),
            Entry("r", "related articles"),
            Entry("t", "timeline of events"),
            Entry("s", "sidebar, narrow screen"),
            Entry("Backspace H L", "back / forward"),
            Entry("u * a", "read, star, note"),
            Entry("e O | MXTRU", "hand-off; fix card"),
        ]),
        Section("SEARCH", [
            Entry("/ n N", "search here; next/prev"),
            Entry("S Ctrl-/", "search all articles"),
            Entry("↑ ↓ in prompt", "earlier searches"),
            Entry("Esc", "clear search and marks"),
        ]),
        Section("ARTICLE LIST", [
            Entry("o", "sort folder/date/title"),
            Entry("& F", "filter as you type"),
            Entry("v", "all/unread/starred"),
            Entry(":N", "go to article N"),
            Entry("z Z", "fold folder / all"),
        ]),
        Section("SCREEN", [
            Entry("q", "close view, or quit"),
            Entry("Q Ctrl-C", "quit"),
            Entry("Ctrl-L Ctrl-Z", "redraw, suspend"),
            Entry("?", "this help"),
        ]),
        Section("MARKS", [
            Entry("•", "not opened yet", style: .unread),
            Entry("* ✎", "starred; has a note"),
            Entry("▸ ▾", "folded / open folder", style: .heading),
            Entry("+4", "in 4 more articles", style: .dim),
            Entry("×3", "reported by 3 articles", style: .dim),
            Entry("match", "search match", style: .searchHit),
            Entry("sentence", "where a jump landed", style: .jumped),
        ]),
    ]

    /// The lines as (keys, action) pairs, sections flattened.
    public static var lines: [(keys: String, action: String)] {
        sections.flatMap { $0.entries.map { ($0.keys, $0.action) } }
    }
}

/// One row of the help overlay.
public enum HelpRow: Sendable, Equatable {
    case heading(String)
    case entry(HelpText.Entry)
    /// The colour key: each entity type in its own style.
    case legend
}

/// Where the help's rows go: two columns when they fit side by side, else one that scrolls.
public struct HelpLayout: Sendable, Equatable {
    public var columns: [[HelpRow]]
    /// Content rows visible at once.
    public var visibleRows: Int
    public var columnWidth: Int

    public static var rows: [[HelpRow]] { rows(extra: []) }

    /// The help's rows with sections added (the keys bound in the configuration file); the
    /// colour key opens the marks.
    public static func rows(extra: [HelpText.Section]) -> [[HelpRow]] {
        (HelpText.sections + extra).map { section in
            [.heading(section.title)] + (section.title == "MARKS" ? [.legend] : []) + section.entries.map { .entry($0) }
        }
    }

    /// The layout inside a box of the given size (the header row excluded).
    public init(width: Int, height: Int, extra: [HelpText.Section] = []) {
        visibleRows = max(1, height)
        let groups = Self.rows(extra: extra)
        let total = groups.reduce(0) { $0 + $1.count }
        let half = (width - 1) / 2
        if half >= HelpText.keyWidth + 24, total > visibleRows {
            // The left column is filled, then the right; a heading never ends a column.
            let flat = groups.flatMap { $0 }
            var cut = visibleRows
            if case .heading = flat[cut - 1] { cut -= 1 }
            if flat.count - cut <= visibleRows {
                columns = [Array(flat[..<cut]), Array(flat[cut...])]
                columnWidth = half
                return
            }
        }
        columns = [groups.flatMap { $0 }]
        columnWidth = width
    }

    /// The first row shown can go no further than this.
    public var maxScroll: Int { max(0, (columns.map(\.count).max() ?? 0) - visibleRows) }

    /// The help box on a screen: the body rows and the status line (which says nothing
    /// while help is up), the whole width.
    public static func box(for layout: PaneLayout) -> (rows: Range<Int>, columns: Range<Int>) {
        (layout.body.lowerBound..<max(layout.body.lowerBound, layout.height), 0..<layout.width)
    }

    public init(for layout: PaneLayout, extra: [HelpText.Section] = []) {
        let box = Self.box(for: layout)
        self.init(width: box.columns.count - 2, height: box.rows.count - 1, extra: extra)
    }
}
