/// One place in one article where an entity is named.
public struct Mention: Sendable, Hashable {
    /// How sure the recognizer is of the type, strongest first.
    public enum Evidence: Int, Sendable, Comparable, Hashable {
        case known = 0, alias, cue, title, context, pattern, linked, fallback
        public static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    // Offsets and indices are kept in 32 bits (an article is at most 64 MB) and the small fields
    // side by side: 80 bytes a mention where Ints and optionals took 120 (millions are kept).
    private var start32: Int32
    private var end32: Int32
    private var tokensLower: Int32
    private var tokensUpper: Int32
    private var aliasOf32: Int32
    public var type: EntityType
    public var evidence: Evidence
    /// A type the context suggests for a lone word ("Axios reported", "told Axios"), taken
    /// only when the word turns out to be no surname or short form of another name here.
    public var hint: EntityType?
    public var text: String
    /// The knowledge-file entity this names, if any.
    public var knownID: String?
    /// The title or role a person was introduced with ("prime minister"), folded.
    public var title: String?
    /// Other names the mention spells out and links by: "Jamal Jafar al-Muhandis" and
    /// "Abu Mahdi al-Muhandis" for Jamal Jafar "Abu Mahdi" al-Muhandis.
    public var alternateNames: [String] = []

    /// Code-point offset of the first character.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(newValue) }
    }
    /// Code-point offset one past the last character.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(newValue) }
    }
    /// Index of the first and one past the last token.
    public var tokens: Range<Int> {
        get { Int(tokensLower)..<Int(tokensUpper) }
        set { tokensLower = Int32(newValue.lowerBound); tokensUpper = Int32(newValue.upperBound) }
    }
    /// The mention this one is defined as an alias of: "(PMF)", "(Abou Taqwa)".
    public var aliasOf: Int? {
        get { aliasOf32 < 0 ? nil : Int(aliasOf32) }
        set { aliasOf32 = newValue.map { Int32($0) } ?? -1 }
    }

    public init(start: Int, end: Int, text: String, type: EntityType, evidence: Evidence,
                tokens: Range<Int>, knownID: String? = nil, aliasOf: Int? = nil) {
        start32 = Int32(start)
        end32 = Int32(end)
        tokensLower = Int32(tokens.lowerBound)
        tokensUpper = Int32(tokens.upperBound)
        aliasOf32 = aliasOf.map { Int32($0) } ?? -1
        self.text = text
        self.type = type
        self.evidence = evidence
        self.knownID = knownID
    }

    /// Words of the mention, as in the text.
    public var isAcronym: Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
    }
}
