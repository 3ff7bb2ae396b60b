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
        var perDocument = ParallelMap.map(Array(analysis.documents.indices)) {
            extractor.extract(analysis.tokenized($0), entityTypes: types, reporters: reporters)
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
        let linker = EventLinker(broadPlaces: broad, documentEntities: named)
        events = linker.link(reports)
        // An article without a date whose "on Wednesday" named the day of an event other articles
        // date takes that day as its date (inferred): its other relative dates are read again by it.
        let anchors = EventLinker.weekdayAnchors(events, reports, undated: Set(dates.indices.filter { dates[$0] == nil }))
        if !anchors.isEmpty {
            var again: [Int: [EventExtractor.Found]] = [:]
            for (d, day) in anchors {
                var doc = analysis.tokenized(d)
                doc.document.date = day.iso
                again[d] = extractor.extract(doc, entityTypes: types, reporters: reporters).events
                dates[d] = day
                inferred[d] = true
            }
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
