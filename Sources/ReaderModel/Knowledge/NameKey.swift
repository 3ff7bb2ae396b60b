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
        // Each word is gathered as UTF-8 and made a String once (no allocation for a short word).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func flush() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        if isASCII {
            for b in source.utf8 {
                switch b {
                case 0x27, 0x60, 0x2E, 0x22: continue                          // ' ` . "
                case 0x2D, 0x2C, 0x20, 0x0A, 0x09, 0x0D: flush()                // - , space \n \t \r
                case 0x41...0x5A: current.append(b + 32)
                default: current.append(b)
                }
            }
            flush()
            return result
        }
        for s in source.unicodeScalars {
            switch s {
            case "'", "\u{2019}", "\u{02BF}", "\u{02BE}", "\u{2018}", "`", "\u{00B4}", ".", "\"", "\u{201C}", "\u{201D}": continue
            case "-", "\u{2010}", "\u{2011}", ",", " ", "\n", "\t", "\r", "\u{00A0}": flush()
            default:
                if s.value >= 0x41 && s.value <= 0x5A { current.append(UInt8(s.value + 32)) }
                else if s.value < 0x80 { current.append(UInt8(s.value)) }
                else if !s.properties.isWhitespace { UTF8.encode(s) { current.append($0) } }
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
        // The articles compared directly: hashing every word against a set of three cost more.
        let kept = ws.filter { $0 != "al" && $0 != "el" && $0 != "ul" }
        return kept.isEmpty ? ws : kept
    }

    /// The exact key: significant words joined by spaces.
    public static func exact(_ name: String) -> String {
        significantWords(name).joined(separator: " ")
    }

    /// The consonant skeleton of one word.
    public static func skeleton(word: String) -> String {
        // ASCII words (most) by bytes, the same as by characters below, without Character's cost.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            out.reserveCapacity(word.utf8.count)
            var last: UInt8 = 0
            var index = 0
            for raw in word.utf8 {
                var ch = raw
                if ch == 0x7A { ch = 0x73 }      // z → s
                if ch == 0x71 { ch = 0x6B }      // q → k
                defer { index += 1 }
                // a e i o u y w
                if index > 0, ch == 0x61 || ch == 0x65 || ch == 0x69 || ch == 0x6F || ch == 0x75 || ch == 0x79 || ch == 0x77 { continue }
                if index > 0, ch == last { continue }
                out.append(ch)
                last = ch
            }
            return String(decoding: out, as: UTF8.self)
        }
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
