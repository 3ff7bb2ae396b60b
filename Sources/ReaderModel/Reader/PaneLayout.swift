/// Where the panes go on a screen of a given size.
///
/// Widths follow the ratio 1 : 3 : 1.5 with minimums; on a narrow screen the sidebar
/// folds away first (it can be shown as an overlay), and below 60×16 nothing but a
/// "terminal too small" message fits.
public struct PaneLayout: Sendable, Equatable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    static let minimums = (list: 14, article: 34, sidebar: 20)

    public var width: Int
    public var height: Int
    public var list: Range<Int>
    public var article: Range<Int>
    /// Nil when folded away.
    public var sidebar: Range<Int>?
    /// Rows between the title bar and the status line.
    public var body: Range<Int>
    /// Longest article line, 0 for the pane's width (`set wrap-width`).
    public var wrapWidth = 0

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var sidebarFolded: Bool { sidebar == nil }

    public init(width: Int, height: Int, settings: ReaderSettings = ReaderSettings()) {
        self.width = width
        wrapWidth = settings.wrapWidth
        let ratios = settings.paneRatios, total = max(1, settings.paneRatios.reduce(0, +))
        self.height = height
        body = 1..<max(1, height - 1)
        let m = Self.minimums
        if width >= m.list + m.article + m.sidebar + 2 {
            // Whatever the ratios, the article keeps its minimum.
            let listWidth = min(max(m.list, width * ratios[0] / total), width - 2 - m.article - m.sidebar)
            let sidebarWidth = min(max(m.sidebar, width * ratios[2] / total), width - 2 - m.article - listWidth)
            let articleWidth = width - listWidth - sidebarWidth - 2
            list = 0..<listWidth
            article = (listWidth + 1)..<(listWidth + 1 + articleWidth)
            sidebar = (article.upperBound + 1)..<width
        } else {
            let listWidth = max(12, width / 4)
            list = 0..<listWidth
            article = (listWidth + 1)..<max(listWidth + 1, width)
            sidebar = nil
        }
    }

    /// The sidebar's columns when it is folded and shown as an overlay on the article.
    public var sidebarOverlay: Range<Int> {
        sidebar ?? max(article.lowerBound, width - max(Self.minimums.sidebar, width * 2 / 5))..<width
    }

    /// Text width of the article pane (one column of margin each side).
    public var articleTextWidth: Int {
        let full = max(1, article.count - 2)
        return wrapWidth > 0 ? min(full, wrapWidth) : full
    }
}
