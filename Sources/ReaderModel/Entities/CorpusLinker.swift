/// Joins the per-article entities that are the same real entity across the corpus.
///
/// Conservative by design: known entities join by their knowledge id; people join only
/// on full names (exact or transliteration skeleton of two or more words) or, for a lone
/// surname, when exactly one full name in the corpus ends in it; a generic given name
/// alone never joins. A capital and its country are different knowledge entries and
/// share no key, so they never meet.
public struct CorpusLinker: Sendable {
    /// One article's entity before cross-article linking.
    public struct Local: Sendable {
        public var document: Int
        public var mentions: [Int]
        public var type: EntityType
        public var knownID: String?
        public var names: [String]
    }

    public var knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// Groups of indices into `locals`, each one entity.
    public func link(_ locals: [Local]) -> [[Int]] {
        var sets = UnionFind(count: locals.count)
        var firstByKey: [String: Int] = [:]
        func join(_ key: String, _ i: Int) {
            if let j = firstByKey[key] { sets.union(i, j) } else { firstByKey[key] = i }
        }
        var loneSurnames: [(Int, String)] = []
        var keyCache: [String: [String]] = [:]
        func keys(_ name: String, _ type: EntityType) -> [String] {
            let k = type.rawValue + "|" + name
            if let cached = keyCache[k] { return cached }
            let computed = LinkKeys.keys(for: name, type: type, knowledge: knowledge)
            keyCache[k] = computed
            return computed
        }
        // A local entity's names repeat (one a mention): each distinct name is read once, its words
        // counted once. Joining a name twice changes nothing, and the groups do not depend on order.
        let distinctNames = locals.map { local -> [String] in
            var seen = Set<String>()
            return local.names.filter { seen.insert($0).inserted }
        }
        for (i, local) in locals.enumerated() {
            if let known = local.knownID { join("k|" + known, i) }
            let names = distinctNames[i]
            let wordCounts = names.map { NameKey.significantWords($0).count }
            let full = names.indices.filter { wordCounts[$0] >= 2 }.map { names[$0] }
            if local.type == .person {
                if full.isEmpty, local.knownID == nil, let word = names.first.map(NameKey.exact) {
                    loneSurnames.append((i, word))
                }
                for name in full {
                    for key in keys(name, .person) { join(key, i) }
                }
            } else {
                // A short form resolved within one article ("the Kata’ib") names nothing on its
                // own elsewhere: organizations with a full name link by their full names.
                let multiword = full
                let linkNames = local.type == .organization && !multiword.isEmpty
                    ? multiword + names.indices.filter { wordCounts[$0] == 1 }.map { names[$0] }.filter { name in knowledge.lookup(name) != nil || name.unicodeScalars.allSatisfy { !$0.properties.isLowercase } }
                    : names
                for name in linkNames {
                    for key in keys(name, local.type) { join(key, i) }
                }
            }
        }
        // A lone surname joins the one full name in the corpus that ends in it.
        var bySurname: [String: Set<Int>] = [:]
        for (i, local) in locals.enumerated() where local.type == .person {
            for name in distinctNames[i] {
                let words = NameKey.significantWords(name)
                if words.count >= 2, let last = words.last { bySurname[last, default: []].insert(sets.find(i)) }
            }
        }
        for (i, word) in loneSurnames where !knowledge.isGivenName(word) {
            if let roots = bySurname[word], roots.count == 1, let root = roots.first { sets.union(i, root) }
        }
        return sets.groups()
    }
}
