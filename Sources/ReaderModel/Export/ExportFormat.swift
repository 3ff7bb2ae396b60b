import Foundation

/// The machine-readable export read by `../shared/eval/score.py` (see its README).
public struct ExportFormat: Codable, Sendable, Equatable {
    public struct DocumentRecord: Codable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var date: String?
        public var source: String?
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
        public var places: [String]
        public var mentions: [MentionRecord]
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

    /// The export of an analysis, with every article's related articles.
    public init(_ analysis: Analysis, related: Relatedness? = nil) {
        documents = analysis.documents.map {
            DocumentRecord(id: $0.document.id, title: $0.document.title, date: $0.document.date, source: $0.document.source)
        }
        entities = analysis.entities.map { entity in
            EntityRecord(id: entity.id, name: entity.name, type: entity.type.rawValue, aliases: entity.aliases,
                         mentions: entity.occurrences.map { o in
                             let m = analysis.documents[o.document].mentions[o.mention]
                             return MentionRecord(doc: analysis.documents[o.document].document.id, start: m.start, end: m.end)
                         })
        }
        events = []
        let relatedness = related ?? Relatedness(analysis)
        self.related = zip(analysis.documents, relatedness.all()).map { doc, neighbors in
            RelatedRecord(doc: doc.document.id, neighbors: neighbors.map { n in
                Neighbor(doc: analysis.documents[n.document].document.id, score: n.score,
                         because: n.because.map { analysis.entities[$0].id })
            })
        }
    }

    /// Pretty, key-sorted JSON.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
