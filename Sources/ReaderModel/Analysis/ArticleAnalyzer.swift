/// The per-article stage of the analysis: each article on its own (tokens, sentences, typed
/// mentions grouped within the article), before anything is linked across articles.
public struct ArticleAnalyzer: Sendable {
    let splitter: SentenceSplitter
    let recognizer: EntityRecognizer
    let linker: DocumentLinker

    public init(knowledge: Knowledge = .bundled) {
        splitter = SentenceSplitter(abbreviations: knowledge.abbreviations)
        recognizer = EntityRecognizer(knowledge: knowledge)
        linker = DocumentLinker(knowledge: knowledge)
    }

    /// One article's own analysis.
    public func analyse(_ document: Document) -> ArticleAnalysis {
        Analysis.analyse(document, splitter: splitter, recognizer: recognizer, linker: linker)
    }

    /// One article's analysis from the cache when its file is unchanged, else analysed (and
    /// stored in the cache for its next save).
    public func analyse(_ document: Document, cache: AnalysisCache?) -> (analysis: ArticleAnalysis, cached: Bool) {
        if let cached = cache?.lookup(document) { return (cached, true) }
        let article = analyse(document)
        cache?.store(article, of: document)
        return (article, false)
    }

    /// Every article, in parallel and in order; `progress` counts them as they are done.
    /// An article whose text can be read again from its file (`TextSource`) lets it go once
    /// analysed, so the texts are not all held while the analyses grow.
    public func analyseAll(_ documents: [Document], cache: AnalysisCache? = nil, progress: AnalysisProgress? = nil) -> [ArticleAnalysis] {
        progress?.begin(total: documents.count)
        return ParallelMap.map(documents) { document in
            let (article, cached) = analyse(document, cache: cache)
            document.textSource?.release()
            progress?.advance(cached: cached)
            return article
        }
    }
}
