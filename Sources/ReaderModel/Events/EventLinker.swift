/// Merges the events articles report into real-world events.
///
/// Two reports are one event when their types are of one family, their dates agree as far
/// as both are known (2020 ~ 2020-01 ~ 2020-01-03), and they share an actor — or, when one
/// of them names no actor, a place. The most precise date wins. Reports are taken most
/// precise first, so a vague "in 2020" joins the day it best matches; two different days
/// never meet, and sharing a date alone is not enough.
public struct EventLinker: Sendable {
    public init() {}

    /// One article's event report.
    public struct Report: Sendable {
        public var document: Int
        public var found: EventExtractor.Found
    }

    struct Cluster {
        var family: String
        var date: DateValue?
        var actors: Set<Int>
        var places: Set<Int>
        var members: [Int]
    }

    public func link(_ reports: [Report]) -> [Event] {
        let order = reports.indices.sorted { a, b in
            let pa = reports[a].found.date?.precision.rawValue ?? 0, pb = reports[b].found.date?.precision.rawValue ?? 0
            return (pa, -reports[a].document, -reports[a].found.sentence.lowerBound) > (pb, -reports[b].document, -reports[b].found.sentence.lowerBound)
        }
        var clusters: [Cluster] = []
        // Candidate clusters by family and year, so each report is compared with few others.
        var byYear: [String: [Int]] = [:]
        for i in order {
            let r = reports[i].found
            let family = EventFamily.of(r.type)
            let actors = Set(r.actors), places = Set(r.places)
            var best: (index: Int, overlap: Int)? = nil
            if let date = r.date {
                for c in byYear["\(family)|\(date.year)"] ?? [] {
                    let cluster = clusters[c]
                    guard let d = cluster.date, d.isCompatible(with: date) else { continue }
                    let sharedActors = cluster.actors.intersection(actors).count
                    let sharedPlaces = cluster.places.intersection(places).count
                    let overlap = sharedActors > 0 ? sharedActors * 2 + sharedPlaces
                        : (actors.isEmpty || cluster.actors.isEmpty ? sharedPlaces : 0)
                    if overlap > 0, best == nil || overlap > best!.overlap { best = (c, overlap) }
                }
            }
            if let b = best {
                clusters[b.index].members.append(i)
                clusters[b.index].actors.formUnion(actors)
                clusters[b.index].places.formUnion(places)
            } else {
                if let date = r.date { byYear["\(family)|\(date.year)", default: []].append(clusters.count) }
                clusters.append(Cluster(family: family, date: r.date, actors: actors, places: places, members: [i]))
            }
        }
        // Clusters that grew to meet each other ("in 2020 … in Baghdad" joined one vote, and now
        // shares Baghdad with another) are merged under the same rule, until nothing changes.
        var removed = Set<Int>()
        for (_, bucket) in byYear {
            var merged = true
            while merged {
                merged = false
                search: for (x, a) in bucket.enumerated() where !removed.contains(a) {
                    for b in bucket[(x + 1)...] where !removed.contains(b) {
                        guard let da = clusters[a].date, let db = clusters[b].date, da.isCompatible(with: db) else { continue }
                        let sharedActors = !clusters[a].actors.isDisjoint(with: clusters[b].actors)
                        let sharedPlaces = (clusters[a].actors.isEmpty || clusters[b].actors.isEmpty)
                            && !clusters[a].places.isDisjoint(with: clusters[b].places)
                        guard sharedActors || sharedPlaces else { continue }
                        clusters[a].members += clusters[b].members
                        clusters[a].actors.formUnion(clusters[b].actors)
                        clusters[a].places.formUnion(clusters[b].places)
                        if db.precision > da.precision { clusters[a].date = db }
                        removed.insert(b)
                        merged = true
                        break search
                    }
                }
            }
        }
        clusters = clusters.indices.filter { !removed.contains($0) }.map { clusters[$0] }
        var events: [Event] = clusters.map { cluster in
            let members = cluster.members.sorted { (reports[$0].document, reports[$0].found.sentence.lowerBound) < (reports[$1].document, reports[$1].found.sentence.lowerBound) }
            let founds = members.map { reports[$0].found }
            var actorCounts: [Int: Int] = [:], placeCounts: [Int: Int] = [:], typeCounts: [String: Int] = [:]
            for f in founds {
                for a in f.actors { actorCounts[a, default: 0] += 1 }
                for p in f.places { placeCounts[p, default: 0] += 1 }
                typeCounts[f.type, default: 0] += 1
            }
            func ranked(_ counts: [Int: Int]) -> [Int] { counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key) }
            let lead = founds.first { $0.date == cluster.date } ?? founds[0]
            var mentions: [Event.Mention] = []
            for m in members {
                let mention = Event.Mention(document: reports[m].document, range: reports[m].found.sentence)
                if !mentions.contains(mention) { mentions.append(mention) }
            }
            return Event(id: "", type: typeCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key, date: cluster.date,
                         actors: ranked(actorCounts), agent: lead.agent, patient: lead.patient, places: ranked(placeCounts),
                         summary: lead.summary, mentions: mentions)
        }
        // Chronological, undated last; ids follow that order.
        events.sort { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return (a.mentions[0].document, a.mentions[0].range.lowerBound) < (b.mentions[0].document, b.mentions[0].range.lowerBound)
            }
        }
        for i in events.indices { events[i].id = "v\(i + 1)" }
        return events
    }
}
