/// Splits text into tokens with code-point offsets.
///
/// Hyphens are separate tokens (so "anti-Iran" yields "Iran" and "al-Sudani" can be
/// rejoined by the name finder); apostrophes inside words stay ("Kata’ib"), a final
/// possessive is split off ("Israel’s" → "Israel", "’s"); dotted abbreviations such
/// as "U.S." stay one word.
public enum Tokenizer {
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{2018}", "`"]

    /// Whether `s` is in `apostrophes` (compared directly: this runs for many scalars).
    @inline(__always)
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x27, 0x2019, 0x02BF, 0x02BE, 0x2018, 0x60: return true
        default: return false
        }
    }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
            || p.generalCategory == .spacingMark
    }

    /// Tokenizes `scalars[range]` (an array, or an article's `ScalarText`).
    public static func tokenize<Text: RandomAccessCollection>(_ scalars: Text, in range: Range<Int>? = nil) -> [Token]
    where Text.Element == Unicode.Scalar, Text.Index == Int {
        let range = range ?? 0..<scalars.count
        var tokens: [Token] = []
        tokens.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        var space = false
        var newlines = 0
        let end = range.upperBound
        // One buffer for every token's UTF-8: a String built from bytes costs no allocation
        // when short (most words), where appending scalars to a String one by one was slow.
        var utf8: [UInt8] = []
        while i < end {
            let s = scalars[i]
            if s == "\n" || s == "\u{2028}" || s == "\u{2029}" || (s == "\r" && LineBreak.ends(scalars, at: i)) {
                newlines += 1; space = true; i += 1; continue
            }
            if s == " " || s == "\t" || s == "\r" || (s.value >= 0x80 && (s.properties.isWhitespace || s == "\u{00A0}")) {
                space = true; i += 1; continue
            }
            let start = i
            var kind: Token.Kind = .punctuation
            if isWordScalar(s) {
                let startsWithDigit = s.value < 0x80 ? (s.value >= 0x30 && s.value <= 0x39) : s.properties.numericType != nil
                i += 1
                while i < end {
                    let c = scalars[i]
                    if isWordScalar(c) { i += 1; continue }
                    // Apostrophe inside a word, but not a possessive "’s" at its end.
                    if isApostrophe(c), i + 1 < end, isWordScalar(scalars[i + 1]) {
                        let isPossessive = (scalars[i + 1] == "s" || scalars[i + 1] == "S")
                            && (i + 2 >= end || !isWordScalar(scalars[i + 2]))
                        if isPossessive { break }
                        i += 1
                        continue
                    }
                    // Thousands separators and decimals in numbers: "2,500", "82.7".
                    if startsWithDigit, c == "," || c == ".", i + 1 < end,
                       scalars[i + 1].properties.numericType != nil {
                        i += 1
                        continue
                    }
                    // Dotted abbreviations: "U.S.", "U.N."
                    if c == ".", i + 1 < end, i - start == 1 || scalars[i - 2] == ".",
                       scalars[i - 1].properties.isUppercase, scalars[i + 1].properties.isUppercase,
                       i + 2 >= end || scalars[i + 2] == "." {
                        i += 2
                        if i < end, scalars[i] == "." { i += 1 }
                        continue
                    }
                    break
                }
                let allDigits = startsWithDigit && scalars[start..<i].allSatisfy { ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "," || $0 == "." || ($0.value >= 0x80 && $0.properties.numericType != nil) }
                kind = allDigits ? .number : .word
            } else if isApostrophe(s), i + 1 < end, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                      i + 2 >= end || !isWordScalar(scalars[i + 2]), i > range.lowerBound, isWordScalar(scalars[i - 1]) {
                kind = .possessive
                i += 2
            } else {
                i += 1
            }
            tokens.append(Token(kind: kind, start: start, end: i, text: text(scalars, start..<i, buffer: &utf8),
                                spaceBefore: space, newlinesBefore: newlines))
            space = false
            newlines = 0
        }
        return tokens
    }

    /// The text of `scalars[range]`, encoded through `buffer`.
    @inline(__always)
    static func text<Text: RandomAccessCollection>(_ scalars: Text, _ range: Range<Int>, buffer: inout [UInt8]) -> String
    where Text.Element == Unicode.Scalar, Text.Index == Int {
        buffer.removeAll(keepingCapacity: true)
        for k in range {
            let v = scalars[k].value
            if v < 0x80 {
                buffer.append(UInt8(truncatingIfNeeded: v))
            } else {
                UTF8.encode(scalars[k]) { buffer.append($0) }
            }
        }
        return String(decoding: buffer, as: UTF8.self)
    }
}
