/// One place in one article where an entity is named.
public struct Mention: Sendable, Hashable {
    /// How sure the recognizer is of the type, strongest first.
    public enum Evidence: Int, Sendable, Comparable, Hashable {
        case known = 0, alias, cue, title, context, pattern, linked, fallback
        public static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// Code-point offset of the first character.
    public var start: Int
    /// Code-point offset one past the last character.
    public var end: Int
    public var text: String
    public var type: EntityType
    public var evidence: Evidence
    /// Index of the first and one past the last token.
    public var tokens: Range<Int>
    /// The knowledge-file entity this names, if any.
    public var knownID: String?
    /// The mention this one is defined as an alias of: "(PMF)", "(Abou Taqwa)".
    public var aliasOf: Int?
    /// The title or role a person was introduced with ("prime minister"), folded.
    public var title: String?
    /// A type the context suggests for a lone word ("Axios reported", "told Axios"), taken
    /// only when the word turns out to be no surname or short form of another name here.
    public var hint: EntityType?
    /// Other names the mention spells out and links by: "Jamal Jafar al-Muhandis" and
    /// "Abu Mahdi al-Muhandis" for Jamal Jafar "Abu Mahdi" al-Muhandis.
    public var alternateNames: [String] = []

    public init(start: Int, end: Int, text: String, type: EntityType, evidence: Evidence,
                tokens: Range<Int>, knownID: String? = nil, aliasOf: Int? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.evidence = evidence
        self.tokens = tokens
        self.knownID = knownID
        self.aliasOf = aliasOf
    }

    /// Words of the mention, as in the text.
    public var isAcronym: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }
}
