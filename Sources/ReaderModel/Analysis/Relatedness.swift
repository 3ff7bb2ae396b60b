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

    /// Neighbours of each document, best first.
    public private(set) var neighbors: [[Neighbor]]

    public init(_ analysis: Analysis, limit: Int = 8) {
        let n = analysis.documents.count
        var weights: [[Int: Double]] = Array(repeating: [:], count: n)
        for (d, doc) in analysis.documents.enumerated() {
            let lead = doc.document.titleRange.upperBound + 600
            for (m, mention) in doc.mentions.enumerated() {
                let e = doc.entityOfMention[m]
                guard e >= 0, analysis.entities[e].type != .other else { continue }
                weights[d][e, default: 0] += mention.start < lead ? 2 : 1
            }
        }
        var idf: [Double] = analysis.entities.map { e in log(Double(n + 1) / Double(e.documents.count + 1)) }
        // Entities in nearly every article explain nothing.
        for (i, e) in analysis.entities.enumerated() where Double(e.documents.count) > 0.5 * Double(n) && n > 4 { idf[i] = 0 }
        var vectors: [[Int: Double]] = []
        var norms: [Double] = []
        for w in weights {
            var v: [Int: Double] = [:]
            for (e, count) in w { v[e] = (1 + log(count)) * idf[e] }
            vectors.append(v)
            norms.append(sqrt(v.values.reduce(0) { $0 + $1 * $1 }))
        }
        var result: [[Neighbor]] = []
        result.reserveCapacity(n)
        for d in 0..<n {
            var scores: [Int: Double] = [:]
            var contributions: [Int: [(Int, Double)]] = [:]
            for (e, a) in vectors[d] where a > 0 {
                // Very common entities are skipped as candidate generators to bound the work.
                let postings = analysis.entities[e].documents
                if postings.count > 400 { continue }
                for other in postings where other != d {
                    guard let b = vectors[other][e], b > 0 else { continue }
                    let c = a * b
                    scores[other, default: 0] += c
                    contributions[other, default: []].append((e, c))
                }
            }
            let ranked = scores.map { (doc: $0.key, score: norms[d] > 0 && norms[$0.key] > 0 ? $0.value / (norms[d] * norms[$0.key]) : 0) }
                .sorted { ($1.score, $0.doc) < ($0.score, $1.doc) }
                .prefix(limit)
            result.append(ranked.map { item in
                let because = (contributions[item.doc] ?? []).sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(3).map(\.0)
                return Neighbor(document: item.doc, score: (item.score * 1000).rounded() / 1000, because: because)
            })
        }
        neighbors = result
    }
}
