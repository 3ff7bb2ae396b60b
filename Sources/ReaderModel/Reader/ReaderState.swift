/// The three panes, left to right.
public enum Pane: Int, Sendable, CaseIterable {
    case documents, article, sidebar
}

/// What the sidebar shows.
public enum SidebarMode: Sendable, Equatable {
    /// The open article's actors, places and related articles.
    case document
    /// One entity's card.
    case entity(Int)
}

/// What is drawn over the panes.
public enum Overlay: Sendable, Equatable {
    case none, help
    /// The folded sidebar, shown over the article on a narrow screen.
    case sidebar
    /// The corpus timeline, full screen.
    case timeline
}

/// One row of the sidebar.
public struct SidebarRow: Sendable, Equatable {
    /// Where Enter on a row leads.
    public enum Target: Sendable, Equatable {
        case entity(Int)
        /// An article, opened at a code-point offset when given.
        case document(Int, at: Int?)
        /// An event, opened in an article at the sentence that reports it.
        case event(Int, document: Int, sentence: Range<Int>)
    }

    public var text: String
    public var style: Style
    public var target: Target?
    /// Right-aligned figure, such as a count.
    public var detail: String?
    /// A snippet of this document range is the row's text, made only when the row is drawn.
    public var snippet: (document: Int, range: Range<Int>)?

    public init(_ text: String, style: Style = .normal, target: Target? = nil, detail: String? = nil) {
        self.text = text
        self.style = style
        self.target = target
        self.detail = detail
    }

    public static func == (a: SidebarRow, b: SidebarRow) -> Bool {
        a.text == b.text && a.style == b.style && a.target == b.target && a.detail == b.detail
            && a.snippet?.document == b.snippet?.document && a.snippet?.range == b.snippet?.range
    }

    /// The text to show: the snippet when there is one.
    public func displayText(_ world: ReaderWorld) -> String {
        guard let snippet else { return text }
        return text + world.cachedSnippet(document: snippet.document, around: snippet.range, width: 60)
    }
}

/// Where the reader was: a step of history.
public struct ReaderPlace: Sendable, Equatable {
    public var document: Int?
    public var articleScroll: Int
    public var mentionCursor: Int?
    public var sidebarMode: SidebarMode
    public var sidebarSelection: Int
    public var focus: Pane
    public var overlay: Overlay = .none
    public var timelineSelection = 0
}

/// A one-line prompt of the article list.
public struct LinePrompt: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Titles containing the text, as you type.
        case filter
        /// An article by its number.
        case goTo
    }
    public var kind: Kind
    public var text = ""
    /// The filter before the prompt opened, restored on Esc.
    public var previous: String?
    /// The folded folders before the prompt opened: a filter opens the folders it matches in, Esc folds them again.
    public var previousFolded: Set<String> = []
    public init(kind: Kind, previous: String? = nil, previousFolded: Set<String> = []) {
        self.kind = kind; self.previous = previous; self.previousFolded = previousFolded
    }
}

/// The search prompt while it is open: `/` in the open article, `S` over the collection.
public struct SearchPrompt: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        /// Occurrences in the open article, highlighted as you type.
        case article
        /// Entities, then articles ranked by relevance, one row each.
        case corpus
    }

    public var scope: Scope
    public var query: String = ""
    /// Corpus scope: matching entities, best first.
    public var entities: [Int] = []
    /// Corpus scope: matching articles, best first (all of them).
    public var articles: [SearchIndex.ArticleHit] = []
    public var selection: Int = 0
    /// Index into the search history while browsing it with ↑ ↓.
    public var historyIndex: Int?
    /// Where the article was when the prompt opened, restored on Esc.
    public var originScroll = 0
    public var originQuery: String?

    public init(scope: Scope) { self.scope = scope }

    /// Result rows: entities then articles.
    public var resultCount: Int { entities.count + articles.count }
}

/// Everything the reader shows, as a value: the reducer makes a new one for each key.
public struct ReaderState: Sendable {
    public var layout: PaneLayout
    public var focus: Pane = .documents
    /// The selected article (a document index) and the list's first row shown.
    public var listSelection = 0
    public var listScroll = 0
    /// The folder whose header the list's cursor is on; nil when it is on `listSelection`.
    public var listHeader: String?
    /// The list's order, filter and rows.
    public var list = ArticleList()
    /// The one-line prompt of the list: filter (`F`, `&`) or go to a number (`:`).
    public var linePrompt: LinePrompt?
    public var openDocument: Int?
    public var article: ArticleLayout
    public var articleScroll = 0
    /// Index into the open document's mentions.
    public var mentionCursor: Int?
    public var sidebarMode: SidebarMode = .document
    public var sidebarRows: [SidebarRow] = []
    public var sidebarSelection = 0
    public var sidebarScroll = 0
    public var prompt: SearchPrompt?
    /// The last search committed, for `n`/`N` and highlights.
    public var lastQuery: String?
    /// Code-point ranges of the last search's matches in the open article.
    public var matches: [Range<Int>] = []
    public var matchIndex: Int?
    /// Queries searched, oldest first (↑ ↓ in the prompt).
    public var searchHistory: [String] = []
    /// The open article folded for `/`, made when first searched.
    public var articleSearch: ArticleSearch?
    public var back: [ReaderPlace] = []
    public var forward: [ReaderPlace] = []
    public var overlay: Overlay = .none
    public var visited: Set<Int> = []
    /// Stars and notes (see Workspace/ReadingMarks.swift).
    public var marks = ReadingMarks()
    /// Options from the configuration file (`set`).
    public var settings = ReaderSettings()
    public var shouldQuit = false
    /// A one-line note for the status line ("no more matches").
    public var message: String?
    /// A sentence shown highlighted: the one an event was opened at.
    public var highlight: Range<Int>?
    /// Selected and first visible row of the timeline.
    public var timelineSelection = 0
    public var timelineScroll = 0
    /// First row of the help shown.
    public var helpScroll = 0
    /// The sidebar was built before the events were found, and shows them once they are.
    public var sidebarAwaitsEvents = false
    /// How far the analysis of the collection has come, while the reader shows a provisional world.
    public var analysisProgress: AnalysisProgress.Snapshot?

    /// Rows of the panes between the title bar and the status line.
    public var bodyHeight: Int { layout.body.count }
}
