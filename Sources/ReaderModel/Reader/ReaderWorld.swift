/// What the reader reads from and never changes: the analysis and the indexes over it.
public struct ReaderWorld: Sendable {
    public let analysis: Analysis
    public let related: Relatedness
    private let searchIndex: Background<SearchIndex>

    /// The search index is built on another thread, so the first screen need not wait for it.
    public init(analysis: Analysis) {
        self.analysis = analysis
        self.related = Relatedness(analysis)
        self.searchIndex = Background { SearchIndex(analysis) }
    }

    /// The search index; waits for it the first time if it is still being built.
    public var search: SearchIndex { searchIndex.value }

    public var documentCount: Int { analysis.documents.count }

    /// A one-line snippet around a code-point range of a document.
    public func snippet(document: Int, around range: Range<Int>, width: Int = 70) -> String {
        let doc = analysis.documents[document].document
        let half = max(10, width / 2)
        var start = max(doc.titleRange.upperBound, range.lowerBound - half)
        if range.lowerBound < doc.titleRange.upperBound { start = range.lowerBound }
        let end = min(doc.scalars.count, range.upperBound + half)
        while start > 0, start < range.lowerBound, doc.scalars[start - 1] != " ", doc.scalars[start - 1] != "\n" { start += 1 }
        let text = TextSanitizer.clean(doc.slice(start..<end)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return (start > 0 ? "…" : "") + text + (end < doc.scalars.count ? "…" : "")
    }
}
