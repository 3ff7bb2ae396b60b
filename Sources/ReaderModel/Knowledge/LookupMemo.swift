/// Knowledge lookups remembered for one article, where the same names recur.
/// Not shared between threads: one is made per article. Bounded: past `capacity`
/// names it starts afresh, so a hostile article cannot make it grow without end.
final class LookupMemo {
    let knowledge: Knowledge
    let capacity: Int
    private var known: [String: Knowledge.KnownEntity?] = [:]

    // Names are short (lookups are bounded to a known name's length), so 32,768 of them stay a
    // few megabytes, and a long article (5 MB of news holds some 20,000 distinct names) is not
    // forgotten and looked up again every 4,096.
    init(_ knowledge: Knowledge, capacity: Int = 32_768) {
        self.knowledge = knowledge
        self.capacity = capacity
    }

    /// How many names are remembered now.
    var count: Int { known.count }

    func lookup(_ name: String) -> Knowledge.KnownEntity? {
        if let cached = known[name] { return cached }
        let entity = knowledge.lookup(name)
        if known.count >= capacity { known.removeAll(keepingCapacity: true) }
        known[name] = entity
        return entity
    }

    func keepsLeadingThe(_ name: String) -> Bool {
        lookup(name)?.keepsLeadingThe ?? false
    }
}
