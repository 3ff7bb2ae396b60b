import Foundation

/// Normalization keys under which spelling and transliteration variants of a name meet.
///
/// `exact` folds case, diacritics, apostrophes, hyphens, dots and the Arabic article
/// ("al-Sudani", "Al Sudani" → "sudani"); `skeleton` further keeps each word's first
/// letter and its consonants, with doubled letters collapsed and z read as s, so vowel
/// drift and doubling meet ("Qassem"/"Qaseem", "Hezbollah"/"Hizbullah", "Mobilization"/
/// "Mobilisation", "Mushtaq"/"Moshtaq").
public enum NameKey {
    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{2018}", "`", "\u{00B4}"]
    /// Particles that do not distinguish names: "al-", "Al ", "el-", and a leading "the".
    static let articles: Set<String> = ["al", "el", "ul"]

    /// Lower case, no diacritics, no apostrophes or dots, hyphens as spaces, split in words.
    public static func words(_ name: String) -> [String] {
        // ASCII names (most of them) skip Foundation's folding, which is slow.
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let source = isASCII ? name : name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { result.append(String(current)); current = String.UnicodeScalarView() }
        }
        for s in source.unicodeScalars {
            switch s {
            case "'", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{2018}", "`", "\u{00B4}", ".", "\"", "\u{201C}", "\u{201D}": continue
            case "-", "\u{2010}", "\u{2011}", ",", " ", "\n", "\t", "\r", "\u{00A0}": flush()
            default:
                if s.value >= 0x41 && s.value <= 0x5A { current.append(Unicode.Scalar(s.value + 32)!) }
                else if s.value < 0x80 || !s.properties.isWhitespace { current.append(s) }
                else { flush() }
            }
        }
        flush()
        return result
    }

    /// Words without the Arabic article and without a leading "the".
    public static func significantWords(_ name: String) -> [String] {
        var ws = words(name)
        if ws.count > 1, ws.first == "the" { ws.removeFirst() }
        let kept = ws.filter { !articles.contains($0) }
        return kept.isEmpty ? ws : kept
    }

    /// The exact key: significant words joined by spaces.
    public static func exact(_ name: String) -> String {
        significantWords(name).joined(separator: " ")
    }

    /// The consonant skeleton of one word.
    public static func skeleton(word: String) -> String {
        var out = ""
        var last: Character? = nil
        for (index, raw) in word.enumerated() {
            var ch = raw
            if ch == "z" { ch = "s" }
            // Qaf is written q or k: "Baqir"/"Bakr", "Qasim"/"Kasim".
            if ch == "q" { ch = "k" }
            if index > 0, "aeiouyw".contains(ch) { continue }
            if ch == last { continue }
            out.append(ch)
            last = ch
        }
        return out
    }

    /// The skeleton key: each significant word reduced to its skeleton.
    public static func skeleton(_ name: String) -> String {
        significantWords(name).map { skeleton(word: $0) }.joined(separator: " ")
    }

    /// Exact key with plural "s" dropped from each word (Force/Forces, Unit/Units).
    public static func singular(_ name: String) -> String {
        significantWords(name).map(singular(word:)).joined(separator: " ")
    }

    /// A word without a plural "s".
    public static func singular(word w: String) -> String {
        w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w
    }
}
