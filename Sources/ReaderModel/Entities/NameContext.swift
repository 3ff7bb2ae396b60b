/// The words around a name that say what it names: roles and titles before it, cue words
/// after it, place prepositions, and the shape of a person's name.
extension EntityRecognizer {
    func previousWord(_ tokens: [Token], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, tokens[j].text == "." { j -= 1 }
        return j >= 0 && tokens[j].kind == .word ? j : nil
    }

    /// A cue in the next one or two lower-case words: "Badr forces", "Nebni political coalition".
    func followingCue(_ tokens: [Token], after end: Int, in cues: Set<String>) -> Bool {
        var j = end
        for _ in 0..<2 {
            guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].newlinesBefore == 0 else { return false }
            // "Internet monitoring firm WebSideStory": a cue before another name is that name's.
            let word = Knowledge.fold(tokens[j].text)
            if cues.contains(word) {
                // "Parry firm over Gerrard", "stood firm on": an adjective before its preposition.
                if Self.adjectiveCues.contains(word), j + 1 < tokens.count, Self.adjectivePrepositions.contains(tokens[j + 1].text) { return false }
                return !namesNext(tokens, j + 1)
            }
            // The fold of "a b" is the folds of a and b joined (a word folds to at least one
            // letter); a next token that folds to nothing leaves the word already tried.
            if j + 1 < tokens.count {
                let next = Knowledge.fold(tokens[j + 1].text)
                if !next.isEmpty, cues.contains(word + " " + next) { return !namesNext(tokens, j + 2) }
            }
            j += 1
        }
        return false
    }

    /// Cue nouns that are adjectives too, and the prepositions that show the adjective.
    static let adjectiveCues: Set<String> = ["firm"]
    static let adjectivePrepositions: Set<String> = ["over", "on", "about", "against", "in", "with", "despite", "after"]

    /// Whether a capitalized word follows at `j` on the same line.
    func namesNext(_ tokens: [Token], _ j: Int) -> Bool {
        j < tokens.count && tokens[j].isCapitalized && tokens[j].spaceBefore && tokens[j].newlinesBefore == 0
    }

    /// A lower-case role word followed by a capitalized name: "chairman Matthew", "commander Hadi".
    func roleBeforeName(_ tokens: [Token], at j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].newlinesBefore == 0,
              knowledge.isRole(tokens[j].text), tokens[j + 1].isCapitalized, tokens[j + 1].newlinesBefore == 0 else { return false }
        return true
    }

    /// Nouns for what is held in a body: "shares in _", "a stake in _".
    static let ownedIn: Set<String> = ["shares", "share", "stake", "stakes", "shareholders", "shareholder", "shareholding", "investors",
                                         "holding", "invest", "invested", "investing", "investment"]

    func placeContext(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        // "US-based", "Samarra-based".
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == "-",
           Knowledge.fold(tokens[range.upperBound + 1].text) == "based" { return true }
        guard let p = previousWord(tokens, before: start), p == start - 1 || tokens[start - 1].text == "the" else { return false }
        let prev = Knowledge.fold(tokens[p].text)
        // "Shares in Holcim", "a stake in X": what is owned in a body, not a place.
        if prev == "in", let q = previousWord(tokens, before: p), q == p - 1, Self.ownedIn.contains(Knowledge.fold(tokens[q].text)) { return false }
        // "In El Fasher, …": a capital that only opens the sentence.
        if knowledge.placePrepositions.contains(prev), !tokens[p].isCapitalized || tokens[p].opensSentence { return true }
        // "Tony Martin, of Burnley, said": where a person named just before comes from.
        if prev == "of", p == start - 1, p >= 2, tokens[p - 1].text == ",", tokens[p - 2].isCapitalized,
           range.upperBound >= tokens.count || tokens[range.upperBound].kind == .punctuation { return true }
        // "the MP for Witney", "member for Birkenhead": a constituency.
        if prev == "for", p == start - 1, let q = previousWord(tokens, before: p), q == p - 1,
           Self.constituencyHolders.contains(Knowledge.fold(tokens[q].text)) { return true }
        // "south of Fallujah", "the areas of Al-Rafoush".
        if prev == "of", let q = previousWord(tokens, before: p), knowledge.placeCuesFollowing.contains(Knowledge.fold(tokens[q].text))
            || ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"].contains(Knowledge.fold(tokens[q].text)) {
            return true
        }
        return false
    }

    /// Those who sit for a constituency: "MP for _".
    static let constituencyHolders: Set<String> = ["mp", "msp", "mep", "am", "member", "candidate"]

    func personPattern(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let ws = words(tokens, range)
        guard let first = ws.first else { return false }
        let firstWord = Knowledge.fold(tokens[first].text)
        if knowledge.isGivenName(tokens[first].text), ws.count >= 2 { return true }
        if ["abu", "abou", "umm", "bin", "ibn"].contains(firstWord), ws.count >= 2 { return true }
        if ws.count >= 2, ws.dropFirst().contains(where: { runFinder.isParticle(tokens[$0]) }) { return true }
        return false
    }

    /// "JP McManus", "KT Tunstall": two capital initials before a surname, neither a known name
    /// nor an acronym of the role lists ("MP", "PM").
    func initialsAndSurname(_ tokens: [Token], _ ws: [Int], memo: LookupMemo) -> Bool {
        guard ws.count == 2, ws[1] == ws[0] + 1 else { return false }
        let initials = tokens[ws[0]], surname = tokens[ws[1]]
        guard initials.isAllCaps, initials.text.unicodeScalars.count == 2, surname.isCapitalized, !surname.isAllCaps,
              surname.text.unicodeScalars.count > 2, !initials.inHeadline,
              lookupName(initials.text, memo: memo) == nil, !knowledge.nonEntities.contains(Knowledge.fold(initials.text)),
              lookupName(surname.text, memo: memo) == nil, !knowledge.isCommonWord(surname.text),
              !knowledge.organizationCues.contains(Knowledge.fold(surname.text)),
              !knowledge.placeCues.contains(Knowledge.fold(surname.text)) else { return false }
        return true
    }

    /// "McIlroy", "McManus": "Mc" and a capital, a surname.
    func isMcSurname(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        return scalars.count >= 5 && scalars[0] == "M" && scalars[1] == "c" && scalars[2].properties.isUppercase
            && scalars.dropFirst(3).allSatisfy { $0.properties.isLowercase || $0 == "-" || $0 == "'" }
    }

    /// A year and a possessive just before the name: "1989's Shirley Valentine".
    func afterYearPossessive(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.lowerBound
        guard k >= 2, tokens[k - 1].kind == .possessive, tokens[k - 2].kind == .number, tokens[k].newlinesBefore == 0 else { return false }
        let digits = tokens[k - 2].text
        guard digits.count == 4, let year = Int(digits) else { return false }
        return (1800...2100).contains(year)
    }

    /// "Adriano, 23, scored": an age set off by commas after a name.
    func ageAfter(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.upperBound
        guard k + 2 < tokens.count, tokens[k].text == ",", tokens[k + 1].kind == .number,
              let age = Int(tokens[k + 1].text), (14...99).contains(age), [",", "."].contains(tokens[k + 2].text) else { return false }
        return true
    }
}
