/// Something that happened, as one or more articles report it.
public struct Event: Sendable, Identifiable, Equatable {
    /// Where an article reports the event: the sentence.
    public struct Mention: Sendable, Equatable, Hashable {
        public var document: Int
        /// Code-point range of the sentence.
        public var range: Range<Int>
    }

    public var id: String
    /// The event type (see `Assets/knowledge/event-triggers.txt`).
    public var type: String
    public var date: DateValue?
    /// Entity indices of the people and organizations involved, most involved first.
    public var actors: [Int]
    /// Who acted and who was acted on, where the sentence makes it plain.
    public var agent: Int?
    public var patient: Int?
    public var places: [Int]
    /// One line: the reporting sentence.
    public var summary: String
    public var mentions: [Mention]
    /// Reported, background, planned or hypothetical: what the reports say of it (the most
    /// real of them: one article's report outweighs another's background mention).
    public var context: EventContext = .reported

    /// Indices of the documents that report it, ascending.
    public var documents: [Int] {
        // Sorted and made unique in place: no set is built (it is asked for every event, often).
        var documents = mentions.map(\.document)
        guard documents.count > 1 else { return documents }
        documents.sort()
        var kept = 1
        for i in 1..<documents.count where documents[i] != documents[kept - 1] {
            documents[kept] = documents[i]
            kept += 1
        }
        documents.removeLast(documents.count - kept)
        return documents
    }
}
