/// Acronyms an article spells out in lower-case words: "community support officers (CSOs)",
/// "anti-social behaviour orders (Asbos)". The words say the acronym stands for a kind of
/// thing, not a named body, so it names no entity anywhere in the article.
extension EntityRecognizer {
    /// The mentions without those written as an acronym the article spells out in lower case.
    func droppingDescribedAcronyms(_ mentions: [Mention], _ tokens: [Token]) -> [Mention] {
        var described = Set<String>()
        for m in mentions where m.tokens.count == 1 {
            let k = m.tokens.lowerBound
            guard k >= 2, tokens[k - 1].text == "(", let letters = Self.acronymLetters(m.text),
                  Self.spelledInLowerCase(letters, tokens, before: k - 1) else { continue }
            described.insert(letters.map(String.init).joined())
        }
        guard !described.isEmpty else { return mentions }
        return mentions.filter { m in
            guard m.tokens.count == 1, let letters = Self.acronymLetters(m.text) else { return true }
            return !described.contains(letters.map(String.init).joined())
        }
    }

    /// The capitals of an acronym written in capitals or as a word ("CSOs" → CSO, "Asbos" → ASBO).
    static func acronymLetters(_ text: String) -> [Character]? {
        var word = Substring(text)
        if word.count > 2, word.hasSuffix("s") { word = word.dropLast() }
        guard (2...6).contains(word.count), word.allSatisfy({ $0.isLetter }), word.first?.isUppercase == true,
              word.dropFirst().allSatisfy({ $0.isUppercase }) || word.count >= 4 else { return nil }
        return word.uppercased().map { $0 }
    }

    /// Whether the words just before token `end` are lower-case and begin with `letters`, in order.
    static func spelledInLowerCase(_ letters: [Character], _ tokens: [Token], before end: Int) -> Bool {
        var k = end - 1
        var initials: [Character] = []
        while k >= 0, initials.count < letters.count {
            let t = tokens[k]
            if t.text == "-", !t.spaceBefore { k -= 1; continue }
            guard t.kind == .word, let first = t.text.first, first.isLowercase, t.newlinesBefore == 0 || initials.count == letters.count - 1 else { return false }
            initials.append(Character(first.uppercased()))
            k -= 1
        }
        return initials.reversed() == letters
    }
}
