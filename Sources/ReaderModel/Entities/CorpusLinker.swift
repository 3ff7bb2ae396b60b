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

    /// Organizations sharing one acronym compared pair by pair only up to this many spellings.
    static let largestAcronymGroup = 12

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// Groups of indices into `locals`, each one entity.
    public func link(_ locals: [Local]) -> [[Int]] {
        var sets = UnionFind(count: locals.count)
        var firstByKey: [String: Int] = [:]
        func join(_ key: String, _ i: Int) {
            if let j = firstByKey[key] { sets.union(i, j) } else { firstByKey[key] = i }
        }
        var loneSurnames: [(Int, String)] = []
        var acronymsAlone: [Int] = []
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
            } else if local.type == .organization, local.knownID == nil, full.isEmpty, !names.isEmpty,
                      names.allSatisfy({ Initials.letters(ofAcronym: $0) != nil }) {
                // An acronym alone is linked below: first to a full name, else to the same acronym elsewhere.
                acronymsAlone.append(i)
            } else {
                // A short form resolved within one article ("the Kata’ib", "the RCA") names nothing on
                // its own elsewhere: organizations with a full name link by their full names and known
                // names; their acronyms meet other articles' below, where the context must agree.
                let multiword = full
                let linkNames = local.type == .organization && !multiword.isEmpty
                    ? multiword + names.indices.filter { wordCounts[$0] == 1 }.map { names[$0] }.filter { knowledge.lookup($0) != nil }
                    : names
                for name in linkNames {
                    for key in keys(name, local.type) { join(key, i) }
                }
                // "Veritas Party" here, "Veritas" in another article.
                if local.type == .organization {
                    for name in multiword {
                        // Not a stem that names something else ("Congress Party" is not the US Congress) or an
                        // ordinary word ("Liberal Party", "Apple Computer").
                        guard let stem = OrganizationSuffixes.stem(name), knowledge.lookup(stem) == nil, !knowledge.isDemonym(stem),
                              stem.contains(" ") || !knowledge.isCommonWord(stem) else { continue }
                        for key in keys(stem, .organization) { join(key, i) }
                    }
                }
            }
        }
        // Short names (a lone surname, an acronym) join the one full name in the corpus they can
        // stand for, when the article shares enough with that name's articles.
        let roots = locals.indices.map { sets.find($0) }
        var context = SharedContext(roots: roots, documents: locals.map(\.document))
        var bySurname: [String: Set<Int>] = [:]
        var byInitials: [String: Set<Int>] = [:]
        var fullyNamedOrganizations = Set<Int>()
        for (i, local) in locals.enumerated() where local.type == .person || local.type == .organization {
            for name in distinctNames[i] {
                let words = NameKey.significantWords(name)
                guard words.count >= 2 else { continue }
                if local.type == .person, let last = words.last { bySurname[last, default: []].insert(roots[i]) }
                if local.type == .organization {
                    fullyNamedOrganizations.insert(roots[i])
                    for initials in Initials.of(name) { byInitials[initials, default: []].insert(roots[i]) }
                }
            }
        }
        // The acronyms an article gave an organization it names in full ("Royal College of Art (RCA)").
        var byAcronym: [String: Set<Int>] = [:]
        for (i, local) in locals.enumerated() where local.type == .organization && fullyNamedOrganizations.contains(roots[i]) {
            for letters in distinctNames[i].compactMap(Initials.letters(ofAcronym:)) { byAcronym[letters, default: []].insert(roots[i]) }
        }
        for (i, word) in loneSurnames where !knowledge.isGivenName(word) {
            if let candidates = bySurname[word], candidates.count == 1, let root = candidates.first,
               context.agrees(document: locals[i].document, short: roots[i], candidate: root, threshold: SharedContext.surnameThreshold) {
                sets.union(i, root)
            }
        }
        // Two spellings of one name that both declare the acronym they spell ("Oil & Natural Gas Corp (ONGC)",
        // "Oil & Natural Gas Corporation (ONGC)", "US Anti-Doping Agency (USADA)" and "United States Anti-Doping
        // Agency (USADA)") meet when they share most of their words; another name with the same acronym
        // ("Business Software Alliance" beside "Building Societies Association") does not.
        var spellingsByAcronym: [String: [(Int, Set<String>)]] = [:]
        for (i, local) in locals.enumerated() where local.type == .organization && fullyNamedOrganizations.contains(roots[i]) {
            let acronyms = Set(distinctNames[i].compactMap(Initials.letters(ofAcronym:)))
            guard !acronyms.isEmpty else { continue }
            for name in distinctNames[i] where NameKey.significantWords(name).count >= 2 {
                let words = Set(NameKey.significantWords(name).map(NameKey.singular(word:))).subtracting(Initials.functionWords)
                for letters in Initials.of(name) where acronyms.contains(letters) { spellingsByAcronym[letters, default: []].append((i, words)) }
            }
        }
        for (_, spellings) in spellingsByAcronym where spellings.count > 1 && spellings.count <= Self.largestAcronymGroup {
            for a in spellings.indices {
                for b in spellings.indices where b > a {
                    let (i, x) = spellings[a], (j, y) = spellings[b]
                    if 2 * x.intersection(y).count >= min(x.count, y.count) + 1 { sets.union(i, j) }
                }
            }
        }
        // An acronym alone ("the RCA") joins the organization another article gave it to ("Royal College of Art
        // (RCA)") or, for three letters or more, whose full name it spells ("the FTA" and "the Federal Trade
        // Agency"), when that is the only one; the article must share something with that organization's
        // ("RCA" of the record label shares nothing with the art college's), more for a name only spelled.
        // Those that join none join each other: "RCA" the record label in three articles.
        var leftByAcronym: [String: Int] = [:]
        for i in acronymsAlone {
            let acronyms = Set(distinctNames[i].compactMap(Initials.letters(ofAcronym:)))
            if acronyms.count == 1, let letters = acronyms.first,
               let found = byAcronym[letters] ?? (letters.count >= 3 ? byInitials[letters] : nil) {
                let candidates = Set(found.map { sets.find($0) })
                let threshold = byAcronym[letters] != nil ? SharedContext.acronymThreshold : SharedContext.surnameThreshold
                if candidates.count == 1, let root = candidates.first,
                   context.agrees(document: locals[i].document, short: roots[i], candidate: found.min()!, threshold: threshold) {
                    sets.union(i, root)
                    continue
                }
            }
            for name in distinctNames[i] {
                for key in keys(name, .organization) {
                    if let j = leftByAcronym[key] { sets.union(i, j) } else { leftByAcronym[key] = i }
                }
            }
        }
        return sets.groups()
    }
}
