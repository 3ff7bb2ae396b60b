/// What the reader reads from and never changes: the analysis and the indexes over it.
public struct ReaderWorld: Sendable {
    public let analysis: Analysis
    public let related: Relatedness
    private let searchIndex: Background<SearchIndex>
    private let eventAnalysis: Background<EventAnalysis>
    /// False for the world shown while the collection is still analysed (see `init(provisional:)`).
    public let isComplete: Bool
    /// Rows, titles and snippets already made for drawing (see Memo.swift).
    let memos = ReaderMemos()

    /// The search index, and the events when the analysis has none yet, are built on another
    /// thread, so the first screen need not wait for them: the events first, then the index.
    /// One after the other, not side by side: each spreads over every core already, so together
    /// they finish no sooner, and the events' working memory is given back before the index
    /// grows (the reader's peak at 8 BBC copies: 483 → 418 MB).
    public init(analysis: Analysis) {
        self.analysis = analysis
        self.related = Relatedness(analysis)
        // Events the analysis already holds need no thread; otherwise they are found on one.
        let events: Background<EventAnalysis>
        if let stored = EventAnalysis(storedIn: analysis) {
            events = Background(ready: stored)
        } else {
            events = Background { EventAnalysis(analysis) }
        }
        eventAnalysis = events
        searchIndex = Background {
            _ = events.value
            return SearchIndex(analysis)
        }
        isComplete = true
    }

    /// The world of the first screen while the whole collection is still analysed: every
    /// article's text, only the few analysed so far linked among themselves; no related
    /// articles, search index or events are built for it (the reader waits for the whole).
    public init(provisional analysis: Analysis) {
        self.analysis = analysis
        self.related = Relatedness(analysis)
        self.searchIndex = Background(ready: SearchIndex(analysis))
        self.eventAnalysis = Background(pending: ())
        isComplete = false
    }

    /// Dates and events, waiting for them if they are still being found.
    public var events: EventAnalysis { eventAnalysis.value }

    /// Dates and events if they are ready.
    public var eventsIfReady: EventAnalysis? { eventAnalysis.ready }

    /// The search index; waits for it the first time if it is still being built.
    public var search: SearchIndex { searchIndex.value }

    public var documentCount: Int { analysis.documents.count }

    /// A one-line snippet around a code-point range of a document.
    public func snippet(document: Int, around range: Range<Int>, width: Int = 70) -> String {
        let doc = analysis.documents[document].document
        let half = max(10, width / 2)
        var start = max(doc.titleRange.upperBound, range.lowerBound - half)
        if range.lowerBound < doc.titleRange.upperBound { start = range.lowerBound }
        let scalars = doc.scalars
        let end = min(scalars.count, range.upperBound + half)
        while start > 0, start < range.lowerBound, scalars[start - 1] != " ", scalars[start - 1] != "\n" { start += 1 }
        let text = TextSanitizer.clean(scalars.string(start..<end)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (start > 0 ? "…" : "") + text + (end < scalars.count ? "…" : "")
    }
}
