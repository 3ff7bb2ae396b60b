/// The acronyms a long name can be shortened to, and the letters an acronym spells, so that
/// "WHO" meets "World Health Organization" and "UNSC" "UN Security Council" without a
/// declaration in brackets.
enum Initials {
    /// Small words an acronym usually leaves out ("Department of Trade and Industry" → DTI).
    static let functionWords: Set<String> = ["of", "the", "and", "for", "in", "on", "to", "at", "a", "an", "de", "du", "des",
                                             "la", "le", "et", "al", "el", "&"]

    /// The letters of an acronym as written ("U.N." → "un", "IRGC" → "irgc"); nil for anything
    /// that is not two to six capitals (dots between them allowed).
    static func letters(ofAcronym text: String) -> String? {
        var out = ""
        for s in text.unicodeScalars {
            if s == "." { continue }
            guard s.properties.isUppercase, s.isASCII else { return nil }
            out.unicodeScalars.append(s)
        }
        guard (2...6).contains(out.count) else { return nil }
        return out.lowercased()
    }

    /// The acronyms a name of two words or more spells: one letter a word, without and then with
    /// its function words, hyphenated parts counted as words ("Anti-Corruption Unit" → ACU);
    /// a short word in capitals gives all its letters ("UN Security Council" → UNSC).
    static func of(_ name: String) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{2010}" || $0 == "\n" })
            .map { String($0).trimmingCharacters(in: ["'", "\u{2019}", ",", ".", "(", ")"]) }
            .filter { !$0.isEmpty }
        guard words.count >= 2 else { return [] }
        var withoutSmall = "", withAll = ""
        var contentWords = 0
        for word in words where word != "&" {
            guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return [] }
            let lower = word.lowercased()
            let part: String
            if let caps = letters(ofAcronym: word), caps.count <= 4 { part = caps }
            else { part = String(lower.unicodeScalars.first.map(Character.init) ?? " ") }
            withAll += part
            if !functionWords.contains(lower) {
                withoutSmall += part
                contentWords += 1
            }
        }
        guard contentWords >= 2 || withoutSmall.count >= 2 else { return [] }
        return withAll == withoutSmall ? [withoutSmall] : [withoutSmall, withAll]
    }
}
