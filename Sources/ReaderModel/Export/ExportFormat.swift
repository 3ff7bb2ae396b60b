import Foundation

/// The machine-readable export read by `../shared/eval/score.py` (see its README).
public struct ExportFormat: Codable, Sendable, Equatable {
    public struct DocumentRecord: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var date: String?
        /// True when `date` was inferred from what the article reports rather than read from a dateline.
        public var dateInferred: Bool
        public var source: String?
        /// The article's address and author, from the file's metadata; left out when unknown.
        public var url: String?
        public var author: String?
        /// The text mention offsets index: carried for extracted articles (HTML, feeds, records,
        /// front matter), and for every article with `--with-text`.
        public var text: String?

        enum CodingKeys: String, CodingKey {
            case id, title, date, source, url, author, text
            case dateInferred = "date_inferred"
        }

        public init(id: String, title: String, date: String?, dateInferred: Bool, source: String?,
                    url: String? = nil, author: String? = nil, text: String? = nil) {
            self.id = id
            self.title = title
            self.date = date
            self.dateInferred = dateInferred
            self.source = source
            self.url = url
            self.author = author
            self.text = text
        }

        // Unknown values are written as null, as the format describes, not left out.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(dateInferred, forKey: .dateInferred)
            try c.encode(source, forKey: .source)
            try c.encodeIfPresent(url, forKey: .url)
            try c.encodeIfPresent(author, forKey: .author)
            try c.encodeIfPresent(text, forKey: .text)
        }
    }

    public struct MentionRecord: Codable, Sendable, Equatable {
        public var doc: String
        /// Code-point offsets into the stored text, end exclusive.
        public var start: Int
        public var end: Int
    }

    public struct EntityRecord: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var type: String
        public var aliases: [String]
        public var mentions: [MentionRecord]
    }

    public struct EventRecord: Codable, Sendable, Equatable {
        public var id: String
        public var date: String?
        public var type: String
        public var summary: String
        public var actors: [String]
        /// Who acted and who was acted on, when the sentence makes it plain.
        public var agent: String?
        public var patient: String?
        public var places: [String]
        public var mentions: [MentionRecord]
        /// How precise `date` (or `expected_date`) is: day, week, month or year; null when undated.
        public var datePrecision: String?
        /// The Monday of a week-precise date (`date` then gives the week's month).
        public var weekOf: String?
        /// reported, background, planned or hypothetical.
        public var context: String
        /// When a threatened, demanded or conditional (hypothetical) event would be; such events
        /// have no `date`, since they may never happen. A planned event keeps its `date`.
        public var expectedDate: String?

        enum CodingKeys: String, CodingKey {
            case id, date, type, summary, actors, agent, patient, places, mentions, context
            case datePrecision = "date_precision", weekOf = "week_of", expectedDate = "expected_date"
        }

        // Unknown values are written as null, as the format describes, not left out.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(date, forKey: .date)
            try c.encode(type, forKey: .type)
            try c.encode(summary, forKey: .summary)
            try c.encode(actors, forKey: .actors)
            try c.encode(agent, forKey: .agent)
            try c.encode(patient, forKey: .patient)
            try c.encode(places, forKey: .places)
            try c.encode(mentions, forKey: .mentions)
            try c.encode(datePrecision, forKey: .datePrecision)
            try c.encode(context, forKey: .context)
            if let weekOf { try c.encode(weekOf, forKey: .weekOf) }
            if let expectedDate { try c.encode(expectedDate, forKey: .expectedDate) }
        }
    }

    public struct Neighbor: Codable, Sendable, Equatable {
        public var doc: String
        public var score: Double
        public var because: [String]

        public init(doc: String, score: Double, because: [String]) {
            self.doc = doc
            self.score = score
            self.because = because
        }
    }

    public struct RelatedRecord: Codable, Sendable, Equatable {
        public var doc: String
        public var neighbors: [Neighbor]

        public init(doc: String, neighbors: [Neighbor]) {
            self.doc = doc
            self.neighbors = neighbors
        }
    }

    public var documents: [DocumentRecord]
    public var entities: [EntityRecord]
    public var events: [EventRecord]
    public var related: [RelatedRecord]

    /// The export of an analysis, with every article's related articles; `withText` carries every
    /// article's text (extracted articles always carry theirs).
    public init(_ analysis: Analysis, related: Relatedness? = nil, withText: Bool = false) {
        documents = analysis.documents.map {
            let d = $0.document
            // Only a real calendar date reaches the export, whatever the metadata said.
            let date = ($0.date ?? d.date.flatMap(DateValue.init(iso:))).flatMap { $0.isValid ? $0.iso : nil }
            return DocumentRecord(id: d.id, title: d.title, date: date, dateInferred: $0.dateInferred,
                                  source: d.source, url: d.url, author: d.author,
                                  text: withText || d.textIsExtracted ? d.text : nil)
        }
        entities = analysis.entities.map { entity in
            EntityRecord(id: entity.id, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
                         mentions: entity.occurrences.map { o in
                             let m = analysis.documents[o.document].mentions[o.mention]
                             return MentionRecord(doc: analysis.documents[o.document].document.id, start: m.start, end: m.end)
                         })
        }
        let entityID = { (i: Int) in analysis.entities[i].id }
        events = analysis.events.map { e in
            let valid = e.date.flatMap { $0.isValid ? $0 : nil }
            let hypothetical = e.context == .hypothetical
            return EventRecord(id: e.id, date: hypothetical ? nil : valid?.iso, type: e.type, summary: e.summary, actors: e.actors.map(entityID),
                               agent: e.agent.map(entityID), patient: e.patient.map(entityID), places: e.places.map(entityID),
                               mentions: e.mentions.map { MentionRecord(doc: analysis.documents[$0.document].document.id,
                                                                        start: $0.range.lowerBound, end: $0.range.upperBound) },
                               datePrecision: valid?.precision.description,
                               weekOf: valid.flatMap { $0.isWeek ? String($0.display.dropFirst("week of ".count)) : nil },
                               context: e.context.rawValue, expectedDate: hypothetical ? valid?.iso : nil)
        }
        let relatedness = related ?? Relatedness(analysis)
        self.related = zip(analysis.documents, relatedness.all()).map { doc, neighbors in
            RelatedRecord(doc: doc.document.id, neighbors: neighbors.map { n in
                Neighbor(doc: analysis.documents[n.document].document.id, score: n.score,
                         because: n.because.map { analysis.entities[$0].id } + n.events.prefix(2).map { analysis.events[$0].id })
            })
        }
    }

    /// Pretty, key-sorted JSON.
    public func json() -> String {
        JSONOutput.encode(self, fallback: "{}")
    }
}
