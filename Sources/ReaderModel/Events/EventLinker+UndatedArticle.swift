/// Reports in articles without a date ("RSF fighters massacred a hundred villagers in Tessel"): such
/// an article cannot date what it reports, but when another article dates one event of the same
/// family that the report names (its victim, or two of its actors and places narrower than a
/// country), and the two articles tell one story, it is that event.
extension EventLinker {
    /// The one dated cluster of the report's family its names and story tie it to; nil when none
    /// does, when the places do not meet, or when two events of different dates fit about as well.
    func undatedArticleEvent(_ clusters: [Cluster], _ byActor: [String: [Int]], _ reports: [Report], report i: Int,
                             family: String, group: Int, actors: Set<Int>, patient: Int?, places: Set<Int>) -> Int? {
        let document = reports[i].document
        guard document < documentEntities.count else { return nil }
        let mine = documentEntities[document]
        guard mine.count >= Self.sharedStory else { return nil }
        var seen = Set<Int>()
        var scored: [(index: Int, score: Int)] = []
        let keys = actors.union(patient.map { [$0] } ?? []).map { "\(family)|\(group)|\($0)" } + places.map { "\(family)|\(group)|p\($0)" }
        for key in keys {
            for c in (byActor[key] ?? []).suffix(Self.candidateLimit) where seen.insert(c).inserted {
                let cluster = clusters[c]
                guard cluster.date != nil, containment.meet(places, cluster.places) else { continue }
                // No weekday narrows the candidates: the two articles must tell one story.
                guard sharesStory(cluster, reports, with: mine, excluding: document) else { continue }
                let score = sharedNames(cluster, actors: actors, patient: patient, places: places, story: true)
                guard score > 0 else { continue }
                scored.append((c, score))
            }
        }
        // The event more articles report is the likelier one: a date one article alone gives (a
        // misread "two days after") does not make a choice of it.
        func reach(_ c: Int) -> Int { Set(clusters[c].members.prefix(Self.storyDocumentLimit * 4).map { reports[$0].document }).count }
        guard let top = scored.max(by: { ($0.score, reach($0.index)) < ($1.score, reach($1.index)) }) else { return nil }
        let topReach = reach(top.index)
        if scored.contains(where: { $0.index != top.index && $0.score >= top.score - 1 && reach($0.index) >= topReach
                                    && clusters[$0.index].date != clusters[top.index].date }) { return nil }
        return top.index
    }

    /// Whether the articles of a cluster (a few of them) and an article's names share a story.
    func sharesStory(_ cluster: Cluster, _ reports: [Report], with mine: Set<Int>, excluding document: Int) -> Bool {
        var theirs = Set<Int>(), documents = Set<Int>()
        for m in cluster.members.prefix(Self.storyMemberLimit) where documents.count < Self.storyDocumentLimit {
            let d = reports[m].document
            guard d != document, d < documentEntities.count, documents.insert(d).inserted else { continue }
            theirs.formUnion(documentEntities[d])
        }
        return mine.intersection(theirs).count >= Self.sharedStory
    }
}
