/// Knowledge lookups remembered for one article, where the same names recur.
/// Not shared between threads: one is made per article.
final class LookupMemo {
    let knowledge: Knowledge
    private var known: [String: Knowledge.KnownEntity?] = [:]

    init(_ knowledge: Knowledge) { self.knowledge = knowledge }

    func lookup(_ name: String) -> Knowledge.KnownEntity? {
        if let cached = known[name] { return cached }
        let entity = knowledge.lookup(name)
        known[name] = entity
        return entity
    }

    func keepsLeadingThe(_ name: String) -> Bool {
        lookup(name)?.keepsLeadingThe ?? false
    }
}
