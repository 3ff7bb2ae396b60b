/// Undated reports in dated articles: what a news article reports without a date happened in the
/// days it covers ("voted for the resolution", "the spokesman told reporters"), so it joins the
/// one event of its kind other reports date in those days, when something ties it to that event.
extension EventLinker {
    /// Two articles tell one story when they name at least this many of the same people,
    /// organizations and places narrower than a country.
    static let sharedStory = 3
    /// At most this many of a candidate's articles are compared with the report's.
    static let storyDocumentLimit = 8

    /// The one cluster of the report's family and group dated in the news window before its
    /// article's day `published` that a shared actor or place ties it to — for all but statements,
    /// also the articles sharing the story; nil when none does, or when two fit about as well.
    /// A statement needs its speaker: the same people speak every day.
    func recentOfStory(_ clusters: [Cluster], _ byDate: [String: [Int]], _ reports: [Report], report i: Int, family: String,
                       group: Int, actors: Set<Int>, patient: Int?, places: Set<Int>, published: Int) -> Int? {
        let document = reports[i].document
        let mine = document < documentEntities.count ? documentEntities[document] : []
        var seen = Set<Int>()
        var scored: [(index: Int, score: Int)] = []
        for day in (published - Self.newsWindow)...published {
            for c in (byDate["\(family)|\(group)|d\(day)"] ?? []).suffix(Self.candidateLimit) where seen.insert(c).inserted {
                let cluster = clusters[c]
                guard let days = cluster.days, days.lowerBound <= published, days.upperBound >= published - Self.newsWindow else { continue }
                // Two places that do not meet, or two victims, are two events.
                if !containment.meet(places, cluster.places) { continue }
                if let patient, !cluster.patients.isEmpty, !cluster.patients.contains(patient), !cluster.ownActors.contains(patient) { continue }
                var score = 0
                if family == "statement" {
                    let speakers = cluster.actors.intersection(actors).count
                    if speakers > 0 { score = 100 + speakers }
                } else if cluster.overlap(actors: actors, patient: patient, places: places, containment: containment) > 0 {
                    score = 100 + cluster.overlap(actors: actors, patient: patient, places: places, containment: containment)
                } else if !mine.isEmpty {
                    var theirs = Set<Int>(), documents = Set<Int>()
                    for m in cluster.members where documents.count < Self.storyDocumentLimit {
                        let d = reports[m].document
                        guard d != document, d < documentEntities.count, documents.insert(d).inserted else { continue }
                        theirs.formUnion(documentEntities[d])
                    }
                    let shared = mine.intersection(theirs).count
                    if shared >= Self.sharedStory { score = shared }
                }
                if score > 0 { scored.append((c, score)) }
            }
        }
        guard let top = scored.max(by: { $0.score < $1.score }) else { return nil }
        if scored.contains(where: { $0.index != top.index && $0.score >= top.score - 1 && clusters[$0.index].days != clusters[top.index].days }) { return nil }
        return top.index
    }
}
