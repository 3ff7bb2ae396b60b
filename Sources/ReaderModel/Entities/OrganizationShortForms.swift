/// Short forms of an organization's name that the article uses without declaring them:
/// its acronym ("the WHO" after "World Health Organization", "the EC" after "the European
/// Commission") and its head noun ("the Commission", "the Agency").
extension DocumentLinker {
    /// Pairs (acronym mention, full-name mention) for acronyms that are no declared alias nor a
    /// known name and spell the initials of exactly one organization or place named here.
    func acronymReferences(_ mentions: [Mention]) -> [(Int, Int)] {
        var acronyms: [(Int, String)] = []
        for (i, m) in mentions.enumerated() where m.knownID == nil && m.aliasOf == nil
            && (m.type == .organization || m.type == .other) {
            if let letters = Initials.letters(ofAcronym: m.text) ?? Self.acronymWrittenAsWord(m) { acronyms.append((i, letters)) }
        }
        guard !acronyms.isEmpty else { return [] }
        // Full names by the acronyms they spell; each distinct name once.
        var byInitials: [String: [String: Int]] = [:]
        for (j, m) in mentions.enumerated() where m.type == .organization || m.type == .place {
            guard Initials.letters(ofAcronym: m.text) == nil else { continue }
            let key = NameKey.exact(m.text)
            for initials in Initials.of(m.text) where byInitials[initials]?[key] == nil {
                byInitials[initials, default: [:]][key] = j
            }
        }
        var pairs: [(Int, Int)] = []
        for (i, letters) in acronyms {
            guard let names = byInitials[letters], names.count == 1, let j = names.values.first else { continue }
            pairs.append((i, j))
        }
        return pairs
    }

    /// The words an organization's name can be shortened to after "the": its last word ("the Commission"
    /// for "European Commission") and the word before "of" or "for" ("the Union" for "National Union of
    /// Journalists"). Empty for a name of one word.
    static func headNouns(_ words: [String]) -> [String] {
        guard words.count >= 2 else { return [] }
        var heads = [words[words.count - 1]]
        if let of = words.firstIndex(where: { $0 == "of" || $0 == "for" }), of > 0, !Initials.functionWords.contains(words[of - 1]) {
            heads.append(words[of - 1])
        }
        return heads.filter { !Initials.functionWords.contains($0) }
    }

    /// "Elspa", "Unesco": an acronym written as a word (British style), four to six letters, its
    /// letters if it has that shape; it joins only a name here that it spells.
    static func acronymWrittenAsWord(_ m: Mention) -> String? {
        guard m.type == .organization, !m.text.contains(" ") else { return nil }
        let scalars = Array(m.text.unicodeScalars)
        guard (4...6).contains(scalars.count), scalars[0].properties.isUppercase, scalars[0].isASCII,
              scalars.dropFirst().allSatisfy({ $0.isASCII && $0.properties.isLowercase }) else { return nil }
        return m.text.lowercased()
    }

    /// Whether the lone word at `mention` follows "the": "the Commission", not "Commission" opening a list.
    static func followsThe(_ mention: Mention, _ tokens: [Token]) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before >= 0, tokens[before].kind == .word else { return false }
        return tokens[before].text == "the" || tokens[before].text == "The"
    }
}
