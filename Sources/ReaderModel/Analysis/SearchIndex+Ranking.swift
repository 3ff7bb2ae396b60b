import Foundation

/// Articles ranked for a query (BM25), for the corpus search: one result per article
/// with its number of hits, words in the title and the lead paragraph weighing more.
extension SearchIndex {
    /// One article matching a query.
    public struct ArticleHit: Sendable, Equatable {
        public var document: Int
        public var score: Double
        /// Occurrences of the query (of the phrase, or of its words) in the article.
        public var hits: Int
        /// The first occurrence, for the snippet and for opening the article there.
        public var first: Range<Int>
    }

    /// Where an article's title and lead end, in code points: hits before them weigh more.
    public struct Zones: Sendable {
        public var titleEnd: Int
        public var leadEnd: Int
        public init(titleEnd: Int, leadEnd: Int) { self.titleEnd = titleEnd; self.leadEnd = leadEnd }
    }

    static let k1 = 1.2, b = 0.75
    static let titleWeight = 3.0, leadWeight = 2.0

    /// Every article with all of the query's words (or its "quoted phrase"), best first.
    /// `zones` gives an article's title and lead ends; it is asked only for articles that match.
    public func rankedArticles(_ query: String, zones: (Int) -> Zones) -> [ArticleHit] {
        let words = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard !words.isEmpty, wordOffsets.count > 0 else { return [] }
        let phrase = query.contains("\"") && words.count > 1
        // Postings of each distinct word, grouped by article (postings are in article order).
        var perWord: [[Int: [Int]]] = []
        var ofWord: [String: [Int: [Int]]] = [:]
        for w in Set(words).sorted() {
            guard let list = postings[w] else { return [] }
            var byDoc: [Int: [Int]] = [:]
            for p in list { byDoc[p.document, default: []].append(p.word) }
            perWord.append(byDoc)
            ofWord[w] = byDoc
        }
        // Articles with every word, from the rarest word's articles.
        perWord.sort { $0.count < $1.count }
        let candidates = perWord[0].keys.filter { d in perWord.dropFirst().allSatisfy { $0[d] != nil } }
        let n = Double(wordOffsets.count)
        let averageLength = Double(totalTokens) / n
        var out: [ArticleHit] = []
        for d in candidates {
            let z = zones(d)
            let ranges = wordOffsets[d].ranges()
            func weight(_ t: Int) -> Double {
                ranges[t].lowerBound < z.titleEnd ? Self.titleWeight : ranges[t].lowerBound < z.leadEnd ? Self.leadWeight : 1
            }
            let length = Double(wordOffsets[d].tokenCount)
            let norm = Self.k1 * (1 - Self.b + Self.b * length / averageLength)
            var score = 0.0, hits = 0
            var first: Range<Int>?
            if phrase {
                var tf = 0.0
                let positions = words.dropFirst().map { ofWord[$0]![d] ?? [] }
                for t in ofWord[words[0]]![d] ?? [] {
                    guard let r = match(words.count, positions, in: d, at: t, ranges: ranges) else { continue }
                    tf += weight(t)
                    hits += 1
                    if first == nil || r.lowerBound < first!.lowerBound { first = r }
                }
                guard hits > 0 else { continue }
                let df = Double(candidates.count)
                score = log(1 + (n - df + 0.5) / (df + 0.5)) * tf * (Self.k1 + 1) / (tf + norm)
            } else {
                for byDoc in perWord {
                    let ts = byDoc[d]!
                    let tf = ts.reduce(0.0) { $0 + weight($1) }
                    let df = Double(byDoc.count)
                    score += log(1 + (n - df + 0.5) / (df + 0.5)) * tf * (Self.k1 + 1) / (tf + norm)
                    hits += ts.count
                    let t = ts.min()!
                    let r = ranges[t]
                    if first == nil || r.lowerBound < first!.lowerBound { first = r }
                }
            }
            out.append(ArticleHit(document: d, score: score, hits: hits, first: first!))
        }
        out.sort { ($0.score, $1.document) > ($1.score, $0.document) }
        return out
    }

    /// Word indices of a word in one article.
    func perWordTokens(_ word: String, _ d: Int) -> [Int] {
        postings[word]?.words(in: d) ?? []
    }
}
