/// A person, organization or place, linked across the articles that name it.
public struct Entity: Sendable, Identifiable, Equatable {
    /// Where one mention of the entity stands.
    public struct Occurrence: Sendable, Equatable, Hashable {
        // 32 bits each: 8 bytes an occurrence, one for every mention in the collection.
        private var document32: Int32
        private var mention32: Int32

        /// Index of the document in the analysis.
        public var document: Int {
            get { Int(document32) }
            set { document32 = Int32(newValue) }
        }
        /// Index of the mention in that document's mentions.
        public var mention: Int {
            get { Int(mention32) }
            set { mention32 = Int32(newValue) }
        }

        public init(document: Int, mention: Int) {
            document32 = Int32(document)
            mention32 = Int32(mention)
        }
    }

    public var id: String
    /// The canonical display name: the longest well-formed full name seen, or the known name.
    public var name: String
    public var type: EntityType
    /// Every other form the entity is written in, most frequent first.
    public var aliases: [String]
    public var occurrences: [Occurrence]
    public var knownID: String?
    /// Indices of the documents that mention it, ascending.
    public var documents: [Int]
    /// The analyst's corrections that changed it ("line 3: merge: …"), shown on its card.
    public var corrections: [String] = []
}
