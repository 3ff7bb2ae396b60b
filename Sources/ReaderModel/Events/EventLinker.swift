/// Merges the events articles report into real-world events, as careful event datasets do
/// (one event, many reports): reports are one event when
/// - their types are of one family (strike/attack/killing; statement/condemnation; vote/law),
/// - their dates agree as far as both are known (2020 ~ 2020-01 ~ 2020-01-03; a week holds its
///   days), with one day of slack between two exact days for time zones, never more: an event
///   never spans two exact days further apart,
/// - and they share who was acted on (the victim or target), or an actor, or — when one of
///   them names no actor — a place.
/// Hypothetical reports (threats, demands) only meet their own kind; a background mention ("after
/// the killing of X") joins the reported event it names. An undated report joins the one
/// event its actors point to, when exactly one does. Reports are taken most precise first,
/// so a vague "in 2020" joins the day it best matches.
///
/// Candidates come from indexes by family, date and actor, so each report is compared with
/// a bounded number of others.
public struct EventLinker: Sendable {
    /// Countries: too wide to be the place two reports agree on.
    public var broadPlaces: Set<Int>

    /// The people, organizations and places narrower than a country each article names: two
    /// articles naming several of the same tell one story.
    public var documentEntities: [Set<Int>]

    /// Which places lie within which: a town and its region agree on where an event was.
    public var containment: PlaceContainment

    public init(broadPlaces: Set<Int> = [], documentEntities: [Set<Int>] = [], containment: PlaceContainment = PlaceContainment()) {
        self.broadPlaces = broadPlaces
        self.documentEntities = documentEntities
        self.containment = containment
    }

    /// One article's event report.
    public struct Report: Sendable {
        public var document: Int
        public var found: EventExtractor.Found
        /// The article's own date (its dateline, not a guess), when it has one.
        public var published: DateValue?

        public init(document: Int, found: EventExtractor.Found, published: DateValue? = nil) {
            self.document = document
            self.found = found
            self.published = published
        }
    }

    /// Reports of one context group meet: what happened, was named as background or was
    /// planned (a funeral announced and then reported is one funeral); threats and demands apart.
    static func group(_ c: EventContext) -> Int {
        switch c {
        case .reported, .background, .planned: return 0
        case .hypothetical: return 2
        }
    }

    struct Cluster {
        var family: String
        var group: Int
        var date: DateValue?
        /// First and last exact day among members (day numbers), when any is day-precise.
        var days: ClosedRange<Int>?
        var actors: Set<Int>
        /// Actors its reports name in their own clauses (not in a background phrase): only they
        /// can be the victim another report names.
        var ownActors: Set<Int> = []
        var patients: Set<Int>
        var places: Set<Int>
        var members: [Int]
        /// The exact day each article gives the event: one article never reports one event on two days.
        var dayOfDocument: [Int: Int] = [:]
        /// Occasions its reports name ("olympic" for "the 2004 Olympics").
        var names: Set<String> = []
        /// The earliest date line among its reports' articles (a day number); nil when one has none.
        var earliestPublished: Int? = nil

        /// Whether it is a past event its articles look back on: one exact day (or two, for time zones), at least
        /// `backgroundAge` days before every article that reports it.
        var isLongPast: Bool {
            guard let days, days.count <= 2, let earliestPublished else { return false }
            return days.upperBound <= earliestPublished - EventLinker.backgroundAge
        }

        /// Whether a date from an article can join: compatible, and exact days stay within one
        /// day of each other (time zones), for the kinds of event wire reports date across
        /// zones; statements and meetings, frequent and repeated, need the same day.
        func accepts(_ d: DateValue, days other: ClosedRange<Int>?, documents: [Int: Int]) -> Bool {
            guard let date else { return false }
            for (doc, day) in documents { if let mine = dayOfDocument[doc], mine != day { return false } }
            if let days, let other {
                let slack = family == "statement" || family == "meeting" ? 0 : 1
                return max(days.upperBound, other.upperBound) - min(days.lowerBound, other.lowerBound) <= slack
            }
            return date.isCompatible(with: d)
        }

        /// Both name who was acted on, and neither names the other's: two events.
        func victimsDiffer(from other: Cluster) -> Bool {
            !patients.isEmpty && !other.patients.isEmpty && patients.isDisjoint(with: other.patients)
                && patients.isDisjoint(with: other.ownActors) && other.patients.isDisjoint(with: ownActors)
        }

        /// Exact days that do not meet, and places that do not meet: a day away is the same event
        /// (time zones) only where both agree on the place, if both name one.
        func placesDisagreeADayAway(_ other: Cluster, _ containment: PlaceContainment) -> Bool {
            guard let days, let theirs = other.days, !days.overlaps(theirs) else { return false }
            return !containment.meet(places, other.places)
        }

        /// How strongly a report's participants tie it to this cluster (0: not at all).
        func overlap(actors a: Set<Int>, patient: Int?, places p: Set<Int>, name: String? = nil, sameDay: Bool = false,
                     containment: PlaceContainment = PlaceContainment()) -> Int {
            // The same named occasion is one event; two different ones are two.
            if let name, !names.isEmpty { return names.contains(name) ? 8 : 0 }
            // Two different victims or targets are two events, whoever else both name.
            if let patient, !patients.isEmpty, !patients.contains(patient), !ownActors.contains(patient), patients.isDisjoint(with: a) { return 0 }
            let sharedActors = actors.intersection(a).count
            let sharedPlaces = places.intersection(p).count
            // The same victim: the strongest key, stronger still where both name it as the one acted on
            // ("after the killing of X" means X's killing, not the attack X ordered).
            if let patient, patients.contains(patient) { return 9 + sharedActors * 2 + sharedPlaces }
            if let patient, ownActors.contains(patient) { return 6 + sharedActors * 2 + sharedPlaces }
            // An actor alone does not make one event of two where both say where and the places do not
            // meet: the same army strikes a convoy in one town and a school in another on one day.
            if !containment.meet(places, p) { return 0 }
            if sharedActors > 0 { return sharedActors * 2 + sharedPlaces }
            if a.isEmpty || actors.isEmpty { return sharedPlaces }
            // Same place, same day (ACLED): reports that quote different sources or name
            // different officials still describe one event when both give its exact day and
            // agree on where: a shared place narrower than a country (countries are left
            // out of `places`), and most of the places each names; a different victim was refused above.
            let met = sharedPlaces + p.subtracting(places).filter { q in places.contains { containment.lies(q, in: $0) || containment.lies($0, in: q) } }.count
            let agreeOnPlace = met >= 1 && met * 2 >= places.count && met * 2 >= p.count
            if sharedPlaces == 0 { return sameDay && agreeOnPlace ? 1 : 0 }
            return sameDay && agreeOnPlace ? sharedPlaces : 0
        }

        /// Whether both this cluster and a date give exact days (already within the slack `accepts` allows).
        func isDayPrecise(_ other: ClosedRange<Int>?) -> Bool { days != nil && other != nil }
    }

    /// Day span of a date: its day, or nil when not day-precise.
    static func days(_ d: DateValue?) -> ClosedRange<Int>? {
        guard let d, d.precision == .day else { return nil }
        return d.dayNumber...d.dayNumber
    }

    /// Index keys a cluster is found under: its family and group with each precision of its date.
    static func keys(_ family: String, _ group: Int, _ date: DateValue, days: ClosedRange<Int>?) -> [String] {
        let head = "\(family)|\(group)|"
        var keys = [head + "y\(date.truncated(to: .year).iso)"]
        if date.precision >= .month { keys.append(head + "m\(date.truncated(to: .month).iso)") }
        if date.isWeek {
            keys.append(head + "w\(date.dayNumber)")
            // A week can straddle two months.
            let end = DateValue.fromDayNumber(date.dayNumber + 6).truncated(to: .month).iso
            keys.append(head + "m\(end)")
            keys.append(head + "m\(DateValue.fromDayNumber(date.dayNumber).truncated(to: .month).iso)")
        }
        if let days {
            for n in days {
                keys.append(head + "d\(n)")
                if let w = DateValue.week(of: DateValue.fromDayNumber(n)) { keys.append(head + "w\(w.dayNumber)") }
            }
        }
        return keys
    }

    /// The keys a report looks its candidates up by.
    static func lookupKeys(_ family: String, _ group: Int, _ date: DateValue) -> [String] {
        let head = "\(family)|\(group)|"
        switch date.precision {
        case .year: return [head + "y\(date.iso)"]
        case .month: return [head + "m\(date.iso)"]
        case .week: return [head + "w\(date.dayNumber)"]
        case .day: return (-1...1).map { head + "d\(date.dayNumber + $0)" }
        }
    }

    /// At most this many candidates per key are compared, the most recent first.
    static let candidateLimit = 64

    public func link(_ reports: [Report]) -> [Event] {
        // Most precise first; undated reports of articles with a date before those of articles without
        // one, which can only join what the others have placed.
        let order = reports.indices.sorted { a, b in
            func rank(_ r: Report) -> Int { r.found.date.map { $0.precision.rawValue + 2 } ?? (r.published != nil ? 1 : 0) }
            return (rank(reports[a]), -reports[a].document, -reports[a].found.sentence.lowerBound) > (rank(reports[b]), -reports[b].document, -reports[b].found.sentence.lowerBound)
        }
        var clusters: [Cluster] = []
        var byDate: [String: [Int]] = [:]
        var byActor: [String: [Int]] = [:]
        // Dated clusters by the article, family and group of their reports, with where each is reported.
        var byDocument: [String: [(start: Int, cluster: Int)]] = [:]
        func index(_ c: Int) {
            let cluster = clusters[c]
            guard let date = cluster.date else { return }
            for key in Self.keys(cluster.family, cluster.group, date, days: cluster.days) where byDate[key]?.last != c {
                byDate[key, default: []].append(c)
            }
            for a in cluster.actors.union(cluster.patients) {
                let key = "\(cluster.family)|\(cluster.group)|\(a)"
                if byActor[key]?.last != c { byActor[key, default: []].append(c) }
            }
            // Day-precise events by place too, for undated reports that name the weekday.
            if cluster.days != nil {
                for p in cluster.places {
                    let key = "\(cluster.family)|\(cluster.group)|p\(p)"
                    if byActor[key]?.last != c { byActor[key, default: []].append(c) }
                }
            }
        }
        // The exact days each article reports each family on: a report that could join an event a
        // day away (time zones) does not when its article reports that family on that day too.
        var daysReported: [String: Set<Int>] = [:]
        for r in reports {
            if let d = r.found.date, d.precision == .day {
                daysReported["\(r.document)|\(EventFamily.of(r.found.type))|\(Self.group(r.found.context))", default: []].insert(d.dayNumber)
            }
        }
        var sortedByDocument = false
        for i in order {
            let r = reports[i].found
            // Undated reports come last: by then every dated report is placed; order each article's by position.
            if r.date == nil, !sortedByDocument {
                for key in byDocument.keys { byDocument[key]!.sort { $0.start < $1.start } }
                sortedByDocument = true
            }
            let family = EventFamily.of(r.type), group = Self.group(r.context)
            let actors = Set(r.actors), places = Set(r.places).subtracting(broadPlaces)
            let own = r.ownActors.map(Set.init) ?? actors
            let days = Self.days(r.date)
            let published = reports[i].published.flatMap { $0.precision == .day ? $0.dayNumber : nil }
            let dayOfDocument = days.map { [reports[i].document: $0.lowerBound] } ?? [:]
            var best: (index: Int, overlap: Int)? = nil
            var ambiguous = false
            if let date = r.date {
                var seen = Set<Int>()
                var sameDay: [Int] = []
                var accepted: [Int] = []
                for key in Self.lookupKeys(family, group, date) {
                    for c in (byDate[key] ?? []).suffix(Self.candidateLimit).reversed() where seen.insert(c).inserted {
                        guard clusters[c].accepts(date, days: days, documents: dayOfDocument) else { continue }
                        if let days, let theirs = clusters[c].days, !theirs.contains(days.lowerBound) {
                            if let mine = daysReported["\(reports[i].document)|\(family)|\(group)"], theirs.contains(where: mine.contains) { continue }
                            // A day away is the same event only where both agree on the place, if both name one.
                            if !containment.meet(places, clusters[c].places) { continue }
                        }
                        accepted.append(c)
                        let overlap = clusters[c].overlap(actors: actors, patient: r.patient, places: places, name: r.name,
                                                          sameDay: clusters[c].isDayPrecise(days), containment: containment)
                        if overlap > 0, best == nil || overlap > best!.overlap { best = (c, overlap) }
                        if clusters[c].date?.precision == .day { sameDay.append(c) }
                    }
                }
                // "Sunday's strike", "the January 4 strike": a reference to the one event of its
                // kind that day, even in other words and with other names.
                if best == nil, r.isReference, date.precision == .day, sameDay.count == 1 { best = (sameDay[0], 1) }
                // "the attacks of 2001", naming no one: the only attack or killing that a more
                // precise report dates within it; never when two could be meant. Only for
                // violence: victories, releases or appointments are too common to be "the" one.
                if best == nil, actors.isEmpty, r.name == nil, date.precision < .day, group != 2, family == "attack",
                   accepted.count == 1, let other = clusters[accepted[0]].date, other.precision > date.precision {
                    best = (accepted[0], 1)
                }
            } else if group != 2, r.isReference, family != "statement",
                      let c = Self.lastBefore(byDocument["\(reports[i].document)|\(family)|\(group)"] ?? [], r.sentence.lowerBound),
                      actors.isEmpty || clusters[c].overlap(actors: actors, patient: r.patient, places: places, containment: containment) > 0,
                      // "hours after the killing of X", X no victim of that event: another event.
                      r.patient.map({ clusters[c].patients.isEmpty || clusters[c].patients.contains($0) }) ?? true {
                // "the raid" after the article reported the strike: the event reported before it.
                best = (c, 1)
            } else if group != 2, family != "statement", r.isReference || Self.joinsByWeekday(r, published: reports[i].published) {
                // An undated reference ("the assassination of X", "after the killing of X") joins
                // the one dated event its actors point to; never when two events fit about as well.
                // So does a report of an article without a date that names the weekday of the event
                // ("struck the ship on Wednesday"), by the same keys and weekday.
                var seen = Set<Int>()
                var scored: [(Int, Int)] = []
                // By place too where a weekday narrows the day ("the Tuesday evening attack on Kramatorsk").
                let keys = actors.map { "\(family)|\(group)|\($0)" } + (r.isReference && r.weekday == nil ? [] : places.map { "\(family)|\(group)|p\($0)" })
                for key in keys {
                    for c in (byActor[key] ?? []).suffix(Self.candidateLimit) where seen.insert(c).inserted {
                        // An article names no event of a day after its own as already known.
                        if let published = reports[i].published, let date = clusters[c].date, DateResolver.isAfter(date, published) { continue }
                        // "on Wednesday": an event of another weekday, or of no known day, is another event.
                        if let w = r.weekday, !Self.weekdayFits(clusters[c].days, w) { continue }
                        let overlap = r.isReference ? clusters[c].overlap(actors: actors, patient: r.patient, places: places, containment: containment)
                            : sharedNames(clusters[c], actors: actors, patient: r.patient, places: places,
                                          story: sharesStory(clusters[c], reports, with: documentEntities.indices.contains(reports[i].document) ? documentEntities[reports[i].document] : [], excluding: reports[i].document))
                        if overlap > 0, clusters[c].date != nil { scored.append((c, overlap)) }
                    }
                }
                // "the killing of X": where X is some event's victim, events that only name X are
                // not X's killing (X ordered them, or was there).
                if let p = r.patient, scored.contains(where: { clusters[$0.0].patients.contains(p) }) {
                    scored.removeAll { !clusters[$0.0].patients.contains(p) }
                }
                if let top = scored.max(by: { $0.1 < $1.1 }) {
                    ambiguous = scored.contains { $0.0 != top.0 && $0.1 >= top.1 - 1 && clusters[$0.0].date != clusters[top.0].date }
                    best = (top.0, top.1)
                }
            } else if group == 0, r.context == .reported, family != "statement", reports[i].published == nil, r.weekday == nil {
                // "RSF fighters massacred a hundred villagers in Tessel", in an article without a date:
                // the one event of its family other articles date that its names and story tie it to.
                if let c = undatedArticleEvent(clusters, byActor, reports, report: i, family: family, group: group,
                                               actors: actors, patient: r.patient, places: places) {
                    best = (c, 1)
                }
            } else if group == 0, r.context == .reported, let published = reports[i].published, published.precision == .day {
                // "X was killed in a strike on the city", undated in an article dated the next day:
                // the event another article dates in the days the article covers, when its victim
                // ties it to exactly one such event.
                if family != "statement", !actors.isEmpty {
                    best = Self.recentEvent(clusters, byActor, family: family, group: group, actors: actors, patient: r.patient,
                                            places: places, published: published.dayNumber, containment: containment)
                }
                // "all 14 other members voted for the resolution", "…, spokesman X told reporters": the one
                // event of the kind dated in those days that its speaker, actors or story tie it to.
                if best == nil, let c = recentOfStory(clusters, byDate, reports, report: i, family: family, group: group, actors: actors,
                                                      patient: r.patient, places: places, published: published.dayNumber) {
                    best = (c, 1)
                }
            }
            if let b = best, !ambiguous {
                clusters[b.index].members.append(i)
                if let name = r.name { clusters[b.index].names.insert(name) }
                clusters[b.index].actors.formUnion(actors)
                clusters[b.index].ownActors.formUnion(own)
                if let p = r.patient { clusters[b.index].patients.insert(p) }
                clusters[b.index].places.formUnion(places)
                clusters[b.index].dayOfDocument.merge(dayOfDocument) { a, _ in a }
                clusters[b.index].earliestPublished = Self.earliest(clusters[b.index].earliestPublished, published)
                if let days {
                    let old = clusters[b.index].days
                    clusters[b.index].days = min(old?.lowerBound ?? days.lowerBound, days.lowerBound)...max(old?.upperBound ?? days.upperBound, days.upperBound)
                }
                index(b.index)
                if r.date != nil { byDocument["\(reports[i].document)|\(family)|\(group)", default: []].append((r.sentence.lowerBound, b.index)) }
            } else {
                clusters.append(Cluster(family: family, group: group, date: r.date, days: days, actors: actors, ownActors: own,
                                        patients: Set(r.patient.map { [$0] } ?? []), places: places, members: [i], dayOfDocument: dayOfDocument,
                                        names: Set(r.name.map { [$0] } ?? []), earliestPublished: published))
                index(clusters.count - 1)
                if r.date != nil { byDocument["\(reports[i].document)|\(family)|\(group)", default: []].append((r.sentence.lowerBound, clusters.count - 1)) }
            }
        }
        // Clusters that grew to meet each other ("in 2020 … in Baghdad" joined one vote, and now
        // shares Baghdad with another) are merged under the same rule, within their date keys.
        var parent = Array(clusters.indices)
        func root(_ x: Int) -> Int { var x = x; while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }; return x }
        for (_, bucket) in byDate.sorted(by: { $0.key < $1.key }) {
            let list = Array(bucket.suffix(Self.candidateLimit))
            for (x, a) in list.enumerated() {
                for b in list[(x + 1)...] {
                    let ra = root(a), rb = root(b)
                    guard ra != rb, let db = clusters[rb].date, clusters[ra].accepts(db, days: clusters[rb].days, documents: clusters[rb].dayOfDocument),
                          !clusters[ra].victimsDiffer(from: clusters[rb]),
                          !clusters[ra].placesDisagreeADayAway(clusters[rb], containment),
                          clusters[ra].names.isEmpty || clusters[rb].names.isEmpty || !clusters[ra].names.isDisjoint(with: clusters[rb].names),
                          clusters[ra].overlap(actors: clusters[rb].actors, patient: nil, places: clusters[rb].places,
                                               sameDay: clusters[ra].isDayPrecise(clusters[rb].days), containment: containment) > 0
                            || !clusters[ra].patients.isDisjoint(with: clusters[rb].patients)
                            || !clusters[ra].names.isDisjoint(with: clusters[rb].names)
                            // "since the October 7 attack" in articles months later: references to one
                            // past event of that kind and day, whatever else their sentences name.
                            || (clusters[ra].isLongPast && clusters[rb].isLongPast && clusters[ra].days!.overlaps(clusters[rb].days!)
                                && clusters[ra].family == "attack" && clusters[ra].group != 2)
                    else { continue }
                    let (keep, drop) = (clusters[ra].date?.precision ?? .year) >= db.precision ? (ra, rb) : (rb, ra)
                    Self.absorb(&clusters, keep: keep, drop: drop)
                    parent[drop] = keep
                }
            }
        }
        // Reports of one story on one date that no name tied together: the one event of that date in both.
        storyMerge(&clusters, &parent, reports)
        var events: [Event] = clusters.indices.filter { root($0) == $0 }.map { event(clusters[$0], reports) }
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

    /// Moves one cluster's reports and names into another (the dropped one is left as it was).
    static func absorb(_ clusters: inout [Cluster], keep: Int, drop: Int) {
        clusters[keep].members += clusters[drop].members
        clusters[keep].actors.formUnion(clusters[drop].actors)
        clusters[keep].ownActors.formUnion(clusters[drop].ownActors)
        clusters[keep].patients.formUnion(clusters[drop].patients)
        clusters[keep].places.formUnion(clusters[drop].places)
        clusters[keep].dayOfDocument.merge(clusters[drop].dayOfDocument) { a, _ in a }
        clusters[keep].names.formUnion(clusters[drop].names)
        clusters[keep].earliestPublished = Self.earliest(clusters[keep].earliestPublished, clusters[drop].earliestPublished)
        if let d = clusters[drop].days {
            let k = clusters[keep].days ?? d
            clusters[keep].days = min(k.lowerBound, d.lowerBound)...max(k.upperBound, d.upperBound)
        }
    }

    /// Days before its own date an article still reports as news ("last night", "on Tuesday").
    static let newsWindow = 2
    /// Days before every article that mentions it after which an event is looked back on.
    static let backgroundAge = 30

    /// The earlier of two date lines; nil when either article has none (its age is unknown).
    static func earliest(_ a: Int?, _ b: Int?) -> Int? {
        guard let a, let b else { return nil }
        return min(a, b)
    }

    /// The one dated cluster an undated report in an article published on day `published`
    /// names: exact days within the news window before it, tied by the victim (the strongest key);
    /// nil when none is, or when two events of other days fit about as well.
    static func recentEvent(_ clusters: [Cluster], _ byActor: [String: [Int]], family: String, group: Int, actors: Set<Int>,
                            patient: Int?, places: Set<Int>, published: Int, containment: PlaceContainment) -> (index: Int, overlap: Int)? {
        var seen = Set<Int>()
        var scored: [(index: Int, overlap: Int)] = []
        for a in actors {
            for c in (byActor["\(family)|\(group)|\(a)"] ?? []).suffix(candidateLimit) where seen.insert(c).inserted {
                guard let days = clusters[c].days, days.lowerBound <= published, days.upperBound >= published - newsWindow else { continue }
                let overlap = clusters[c].overlap(actors: actors, patient: patient, places: places, containment: containment)
                if overlap >= 6 { scored.append((c, overlap)) }
            }
        }
        guard let top = scored.max(by: { $0.overlap < $1.overlap }) else { return nil }
        if scored.contains(where: { $0.index != top.index && $0.overlap >= top.overlap - 1 && clusters[$0.index].days != clusters[top.index].days }) { return nil }
        return top
    }

    /// The cluster reported last before an offset in an article (entries ordered by position).
    static func lastBefore(_ list: [(start: Int, cluster: Int)], _ offset: Int) -> Int? {
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < offset { lo = mid + 1 } else { hi = mid } }
        return lo > 0 ? list[lo - 1].cluster : nil
    }

    /// The event a cluster of reports makes: the date most of its exact reports give (the
    /// earlier on a tie), the most frequent type, actors and places by how often reported.
    func event(_ cluster: Cluster, _ reports: [Report]) -> Event {
        let members = cluster.members.sorted { (reports[$0].document, reports[$0].found.sentence.lowerBound) < (reports[$1].document, reports[$1].found.sentence.lowerBound) }
        let founds = members.map { reports[$0].found }
        var actorCounts: [Int: Int] = [:], placeCounts: [Int: Int] = [:], typeCounts: [String: Int] = [:], dateCounts: [DateValue: Int] = [:]
        for f in founds {
            for a in f.actors { actorCounts[a, default: 0] += 1 }
            for p in f.places { placeCounts[p, default: 0] += 1 }
            // A report in a vague word ("launched") does not name the kind of the event it joined.
            if !Self.isVague(f.type) || Self.isVague(cluster.family) { typeCounts[f.type, default: 0] += 1 }
            if let d = f.date, d.precision == cluster.date?.precision { dateCounts[d, default: 0] += 1 }
        }
        func ranked(_ counts: [Int: Int]) -> [Int] { counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key) }
        let date = dateCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? cluster.date
        let lead = founds.first { $0.date == date && $0.context == .reported } ?? founds.first { $0.date == date } ?? founds[0]
        var mentions: [Event.Mention] = []
        var seen = Set<Event.Mention>()
        for m in members {
            let mention = Event.Mention(document: reports[m].document, range: reports[m].found.sentence)
            if seen.insert(mention).inserted { mentions.append(mention) }
        }
        // The most real context any report gives: reported over background, planned over hypothetical.
        let context = founds.map(\.context).min { Self.rank($0) < Self.rank($1) } ?? .reported
        return Event(id: "", type: typeCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key, date: date,
                     actors: ranked(actorCounts), agent: lead.agent, patient: lead.patient, places: ranked(placeCounts),
                     summary: lead.summary, mentions: mentions, context: context)
    }

    static func rank(_ c: EventContext) -> Int {
        switch c {
        case .reported: return 0
        case .background: return 1
        case .planned: return 2
        case .hypothetical: return 3
        }
    }
}
