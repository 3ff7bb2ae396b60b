/// The entities of an analysis while corrections are applied to it: which group (future
/// entity) owns each mention, the forms each group is written in, and an index from name
/// keys to groups. Built by `CorrectionApplier`; never seen outside it.
struct CorrectionState {
    /// One entity being corrected.
    struct Group {
        var members: Set<Entity.Occurrence> = []
        var name: String
        var type: EntityType
        var knownID: String?
        /// Set by merge and rename: the name no longer follows the forms.
        var nameFixed = false
        /// Changed by a correction: rebuilt rather than copied.
        var touched = false
        var removed = false
        /// Name key → how many member mentions are written so.
        var formCounts: [String: Int] = [:]
        var notes: [String] = []
        /// The analysis's entity it started as, if any.
        var original: Int?
    }

    /// Per document: mentions (the analysis's, then added ones), owner group (-1 none), rejected.
    var mentions: [[Mention]]
    var owner: [[Int]]
    var rejected: [[Bool]]
    var keys: [[String]]
    var groups: [Group] = []
    /// Name key → groups written so, or named so.
    var index: [String: Set<Int>] = [:]
    /// Name keys of each analysis entity's name and aliases.
    let originalForms: [Set<String>]
    /// The analysis entity each original mention belonged to (-1 none); added mentions have none.
    let origin: [[Int]]

    /// The key names are matched by: case, diacritics, apostrophes and hyphens folded.
    static func key(_ name: String) -> String { NameKey.words(name).joined(separator: " ") }

    init(_ analysis: Analysis) {
        mentions = analysis.documents.map(\.mentions)
        owner = analysis.documents.map(\.entityOfMention)
        origin = owner
        rejected = analysis.documents.map { Array(repeating: false, count: $0.mentions.count) }
        // Mentions repeat a few thousand spellings: each is folded once.
        var memo: [String: String] = [:]
        func key(_ text: String) -> String {
            if let k = memo[text] { return k }
            let k = Self.key(text)
            memo[text] = k
            return k
        }
        keys = analysis.documents.map { $0.mentions.map { key($0.text) } }
        originalForms = analysis.entities.map { Set(([$0.name] + $0.aliases).map(key)) }
        for (e, entity) in analysis.entities.enumerated() {
            var group = Group(name: entity.name, type: entity.type, knownID: entity.knownID, original: e)
            group.members = Set(entity.occurrences)
            for o in entity.occurrences { group.formCounts[keys[o.document][o.mention], default: 0] += 1 }
            groups.append(group)
            for k in group.formCounts.keys { index[k, default: []].insert(e) }
            index[Self.key(entity.name), default: []].insert(e)
        }
    }

    /// The live group a name names: its canonical name first, then the busiest with the form.
    func resolve(_ name: String) -> Int? {
        let k = Self.key(name)
        guard let candidates = index[k], !candidates.isEmpty else { return nil }
        return candidates.max { a, b in
            let ka = Self.key(groups[a].name) == k, kb = Self.key(groups[b].name) == k
            return (ka ? 1 : 0, groups[a].members.count, -a) < (kb ? 1 : 0, groups[b].members.count, -b)
        }
    }

    /// Live groups written or named with a key.
    func groups(named k: String) -> [Int] { (index[k] ?? []).sorted() }

    func key(of o: Entity.Occurrence) -> String { keys[o.document][o.mention] }

    mutating func add(_ o: Entity.Occurrence, to g: Int) {
        owner[o.document][o.mention] = g
        groups[g].members.insert(o)
        let k = key(of: o)
        groups[g].formCounts[k, default: 0] += 1
        index[k, default: []].insert(g)
        groups[g].touched = true
    }

    mutating func remove(_ o: Entity.Occurrence, from g: Int) {
        owner[o.document][o.mention] = -1
        groups[g].members.remove(o)
        let k = key(of: o)
        groups[g].formCounts[k, default: 1] -= 1
        if groups[g].formCounts[k] == 0 {
            groups[g].formCounts[k] = nil
            if Self.key(groups[g].name) != k { index[k]?.remove(g) }
        }
        groups[g].touched = true
    }

    mutating func move(_ o: Entity.Occurrence, from g: Int, to h: Int) {
        remove(o, from: g)
        add(o, to: h)
    }

    mutating func setName(_ name: String, of g: Int) {
        let old = Self.key(groups[g].name)
        if groups[g].formCounts[old] == nil { index[old]?.remove(g) }
        groups[g].name = name
        index[Self.key(name), default: []].insert(g)
        groups[g].touched = true
    }

    /// After members left: a group with none goes; one whose name is no longer written takes a new one.
    mutating func settle(_ g: Int) {
        if groups[g].members.isEmpty {
            groups[g].removed = true
            for k in Set(groups[g].formCounts.keys).union([Self.key(groups[g].name)]) { index[k]?.remove(g) }
            return
        }
        if !groups[g].nameFixed, groups[g].knownID == nil, groups[g].formCounts[Self.key(groups[g].name)] == nil {
            setName(canonicalName(g), of: g)
        }
    }

    /// The written forms of a group's mentions with their counts, as the analysis counts them.
    func forms(_ g: Int) -> [String: Int] {
        var forms: [String: Int] = [:]
        for o in groups[g].members { forms[Analysis.clean(mentions[o.document][o.mention].text), default: 0] += 1 }
        return forms
    }

    func canonicalName(_ g: Int) -> String { Analysis.canonicalName(forms(g)) }

    /// The most frequent written form of a group with a key, if it has one.
    func writtenForm(_ k: String, in g: Int) -> String? {
        forms(g).filter { Self.key($0.key) == k }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// A new group holding nothing yet.
    mutating func newGroup(name: String, type: EntityType) -> Int {
        groups.append(Group(name: name, type: type, touched: true))
        index[Self.key(name), default: []].insert(groups.count - 1)
        return groups.count - 1
    }
}
