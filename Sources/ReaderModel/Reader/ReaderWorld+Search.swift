/// The two search scopes over the world: one article, and the whole collection.
extension ReaderWorld {
    /// Articles matching a query, ranked, one per article.
    public func rankedArticles(_ query: String) -> [SearchIndex.ArticleHit] {
        search.rankedArticles(query) { d in
            let doc = analysis.documents[d].document
            return SearchIndex.Zones(titleEnd: doc.titleRange.upperBound, leadEnd: doc.leadEnd)
        }
    }
}

extension Document {
    /// Where the lead — the first paragraph after the title and dateline — ends.
    public var leadEnd: Int {
        var i = max(titleRange.upperBound, datelineRange?.upperBound ?? 0)
        // Skip to the first non-blank character.
        while i < scalars.count, scalars[i].properties.isWhitespace { i += 1 }
        // The paragraph ends at a line break (one paragraph a line) or a blank line.
        while i < scalars.count, scalars[i] != "\n", scalars[i] != "\r", scalars[i] != "\u{2029}" { i += 1 }
        return i
    }
}
