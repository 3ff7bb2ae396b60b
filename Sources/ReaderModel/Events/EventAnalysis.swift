/// The dates and events of a whole analysis: extracted per article, merged across articles.
public struct EventAnalysis: Sendable {
    /// Events in date order, undated last.
    public var events: [Event]
    /// Each article's date (dateline, else inferred) and whether it was inferred.
    public var dates: [DateValue?]
    public var inferred: [Bool]
    /// Event indices per article, in date order.
    public var eventsOfDocument: [[Int]]

    public init(events: [Event], dates: [DateValue?], inferred: [Bool], eventsOfDocument: [[Int]]) {
        self.events = events
        self.dates = dates
        self.inferred = inferred
        self.eventsOfDocument = eventsOfDocument
    }

    /// The events an analysis already holds, or nil when it was made without looking for them.
    public init?(storedIn analysis: Analysis) {
        guard analysis.eventsExtracted else { return nil }
        self.init(events: analysis.events, dates: analysis.documents.map(\.date), inferred: analysis.documents.map(\.dateInferred),
                  eventsOfDocument: analysis.documents.map(\.events))
    }

    public init(_ analysis: Analysis, knowledge: Knowledge = .bundled) {
        let extractor = EventExtractor(knowledge: knowledge)
        let types = analysis.entities.map(\.type)
        let reporters = EventReporters.bundled.entities(analysis.entities)
        // Each article's tokens are made again for it and dropped after it.
        // Which places the articles say lie within which ("X, a village in Y"), read from the same tokens.
        var stated: [[(inner: Int, outer: Int)]] = []
        var perDocument = ParallelMap.map(Array(analysis.documents.indices)) {
            let doc = analysis.tokenized($0)
            return (extractor.extract(doc, entityTypes: types, reporters: reporters), PlaceContainment.stated(doc))
        }.map { pair -> (events: [EventExtractor.Found], date: DateValue?, inferred: Bool) in
            stated.append(pair.1)
            return pair.0
        }
        var dates = perDocument.map(\.date)
        var inferred = perDocument.map(\.inferred)
        // The reports, in article order, at their exact size; each article's own list is let go as it
        // is copied, so the extracted events are not held twice.
        var reports: [EventLinker.Report] = []
        reports.reserveCapacity(perDocument.reduce(0) { $0 + $1.events.count })
        var firstReport: [Int] = []
        firstReport.reserveCapacity(perDocument.count + 1)
        for d in perDocument.indices {
            firstReport.append(reports.count)
            let published = inferred[d] ? nil : dates[d]
            for found in perDocument[d].events { reports.append(EventLinker.Report(document: d, found: found, published: published)) }
            perDocument[d].events = []
        }
        firstReport.append(reports.count)
        perDocument = []
        let broad = BroadPlaces.bundled.entities(analysis.entities)
        let named = analysis.documents.map { Set($0.entityOfMention.filter { $0 >= 0 }).subtracting(broad) }
        var containment = PlaceContainment()
        containment.addKnown(PlaceContainment.bundledPairs, entities: analysis.entities)
        for pairs in stated { for (inner, outer) in pairs where !broad.contains(inner) { containment.add(inner, in: outer) } }
        let linker = EventLinker(broadPlaces: broad, documentEntities: named, containment: containment)
        events = linker.link(reports)
        // An article without a date whose "on Wednesday" named the day of an event other articles
        // date takes that day as its date (inferred): its other relative dates are read again by it.
        let anchors = EventLinker.weekdayAnchorSentences(events, reports, undated: Set(dates.indices.filter { dates[$0] == nil }))
        var again: [Int: [EventExtractor.Found]] = [:]
        for (d, anchor) in anchors.sorted(by: { $0.key < $1.key }) {
            var doc = analysis.tokenized(d)
            doc.document.date = anchor.day.iso
            let redone = extractor.extract(doc, entityTypes: types, reporters: reporters).events
            // "hit last Wednesday", read from that Wednesday, is a week earlier: no anchor.
            guard EventLinker.anchorHolds(redone, day: anchor.day, sentences: anchor.sentences) else { continue }
            again[d] = redone
            dates[d] = anchor.day
            inferred[d] = true
        }
        if !again.isEmpty {
            var rebuilt: [EventLinker.Report] = []
            rebuilt.reserveCapacity(reports.count + again.values.reduce(0) { $0 + $1.count })
            for d in dates.indices {
                if let found = again[d] {
                    rebuilt += found.map { EventLinker.Report(document: d, found: $0, published: nil) }
                } else {
                    rebuilt += reports[firstReport[d]..<firstReport[d + 1]]
                }
            }
            reports = rebuilt
            events = linker.link(reports)
        }
        self.dates = dates
        self.inferred = inferred
        var byDocument = Array(repeating: [Int](), count: analysis.documents.count)
        for (i, event) in events.enumerated() {
            for d in event.documents { byDocument[d].append(i) }
        }
        eventsOfDocument = byDocument
    }
}
