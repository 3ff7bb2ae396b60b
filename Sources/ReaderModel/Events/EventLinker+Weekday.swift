/// Reports of articles without a date: "the missile struck the ship on Wednesday" cannot be dated,
/// but the weekday and the names it gives tie it to the one event other articles date.
extension EventLinker {
    /// Names shared with a cluster needed for a report that is no reference to join it: the victim,
    /// or two of its actors and places ("the Houthis … in the Gulf of Aden").
    static let weekdayJoinScore = 2

    /// Whether an undated report, not a reference, may join a dated event by its weekday: a report of
    /// what happened (not a saying) in an article without a date of its own.
    static func joinsByWeekday(_ r: EventExtractor.Found, published: DateValue?) -> Bool {
        published == nil && r.weekday != nil && r.context == .reported && group(r.context) == 0
    }

    /// Whether one of a cluster's exact days falls on the weekday, or a day either side of it (a
    /// night across time zones; "said on Wednesday" of a Tuesday strike). False without an exact day.
    static func weekdayFits(_ days: ClosedRange<Int>?, _ weekday: Int) -> Bool {
        guard let days else { return false }
        for d in days {
            guard let w = DateValue.fromDayNumber(d).weekday else { continue }
            let gap = (w - weekday + 7) % 7
            if gap <= 1 || gap == 6 { return true }
        }
        return false
    }

    /// How strongly an undated report's names tie it to a cluster: the victim outweighs all; else shared
    /// actors and places (a place within another counts), one each, and one more when the two articles
    /// tell one story (`story`). Below `weekdayJoinScore`, 0; 0 too where the places do not meet.
    func sharedNames(_ cluster: Cluster, actors: Set<Int>, patient: Int?, places: Set<Int>, story: Bool) -> Int {
        if let patient, !cluster.patients.isEmpty, !cluster.patients.contains(patient), !cluster.ownActors.contains(patient) { return 0 }
        if let patient, cluster.patients.contains(patient) { return 9 }
        guard containment.meet(cluster.places, places) else { return 0 }
        let placesMet = places.filter { p in cluster.places.contains(p) || cluster.places.contains { containment.lies(p, in: $0) || containment.lies($0, in: p) } }.count
        let shared = cluster.actors.intersection(actors).count + placesMet
        guard shared > 0 else { return 0 }
        let score = shared + (story ? 1 : 0)
        return score >= Self.weekdayJoinScore ? score : 0
    }
}

extension EventLinker {
    /// Articles without a date whose report named the very weekday of an event other articles date
    /// ("on Wednesday" of a strike dated Wednesday 6 March): each such article's inferred date, the
    /// event's day (the earliest it can have been written). None when its reports point to two days.
    public static func weekdayAnchors(_ events: [Event], _ reports: [Report], undated: Set<Int>) -> [Int: DateValue] {
        weekdayAnchorSentences(events, reports, undated: undated).mapValues(\.day)
    }

    /// The anchors with the sentences (their starts) whose weekday named the day.
    public static func weekdayAnchorSentences(_ events: [Event], _ reports: [Report], undated: Set<Int>) -> [Int: (day: DateValue, sentences: Set<Int>)] {
        guard !undated.isEmpty else { return [:] }
        var weekdayOfSentence: [Int: [Int: Int]] = [:]   // document → sentence start → weekday
        for r in reports where undated.contains(r.document) {
            if let w = r.found.weekday, r.found.date == nil { weekdayOfSentence[r.document, default: [:]][r.found.sentence.lowerBound] = w }
        }
        guard !weekdayOfSentence.isEmpty else { return [:] }
        var days: [Int: Set<DateValue>] = [:]
        var sentences: [Int: Set<Int>] = [:]
        for event in events {
            guard let date = event.date, date.precision == .day, let w = date.weekday,
                  event.documents.contains(where: { !undated.contains($0) }) else { continue }
            for m in event.mentions where weekdayOfSentence[m.document]?[m.range.lowerBound] == w {
                days[m.document, default: []].insert(date)
                sentences[m.document, default: []].insert(m.range.lowerBound)
            }
        }
        var anchors: [Int: (day: DateValue, sentences: Set<Int>)] = [:]
        for (d, set) in days where set.count == 1 { anchors[d] = (set.first!, sentences[d] ?? []) }
        return anchors
    }

    /// Whether an article read again from its anchor still dates a sentence that named the weekday on
    /// that day: "hit last Wednesday", read from that Wednesday, is the week before, so the article
    /// was written later and the anchor is wrong.
    public static func anchorHolds(_ events: [EventExtractor.Found], day: DateValue, sentences: Set<Int>) -> Bool {
        events.contains { $0.date == day && sentences.contains($0.sentence.lowerBound) }
    }
}
