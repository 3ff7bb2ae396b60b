extension Analysis {
    /// The analysis of a first screen, made before the whole collection is: every article, only
    /// those in `analysed` (by document index) with their own analysis, linked among themselves.
    public static func provisional(corpus: Corpus, analysed: [Int: ArticleAnalysis], knowledge: Knowledge = .bundled) -> Analysis {
        let empty = ArticleAnalysis(mentions: [], groups: [], tokenCount: 0)
        let articles = corpus.documents.indices.map { analysed[$0] ?? empty }
        return Analysis(corpus: corpus, articles: articles, knowledge: knowledge, events: false)
    }
}
