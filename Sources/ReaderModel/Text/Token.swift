/// One token of an article: a word, a number, or a punctuation mark, with code-point offsets.
public struct Token: Sendable, Equatable {
    /// What kind of token this is.
    public enum Kind: Sendable, Equatable {
        case word
        case number
        /// A possessive ending ("’s", "'s") split from the word before it.
        case possessive
        case punctuation
    }

    // Stored compactly (32 bytes a token, not 64): a hundred thousand articles hold tens of
    // millions of tokens. Offsets fit 32 bits; line breaks saturate at 65,535.
    public var text: String
    private var start32: Int32
    private var end32: Int32
    private var newlines16: UInt16
    public var kind: Kind
    /// Whether white space separates this token from the previous one.
    public var spaceBefore: Bool
    /// First word of a sentence, a line, or a quotation: its capital says nothing.
    public var opensSentence: Bool = false
    /// Lies on a line written in headline case.
    public var inHeadline: Bool = false

    /// Offset of the first code point.
    public var start: Int {
        get { Int(start32) }
        set { start32 = Int32(clamping: newValue) }
    }
    /// Offset one past the last code point.
    public var end: Int {
        get { Int(end32) }
        set { end32 = Int32(clamping: newValue) }
    }
    /// Line breaks between this token and the previous one.
    public var newlinesBefore: Int {
        get { Int(newlines16) }
        set { newlines16 = UInt16(clamping: newValue) }
    }

    public init(kind: Kind, start: Int, end: Int, text: String, spaceBefore: Bool, newlinesBefore: Int) {
        self.kind = kind
        self.start32 = Int32(clamping: start)
        self.end32 = Int32(clamping: end)
        self.text = text
        self.spaceBefore = spaceBefore
        self.newlines16 = UInt16(clamping: newlinesBefore)
    }

    /// First letter is upper case ("Iraq", "US", "al-" is not).
    public var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        if first.value < 0x80 { return first.value >= 0x41 && first.value <= 0x5A }
        return first.properties.isUppercase
    }

    /// Two or more letters, all upper case ("PMF", "U.S.").
    public var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic {
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// A number with an ordinal ending: "52nd", "14th".
    public var isOrdinal: Bool {
        guard kind == .word, let first = text.unicodeScalars.first, first.properties.numericType != nil else { return false }
        let lower = text.lowercased()
        return lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th")
    }
}
