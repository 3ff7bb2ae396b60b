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
    }

    let vectors: [[Int: Double]]
    let norms: [Double]
    let documentsOfEntity: [[Int]]
    let limit: Int

    /// Weights every article's entities; neighbours are then found per article on demand.
    public init(_ analysis: Analysis, limit: Int = 8) {
        let n = analysis.documents.count
        self.limit = limit
        documentsOfEntity = analysis.entities.map(\.documents)
        var idf: [Double] = analysis.entities.map { e in log(Double(n + 1) / Double(e.documents.count + 1)) }
        // Entities in more than half the articles explain nothing.
        for (i, e) in analysis.entities.enumerated() where Double(e.documents.count) > 0.5 * Double(n) && n > 4 { idf[i] = 0 }
        var vectors: [[Int: Double]] = []
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
            for (e, count) in counts where idf[e] > 0 { v[e] = (1 + log(count)) * idf[e] }
            vectors.append(v)
            norms.append(sqrt(v.values.reduce(0) { $0 + $1 * $1 }))
        }
        self.vectors = vectors
        self.norms = norms
    }

    /// The articles most related to one, best first, each with the entities that explain it.
    /// Candidates are the articles sharing an entity, so the cost follows the article's own entities.
    public func neighbors(of d: Int) -> [Neighbor] {
        guard d >= 0, d < vectors.count else { return [] }
        var scores: [Int: Double] = [:]
        var contributions: [Int: [(Int, Double)]] = [:]
        for (e, a) in vectors[d] {
            let postings = documentsOfEntity[e]
            // Very common entities are skipped as candidate generators to bound the work.
            if postings.count > 400 { continue }
            for other in postings where other != d {
                guard let b = vectors[other][e] else { continue }
                scores[other, default: 0] += a * b
                contributions[other, default: []].append((e, a * b))
            }
        }
        let ranked = scores.map { (doc: $0.key, score: norms[d] > 0 && norms[$0.key] > 0 ? $0.value / (norms[d] * norms[$0.key]) : 0) }
            .sorted { ($1.score, $0.doc) < ($0.score, $1.doc) }
            .prefix(limit)
        return ranked.map { item in
            let because = (contributions[item.doc] ?? []).sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(3).map(\.0)
            return Neighbor(document: item.doc, score: (item.score * 1000).rounded() / 1000, because: because)
        }
    }

    /// Neighbours of every article, computed in parallel.
    public func all() -> [[Neighbor]] {
        ParallelMap.map(Array(0..<vectors.count)) { neighbors(of: $0) }
    }
}
