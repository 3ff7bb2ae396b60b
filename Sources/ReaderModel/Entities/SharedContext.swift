import Foundation

/// What an article shares with the articles of an entity: the evidence, beyond a shared surname
/// or acronym, that a short name in one article names an entity of others. "Archer" in an article
/// on a television series is not the economist Howard Archer of business news; "Putin" in an
/// article on Yukos is the Vladimir Putin of the articles on Russia.
///
/// Built once from the entities found so far; each candidate's profile (the entities of its
/// articles, at most `profileDocuments` of them) is gathered once, so the cost grows with the
/// number of short names, not with pairs of entities.
struct SharedContext {
    /// A lone surname joins when at least this share of its article's other entities (weighted by
    /// rarity) also occur in the candidate's articles: surnames are shared by many people.
    static let surnameThreshold = 0.1
    /// An acronym of three letters or more is rarer: something shared beyond chance is enough.
    static let acronymThreshold = 0.01
    static let profileDocuments = 32

    private var rootsOfDocument: [Int: Set<Int>] = [:]
    private var documentsOfRoot: [Int: [Int]] = [:]
    private var profiles: [Int: Set<Int>] = [:]
    private let documentCount: Double

    /// `roots[i]` is the entity of local `i`, `documents[i]` its article.
    init(roots: [Int], documents: [Int]) {
        for (root, document) in zip(roots, documents) {
            if rootsOfDocument[document, default: []].insert(root).inserted { documentsOfRoot[root, default: []].append(document) }
        }
        documentCount = Double(max(rootsOfDocument.count, 1))
    }

    /// The rarity weight of an entity: entities in every article say nothing.
    private func weight(_ root: Int) -> Double {
        log(1 + documentCount / Double(max(documentsOfRoot[root]?.count ?? 1, 1)))
    }

    /// The weighted share of the other entities of `document` (not `short`, not `candidate`) that
    /// also occur in an article of `candidate` (its first `profileDocuments`).
    mutating func similarity(document: Int, short: Int, candidate: Int) -> Double {
        guard let here = rootsOfDocument[document] else { return 0 }
        let profile: Set<Int>
        if let cached = profiles[candidate] {
            profile = cached
        } else {
            var built = Set<Int>()
            for d in (documentsOfRoot[candidate] ?? []).prefix(Self.profileDocuments) {
                built.formUnion(rootsOfDocument[d] ?? [])
            }
            profiles[candidate] = built
            profile = built
        }
        var total = 0.0, shared = 0.0
        for root in here where root != short && root != candidate {
            let w = weight(root)
            total += w
            if profile.contains(root) { shared += w }
        }
        return total > 0 ? shared / total : 0
    }

    /// Whether `short`'s article shares at least `threshold` with `candidate`'s articles.
    mutating func agrees(document: Int, short: Int, candidate: Int, threshold: Double) -> Bool {
        similarity(document: document, short: short, candidate: candidate) >= threshold
    }
}
