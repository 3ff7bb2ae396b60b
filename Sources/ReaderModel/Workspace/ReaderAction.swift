/// The reader's actions by name, for `bind KEY ACTION`: each is done by its default key,
/// so a key bound to an action does what that key does.
public struct ReaderAction: Sendable, Equatable {
    public var name: String
    /// The key the reader knows the action by.
    public var key: Key
    /// Other keys that do it by default (arrows, page keys).
    public var alsoKeys: [Key] = []
    public var help: String

    /// Every action, in the order of the help screen.
    public static let all: [ReaderAction] = [
        .init(name: "down", key: .character("j"), alsoKeys: [.down], help: "move down"),
        .init(name: "up", key: .character("k"), alsoKeys: [.up], help: "move up"),
        .init(name: "first", key: .character("g"), alsoKeys: [.home], help: "first line or row"),
        .init(name: "last", key: .character("G"), alsoKeys: [.end], help: "last line or row"),
        .init(name: "half-page-down", key: .control("d"), help: "half a page down"),
        .init(name: "half-page-up", key: .control("u"), help: "half a page up"),
        .init(name: "page-down", key: .character(" "), alsoKeys: [.pageDown, .control("f")], help: "a page down"),
        .init(name: "page-up", key: .character("b"), alsoKeys: [.pageUp, .control("b")], help: "a page up"),
        .init(name: "next-pane", key: .tab, help: "next pane"),
        .init(name: "previous-pane", key: .backTab, help: "previous pane"),
        .init(name: "pane-left", key: .character("h"), alsoKeys: [.left], help: "pane to the left"),
        .init(name: "pane-right", key: .character("l"), alsoKeys: [.right], help: "pane to the right"),
        .init(name: "focus-articles", key: .character("1"), help: "the articles pane"),
        .init(name: "focus-article", key: .character("2"), help: "the article pane"),
        .init(name: "focus-sidebar", key: .character("3"), help: "the sidebar pane"),
        .init(name: "open", key: .enter, help: "open the selection"),
        .init(name: "next-mention", key: .character("]"), help: "next entity mention"),
        .init(name: "previous-mention", key: .character("["), help: "previous entity mention"),
        .init(name: "search", key: .character("/"), help: "search the open article"),
        .init(name: "search-all", key: .character("S"), alsoKeys: [.control("/")], help: "search all articles: entities and text"),
        .init(name: "next-match", key: .character("n"), help: "next match"),
        .init(name: "previous-match", key: .character("N"), help: "previous match"),
        .init(name: "clear", key: .escape, help: "clear the search"),
        .init(name: "back", key: .backspace, alsoKeys: [.character("H")], help: "back in history"),
        .init(name: "forward", key: .character("L"), help: "forward in history"),
        .init(name: "related", key: .character("r"), help: "related articles"),
        .init(name: "timeline", key: .character("t"), help: "timeline of events"),
        .init(name: "sidebar", key: .character("s"), help: "sidebar on a narrow screen"),
        .init(name: "sort", key: .character("o"), help: "sort the list: folder, date, title"),
        .init(name: "show-unread-starred", key: .character("v"), help: "list all, unread or starred articles"),
        .init(name: "filter", key: .character("F"), alsoKeys: [.character("&")], help: "filter the list as you type"),
        .init(name: "go-to", key: .character(":"), help: "open an article by number"),
        .init(name: "fold", key: .character("z"), help: "fold or open the folder under the cursor"),
        .init(name: "fold-all", key: .character("Z"), help: "fold every folder, or open them all"),
        .init(name: "toggle-read", key: .character("u"), help: "mark read / unread"),
        .init(name: "star", key: .character("*"), help: "star / unstar"),
        .init(name: "note", key: .character("a"), help: "note on the article or entity"),
        .init(name: "merge", key: .character("M"), help: "card: merge with an entity found by name"),
        .init(name: "reject", key: .character("X"), help: "card: not an entity"),
        .init(name: "retype", key: .character("T"), help: "card: change the type"),
        .init(name: "rename", key: .character("R"), help: "card: change the name"),
        .init(name: "undo", key: .character("U"), help: "undo the last correction"),
        .init(name: "edit", key: .character("e"), help: "edit the article in $VISUAL/$EDITOR"),
        .init(name: "open-link", key: .character("O"), help: "open a link with $BROWSER"),
        .init(name: "pipe", key: .character("|"), help: "pipe the article or card to a command"),
        .init(name: "redraw", key: .control("l"), help: "redraw the screen"),
        .init(name: "help", key: .character("?"), help: "the help screen"),
        .init(name: "close", key: .character("q"), help: "close, or quit"),
        .init(name: "quit", key: .character("Q"), alsoKeys: [.control("c")], help: "quit"),
    ]

    public static func named(_ name: String) -> ReaderAction? {
        let lower = name.lowercased().replacingOccurrences(of: "_", with: "-")
        return all.first { $0.name == lower }
    }
}
