import Foundation

/// How related articles are, from the entities they share, each relation with its reasons.
///
/// An entity counts more when it is central to both articles (mentions, presence in the
/// title or first paragraph) and rare in the corpus (inverse document frequency).
/// Candidates come from the entities an article has, so the cost grows with the
/// collection rather than with its square.
public struct Relatedness: Sendable {
    /// One related article and why.
    public struct Neighbor: Sendable, Equatable {
        public var document: Int
        public var score: Double
        /// Entity indices that contribute most, strongest first.
        public var because: [Int]
        /// Distinctive words both articles use, strongest first.
        public var sharedWords: [String] = []
        /// Events both articles report (indices into the events), in date order.
        public var events: [Int] = []
    }

    /// Postings longer than this do not generate candidates.
    static let maxPostings = 300
    /// Postings visited per article for entities, and again for words: bounded, rarest first.
    static let postingBudget = 400

    let vectors: [SparseVector]
    let norms: [Double]
    /// The analysis's events, when it had them.
    let storedEvents: EventAnalysis?
    let documentsOfEntity: [[Int]]
    /// Entity → (article, weight in that article), for every article whose vector has it: scored without lookups.
    let weightedPostings: [[(doc: Int, weight: Double)]]
    let idf: [Double]
    let limit: Int
    /// Each article's most distinctive words (word id → unit-normalized weight).
    let wordVectors: [SparseVector]
    /// Word id → the articles that have it among their distinctive words.
    let documentsOfWord: [[Int]]
    /// Word id → (article, weight in that article).
    let weightedWordPostings: [[(doc: Int, weight: Double)]]
    /// How much shared vocabulary counts beside shared entities.
    let wordWeight: Double
    /// Word id → the word.
    let words: [String]

    /// Weights every article's entities; neighbours are then found per article on demand.
    public init(_ analysis: Analysis, limit: Int = 8, wordWeight: Double = 1.0) {
        let n = analysis.documents.count
        self.limit = limit
        documentsOfEntity = analysis.entities.map(\.documents)
        // Smoothed: an entity in every article still counts a little (in five articles on one
        // conflict, the PMF is what they share), a rare one counts much more.
        idf = analysis.entities.map { e in log(1 + Double(n) / Double(max(1, e.documents.count))) }
        var vectors: [SparseVector] = []
        var norms: [Double] = []
        vectors.reserveCapacity(n)
        for doc in analysis.documents {
            // Mentions in the title and first paragraph count double: they say what the article is about.
            let lead = doc.document.titleRange.upperBound + 600
            var counts: [Int: Double] = [:]
            for (m, mention) in doc.mentions.enumerated() {
                let e = doc.entityOfMention[m]
                guard e >= 0, analysis.entities[e].type != .other else { continue }
                counts[e, default: 0] += mention.start < lead ? 2 : 1
            }
            var v: [Int: Double] = [:]
            for (e, count) in counts { v[e] = (1 + log(count)) * idf[e] }
            let vector = SparseVector(v)
            vectors.append(vector)
            // Summed in key order, not the dictionary's per-process order, so that near-ties rank the same in every run.
            norms.append(sqrt(vector.reduce(0) { $0 + $1.value * $1.value }))
        }
        self.vectors = vectors
        self.norms = norms
        storedEvents = EventAnalysis(storedIn: analysis)
        let (wordVectors, documentsOfWord, words) = Self.distinctiveWords(analysis)
        self.wordVectors = wordVectors.map(SparseVector.init)
        self.documentsOfWord = documentsOfWord
        weightedPostings = Self.postings(vectors, count: analysis.entities.count)
        weightedWordPostings = Self.postings(self.wordVectors, count: words.count)
        self.wordWeight = wordWeight
        self.words = words
    }

    /// Key → the articles whose vector has it, with its weight there, in article order.
    static func postings(_ vectors: [SparseVector], count: Int) -> [[(doc: Int, weight: Double)]] {
        var postings = Array(repeating: [(doc: Int, weight: Double)](), count: count)
        for (d, v) in vectors.enumerated() { for (k, w) in v { postings[k].append((d, w)) } }
        return postings
    }

    /// The 25 most distinctive lower-case words of each article (tf-idf), which separate topics
    /// that a shared place or name alone does not ("Paris" in a sports and a business story).
    static func distinctiveWords(_ analysis: Analysis, perDocument: Int = 25) -> ([[Int: Double]], [[Int]], [String]) {
        let n = analysis.documents.count
        let (termCounts, vocabulary, df) = TermCounts.count(analysis)
        let ceiling = max(2, 0.1 * Double(n))
        let tops: [[(String, Double)]] = ParallelMap.map(termCounts) { counts in
            var weighted: [(String, Double)] = []
            for (word, tf) in counts.pairs {
                let f = df[word]
                if f >= 2 && Double(f) <= ceiling { weighted.append((vocabulary[word], (1 + log(tf)) * log(Double(n) / Double(f)))) }
            }
            return Array(weighted.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(perDocument))
        }
        var ids: [String: Int] = [:]
        var words: [String] = []
        var postings: [[Int]] = []
        var vectors: [[Int: Double]] = []
        vectors.reserveCapacity(n)
        for (d, top) in tops.enumerated() {
            let norm = sqrt(top.reduce(0) { $0 + $1.1 * $1.1 })
            var v: [Int: Double] = [:]
            for (word, w) in top where norm > 0 {
                let id: Int
                if let known = ids[word] { id = known } else { id = words.count; ids[word] = id; words.append(word); postings.append([]) }
                v[id] = w / norm
                postings[id].append(d)
            }
            vectors.append(v)
        }
        return (vectors, postings, words)
    }

    /// The articles most related to one, best first, each with the entities that explain it.
    /// Candidates are the articles sharing an entity, so the cost follows the article's own entities.
    /// Each shared event adds this much (up to three events): reporting the same happening
    /// relates two articles beyond the names they share.
    static let eventBonus = 0.1

    public func neighbors(of d: Int, events: EventAnalysis? = nil) -> [Neighbor] {
        guard d >= 0, d < vectors.count else { return [] }
        let events = events ?? storedEvents
        // Scores first, accumulated over postings; reasons only for the few that are kept.
        var entityScores: [Int: Double] = [:]
        entityScores.reserveCapacity(Self.postingBudget)
        // Rarest entities first, within a fixed budget of postings: in a big collection an
        // article's common entities would otherwise make the work per article grow with it.
        var budget = Self.postingBudget
        for (e, a) in vectors[d].sorted(by: { (documentsOfEntity[$0.key].count, $0.key) < (documentsOfEntity[$1.key].count, $1.key) }) {
            let postings = documentsOfEntity[e]
            // Entities and words in very many articles are skipped: they say little, and a fixed
            // bound keeps the work per article constant, so the total grows with the collection.
            if postings.count > Self.maxPostings || postings.count > budget { break }
            budget -= postings.count
            for (other, b) in weightedPostings[e] where other != d { entityScores[other, default: 0] += a * b }
        }
        var combined: [Int: Double] = [:]
        for (other, raw) in entityScores where norms[d] > 0 && norms[other] > 0 { combined[other] = raw / (norms[d] * norms[other]) }
        budget = Self.postingBudget
        for (w, a) in wordVectors[d].sorted(by: { (documentsOfWord[$0.key].count, $0.key) < (documentsOfWord[$1.key].count, $1.key) }) {
            let postings = documentsOfWord[w]
            if postings.count > Self.maxPostings || postings.count > budget { break }
            budget -= postings.count
            for (other, b) in weightedWordPostings[w] where other != d { combined[other, default: 0] += wordWeight * a * b }
        }
        var sharedEvents: [Int: [Int]] = [:]
        if let events {
            // Reporting articles counted once per event: `Event.documents` is derived from its mentions.
            var reports: [Int: Int] = [:]
            for i in events.eventsOfDocument[d] {
                let docs = events.events[i].documents
                reports[i] = docs.count
                guard docs.count > 1, docs.count <= Self.maxPostings else { continue }
                for other in docs where other != d { sharedEvents[other, default: []].append(i) }
            }
            for (other, shared) in sharedEvents {
                combined[other, default: 0] += Self.eventBonus * Double(min(3, shared.count)) * (1 + wordWeight)
                // Reasons: the events fewest articles report first, then the latest.
                sharedEvents[other] = shared.sorted { a, b in
                    let ea = events.events[a], eb = events.events[b]
                    return (reports[a]!, eb.date ?? DateValue(year: 0)) < (reports[b]!, ea.date ?? DateValue(year: 0))
                }
            }
        }
        // The best `limit` by selection, not a sort of every candidate.
        var ranked: [(doc: Int, score: Double)] = []
        let better = { (a: (doc: Int, score: Double), b: (doc: Int, score: Double)) in (b.score, a.doc) < (a.score, b.doc) }
        for (doc, raw) in combined {
            let item = (doc: doc, score: raw / (1 + wordWeight))
            if ranked.count == limit, let last = ranked.last, !better(item, last) { continue }
            let at = ranked.firstIndex { better(item, $0) } ?? ranked.count
            ranked.insert(item, at: at)
            if ranked.count > limit { ranked.removeLast() }
        }
        return ranked.map { item in
            // Explanations favour what is distinctive: contribution times rarity.
            let because = vectors[d].compactMap { e, a in vectors[item.doc][e].map { (e, a * $0 * pow(idf[e], 3)) } }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(3).map(\.0)
            let shared = wordVectors[d].compactMap { w, a in wordVectors[item.doc][w].map { (w, a * $0) } }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(3).map { words[$0.0] }
            return Neighbor(document: item.doc, score: (item.score * 1000).rounded() / 1000, because: because, sharedWords: shared,
                            events: sharedEvents[item.doc] ?? [])
        }
    }

    /// Neighbours of every article, computed in parallel.
    public func all(events: EventAnalysis? = nil) -> [[Neighbor]] {
        ParallelMap.map(Array(0..<vectors.count)) { neighbors(of: $0, events: events) }
    }
}
