/// An article after analysis: its mentions, and which entity each names. Its tokens are not
/// kept (see `ArticleTokens`): `Analysis.tokens(of:)` makes them again.
public struct AnalyzedDocument: Sendable {
    public var document: Document
    /// Mentions in text order.
    public var mentions: [Mention]
    /// How many tokens it has; 0 for an article not analysed yet (in a provisional analysis).
    public var tokenCount: Int
    /// Index into `Analysis.entities` for each mention.
    public var entityOfMention: [Int]
    /// Mention groups found within the article, before cross-article linking.
    var groups: [[Int]] = []
    /// The article's date: its dateline's, or inferred from what it reports.
    public var date: DateValue?
    public var dateInferred = false
    /// Indices into `Analysis.events` of the events it reports, in date order.
    public var events: [Int] = []
}

/// The whole corpus analysed: documents with mentions, and the linked entities.
public struct Analysis: Sendable {
    /// The collection's name, skipped files and warnings; its documents are not kept here as
    /// well (each is in `documents`): one copy of every `Document`, not two.
    private var corpusInfo: Corpus
    /// The collection's name.
    public var corpusName: String { corpusInfo.name }
    /// The collection analysed, its documents gathered from `documents` (made when asked: use
    /// `corpusName` for the name alone).
    public var corpus: Corpus {
        var corpus = corpusInfo
        corpus.documents = documents.map(\.document)
        return corpus
    }
    public var documents: [AnalyzedDocument]
    public var entities: [Entity]
    /// Events, in date order (undated last).
    public var events: [Event] = []
    /// Whether dates and events were looked for (an analysis made with `events: false` has none yet).
    public private(set) var eventsExtracted = false
    /// Splits the tokens made again into sentences as the analysis did.
    let splitter: SentenceSplitter

    /// Runs segmentation, recognition and linking over every document, then (unless
    /// `events` is false, for a caller that finds them later) dates and events.
    /// With a `cache`, each article's own analysis is read from it when its file is unchanged,
    /// and what had to be analysed is stored in it (the caller saves it); linking across
    /// articles always runs, from those per-article results.
    /// `progress`, when given, counts the articles as they are analysed or read from the cache.
    public init(corpus: Corpus, knowledge: Knowledge = .bundled, events includeEvents: Bool = true, cache: AnalysisCache? = nil,
                progress: AnalysisProgress? = nil) {
        let articles = ArticleAnalyzer(knowledge: knowledge).analyseAll(corpus.documents, cache: cache, progress: progress)
        self.init(corpus: corpus, articles: consume articles, knowledge: knowledge, events: includeEvents, progress: progress)
    }

    /// Links per-article analyses (one per document of `corpus`, in order) across articles:
    /// entities, their types and canonical names; then dates and events unless `events` is false.
    /// The articles are consumed: their mentions become the documents' without a second copy.
    public init(corpus: Corpus, articles: consuming [ArticleAnalysis], knowledge: Knowledge = .bundled, events includeEvents: Bool = true,
                progress: AnalysisProgress? = nil) {
        precondition(articles.count == corpus.documents.count, "one article analysis per document")
        corpusInfo = corpus.withoutDocuments
        splitter = SentenceSplitter(abbreviations: knowledge.abbreviations)
        progress?.enter(.linking)
        var locals: [CorpusLinker.Local] = []
        var documents = zip(corpus.documents, articles).map { document, article in
            AnalyzedDocument(document: document, mentions: article.mentions, tokenCount: article.tokenCount,
                             entityOfMention: Array(repeating: -1, count: article.mentions.count), groups: article.groups)
        }
        // Released before the mentions are retyped below, so each list is changed in place, not copied.
        articles = []
        for d in documents.indices {
            let mentions = documents[d].mentions
            for group in documents[d].groups {
                let type = Self.majorityType(group.map { mentions[$0] })
                locals.append(.init(document: d, mentions: group, type: type,
                                    knownID: group.lazy.compactMap { mentions[$0].knownID }.first,
                                    names: group.flatMap { [mentions[$0].text] + mentions[$0].alternateNames }))
            }
            documents[d].groups = []
        }
        var entities: [Entity] = []
        for group in CorpusLinker(knowledge: knowledge).link(locals) {
            let index = entities.count
            var occurrences: [Entity.Occurrence] = []
            var forms: [String: Int] = [:]
            var type = locals[group[0]].type
            var knownID: String? = nil
            for l in group {
                let local = locals[l]
                knownID = knownID ?? local.knownID
                for m in local.mentions {
                    occurrences.append(.init(document: local.document, mention: m))
                    documents[local.document].entityOfMention[m] = index
                    // Every mention of an entity takes the entity's type.
                    documents[local.document].mentions[m].type = local.type
                    forms[Self.clean(documents[local.document].mentions[m].text), default: 0] += 1
                }
            }
            type = Self.majorityType(occurrences.map { documents[$0.document].mentions[$0.mention] })
            for o in occurrences { documents[o.document].mentions[o.mention].type = type }
            occurrences.sort { ($0.document, $0.mention) < ($1.document, $1.mention) }
            let name = knownID.flatMap { id in knowledge.known.first { $0.id == id }?.name } ?? Self.canonicalName(forms)
            let aliases = forms.filter { $0.key != name }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            entities.append(Entity(id: "", name: name, type: type, aliases: aliases, occurrences: occurrences,
                                   knownID: knownID, documents: Array(Set(occurrences.map(\.document))).sorted()))
        }
        // Ids in order of first appearance, so they are stable for a given corpus.
        let order = entities.indices.sorted {
            let a = entities[$0].occurrences[0], b = entities[$1].occurrences[0]
            return (a.document, documents[a.document].mentions[a.mention].start) < (b.document, documents[b.document].mentions[b.mention].start)
        }
        var renumber = Array(repeating: 0, count: entities.count)
        var sorted: [Entity] = []
        for (newIndex, old) in order.enumerated() {
            renumber[old] = newIndex
            var e = entities[old]
            e.id = "e\(newIndex + 1)"
            sorted.append(e)
        }
        for d in documents.indices {
            documents[d].entityOfMention = documents[d].entityOfMention.map { $0 >= 0 ? renumber[$0] : -1 }
        }
        self.documents = documents
        self.entities = sorted
        if includeEvents { progress?.enter(.events); apply(EventAnalysis(self, knowledge: knowledge)) }
    }

    /// One article's own analysis: typed mentions grouped within the article. Its tokens are
    /// made, read and dropped here.
    static func analyse(_ document: Document, splitter: SentenceSplitter, recognizer: EntityRecognizer,
                        linker: DocumentLinker) -> ArticleAnalysis {
        let tokens = ArticleTokens(document, splitter: splitter).tokens
        let found = recognizer.recognize(tokens, limit: document.analysedEnd)
        let (mentions, groups) = linker.link(found, tokens: tokens)
        // Kept for the whole session: without the spare room a list grown by appending keeps.
        return ArticleAnalysis(mentions: mentions.withUnsafeBufferPointer { Array($0) }, groups: groups, tokenCount: tokens.count)
    }

    /// Document `d`'s tokens and sentences, made again from its text (the same as the analysis read);
    /// none for an article not analysed yet (in a provisional analysis).
    public func tokens(of d: Int) -> ArticleTokens {
        documents[d].tokenCount == 0 ? ArticleTokens(tokens: [], sentenceStarts: []) : ArticleTokens(documents[d].document, splitter: splitter)
    }

    /// Document `d`'s tokens without sentence marks (kinds, texts and offsets), made again; none
    /// for an article not analysed yet.
    public func unmarkedTokens(of d: Int) -> [Token] {
        documents[d].tokenCount == 0 ? [] : ArticleTokens.unmarked(documents[d].document)
    }

    /// Document `d` with its tokens made again, as the event extractor reads it.
    public func tokenized(_ d: Int) -> TokenizedDocument {
        TokenizedDocument(documents[d], tokens(of: d))
    }

    /// Stores dates and events found by an `EventAnalysis` of this analysis.
    public mutating func apply(_ result: EventAnalysis) {
        eventsExtracted = true
        events = result.events
        for d in documents.indices {
            documents[d].date = result.dates[d]
            documents[d].dateInferred = result.inferred[d]
            documents[d].events = result.eventsOfDocument[d]
        }
    }

    static func majorityType(_ mentions: [Mention]) -> EntityType {
        // The strongest evidence decides; ties go to the most frequent type.
        let best = mentions.map(\.evidence).min() ?? .fallback
        var counts: [EntityType: Int] = [:]
        for m in mentions where m.evidence == best { counts[m.type, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? .other
    }

    static func clean(_ text: String) -> String {
        // ASCII text with single spaces between words (nearly every name) is already clean.
        var previousSpace = true
        var plain = true
        for b in text.utf8 {
            if b >= 0x80 || (b < 0x20 && b != 0x20) || (b == 0x20 && previousSpace) { plain = false; break }
            previousSpace = b == 0x20
        }
        if plain, !previousSpace { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The longest well-formed name: most words, then most letters, then most frequent.
    static func canonicalName(_ forms: [String: Int]) -> String {
        forms.max { a, b in
            let wa = a.key.split(separator: " ").count, wb = b.key.split(separator: " ").count
            return (wa, a.key.count, a.value, b.key) < (wb, b.key.count, b.value, a.key)
        }?.key ?? ""
    }
}
