/// Reports of one story on one date: articles that name many of the same people, organizations and
/// places, each reporting one event of a kind on one month or day ("it was sold in June 2004" and
/// "the mill was sold in June 2004 for $800m"), report one event even when no name ties the two
/// sentences. A report in a vague word ("launched", "lost", "took", "began": `event-families.txt`)
/// joins the one event of another kind its story dates that day when they share an actor ("Iran
/// launched missiles on Tuesday", "Iran's missile attack on Tuesday").
/// Refused: two victims, places that do not meet, two named occasions, an article giving two days,
/// and any choice between two events (each side must be the other's only candidate).
extension EventLinker {
    /// At most this many clusters per date bucket are compared, the most recent first.
    static let storyBucketLimit = 64
    /// At most this many of a cluster's reports are read for its articles' names.
    static let storyMemberLimit = 256

    func storyMerge(_ clusters: inout [Cluster], _ parent: inout [Int], _ reports: [Report]) {
        guard !documentEntities.isEmpty else { return }
        func root(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        // Buckets by context group and month, or day.
        var buckets: [String: [Int]] = [:]
        for c in clusters.indices where root(c) == c {
            let cluster = clusters[c]
            guard let date = cluster.date, date.precision >= .month, !date.isWeek else { continue }
            let key = date.precision == .day ? "\(cluster.group)|d\(date.dayNumber)" : "\(cluster.group)|m\(date.iso)"
            buckets[key, default: []].append(c)
        }
        var storyCache: [Int: Set<Int>] = [:]
        func story(_ c: Int) -> Set<Int> {
            if let s = storyCache[c] { return s }
            var s = Set<Int>(), seen = Set<Int>()
            for m in clusters[c].members.prefix(Self.storyMemberLimit) where seen.count < Self.storyDocumentLimit {
                let d = reports[m].document
                if d < documentEntities.count, seen.insert(d).inserted { s.formUnion(documentEntities[d]) }
            }
            storyCache[c] = s
            return s
        }
        var documentsCache: [Int: Set<Int>] = [:]
        func documents(_ c: Int) -> Set<Int> {
            if let d = documentsCache[c] { return d }
            let d = Set(clusters[c].members.map { reports[$0].document })
            documentsCache[c] = d
            return d
        }
        var candidates: [Int: Set<Int>] = [:]
        for key in buckets.keys.sorted() {
            let list = Array(buckets[key]!.suffix(Self.storyBucketLimit))
            var others = list
            // A day's bucket meets the next day's (time zones).
            if key.contains("|d"), let day = Int(key.split(separator: "d").last!) {
                let prefix = String(key.split(separator: "|")[0])
                others += (buckets["\(prefix)|d\(day + 1)"] ?? []).suffix(Self.storyBucketLimit)
            }
            for a in list {
                for b in others where a < b || !list.contains(b) {
                    guard a != b, tellsOneEvent(clusters[a], clusters[b]),
                          documents(a).isDisjoint(with: documents(b)),
                          story(a).intersection(story(b)).count >= Self.sharedStory else { continue }
                    candidates[a, default: []].insert(b)
                    candidates[b, default: []].insert(a)
                }
            }
        }
        for (a, theirs) in candidates.sorted(by: { $0.key < $1.key }) where theirs.count == 1 {
            let b = theirs.first!
            guard candidates[b]?.count == 1, a < b else { continue }
            let (ra, rb) = (root(a), root(b))
            guard ra != rb else { continue }
            // The event keeps the family of its precise word.
            let (keep, drop) = Self.isVague(clusters[ra].family) && !Self.isVague(clusters[rb].family) ? (rb, ra) : (ra, rb)
            Self.absorb(&clusters, keep: keep, drop: drop)
            parent[drop] = keep
        }
    }

    /// Whether two clusters of one date may be one event, as far as their kinds, names, places and
    /// days tell: same family (or one in a vague word, then with an actor in common), no two
    /// victims, no places that do not meet, no two occasions, no article giving two days.
    func tellsOneEvent(_ a: Cluster, _ b: Cluster) -> Bool {
        guard a.group == b.group, let db = b.date, a.accepts(db, days: b.days, documents: b.dayOfDocument) else { return false }
        // Statements of one day are many: two meet by their speaker, not by their story.
        if a.family == "statement", b.family == "statement" { return false }
        if a.family != b.family {
            guard Self.isVague(a.family) || Self.isVague(b.family), !a.ownActors.isDisjoint(with: b.ownActors) else { return false }
        }
        if a.victimsDiffer(from: b) { return false }
        if !containment.meet(a.places, b.places) { return false }
        if !a.names.isEmpty, !b.names.isEmpty, a.names.isDisjoint(with: b.names) { return false }
        return true
    }

    /// Families of event words that say something happened but not what ("launched", "lost", "took").
    static func isVague(_ family: String) -> Bool { EventFamily.vague.contains(family) }
}
