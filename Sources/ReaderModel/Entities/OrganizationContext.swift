/// Organizations named without a cue word in their name (companies, charities, news
/// organizations, law firms), recognized by what the text says around them:
/// "Halliburton, the Houston-based firm, said", "a spokesman for Kellogg Brown",
/// "Covington & Burling", "Axios reported".
extension EntityRecognizer {
    /// Words after an appositive's head noun that show the head ends the phrase.
    static let appositiveEnds: Set<String> = ["that", "which", "who", "said", "says", "has", "had", "is", "was", "and",
                                              "in", "on", "with", "whose", "based", "founded", "owned", "run", "backed", "behind"]

    /// "X, the Houston-based firm,", "X, a British charity that": the name before an
    /// appositive headed by an organization noun.
    func appositiveOrganization(_ tokens: [Token], after end: Int) -> Bool {
        appositive(tokens, after: end, heads: knowledge.organizationAppositives)
    }

    /// "Wad Madani, the country's second city,": an appositive whose head noun is a kind of place.
    func appositivePlace(_ tokens: [Token], after end: Int) -> Bool {
        appositive(tokens, after: end, heads: knowledge.placeAppositives, ends: Self.placeAppositiveEnds)
    }

    /// "El Geneina, the capital of West Darfur", "X, a town near the border": a place's appositive
    /// goes on with where it lies.
    static let placeAppositiveEnds = appositiveEnds.union(["of", "near", "north", "south", "east", "west", "outside"])

    /// Whether a comma after the name opens an appositive ("the …", "one of …") headed by one of `heads`.
    func appositive(_ tokens: [Token], after end: Int, heads: Set<String>, ends: Set<String> = appositiveEnds) -> Bool {
        guard end + 2 < tokens.count, tokens[end].text == ",", tokens[end + 1].newlinesBefore == 0 else { return false }
        var j: Int
        if ["the", "a", "an"].contains(tokens[end + 1].text.lowercased()) {
            j = end + 2
        } else if end + 3 < tokens.count, tokens[end + 1].text == "one", tokens[end + 2].text == "of" {
            // "X, one of Scotland's premier whisky firms,".
            j = end + 3
        } else {
            return false
        }
        var words = 0
        while j < tokens.count, words < 6, tokens[j].newlinesBefore == 0 {
            let t = tokens[j]
            if t.text == "-" && !t.spaceBefore || t.kind == .possessive { j += 1; continue }
            guard t.kind == .word else { return false }
            let word = Knowledge.fold(t.text)
            for length in [2, 1] where j + length <= tokens.count {
                let head = length == 2 && j + 1 < tokens.count ? word + " " + Knowledge.fold(tokens[j + 1].text) : word
                guard length == 1 || j + 1 < tokens.count, heads.contains(head) else { continue }
                let next = j + length
                if next >= tokens.count || tokens[next].kind == .punctuation || tokens[next].newlinesBefore > 0
                    || ends.contains(tokens[next].text) { return true }
            }
            j += 1
            words += 1
        }
        return false
    }

    /// Whether the words just before or after `range` are one of `phrases`.
    func matches(_ phrases: ContextPhrases, _ tokens: [Token], around range: Range<Int>) -> Bool {
        if range.lowerBound > 0, tokens[range.lowerBound].newlinesBefore == 0,
           let candidates = phrases.before[ContextPhrases.word(tokens[range.lowerBound - 1].text)] {
            for phrase in candidates where range.lowerBound >= phrase.count {
                let start = range.lowerBound - phrase.count
                if phrase.indices.allSatisfy({ ContextPhrases.word(tokens[start + $0].text) == phrase[$0] }),
                   !(start + 1...range.lowerBound).contains(where: { tokens[$0].newlinesBefore > 0 }),
                   phrase.last != "," || closesAppositive(tokens, at: range.upperBound) { return true }
            }
        }
        if range.upperBound < tokens.count, tokens[range.upperBound].newlinesBefore == 0,
           let candidates = phrases.after[ContextPhrases.word(tokens[range.upperBound].text)] {
            for phrase in candidates where range.upperBound + phrase.count <= tokens.count {
                let start = range.upperBound
                if phrase.indices.allSatisfy({ ContextPhrases.word(tokens[start + $0].text) == phrase[$0] }),
                   !(start..<(start + phrase.count)).contains(where: { tokens[$0].newlinesBefore > 0 }) { return true }
            }
        }
        return false
    }

    /// "the firm, Hardwick, said": a name set off by commas after its kind noun is closed by a
    /// comma or the sentence's end; "Introducing the band, Springsteen mocked" names no band.
    func closesAppositive(_ tokens: [Token], at j: Int) -> Bool {
        j >= tokens.count || tokens[j].newlinesBefore > 0 || [",", ".", ";", ")", "-"].contains(tokens[j].text)
    }

    /// Words that, before a kind noun, make it refer back rather than name what follows:
    /// "the company Sarah Quentin founded", "which firm John works for".
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                           "our", "my", "your", "which", "what", "whose", "every", "each", "any", "no", "another"]

    /// "steel producer Krivorizhstal", "games developer Valve": a kind noun qualified by another
    /// word, right before a name, names a body. A name opening with a given name is left to be
    /// someone ("fellow producer Edward Germano").
    func qualifiedKindNounBefore(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let k = range.lowerBound - 1
        guard k >= 1, tokens[range.lowerBound].newlinesBefore == 0, tokens[k].newlinesBefore == 0, tokens[k].kind == .word,
              !tokens[k].isCapitalized, !knowledge.isGivenName(tokens[range.lowerBound].text),
              knowledge.organizationAppositives.contains(Knowledge.fold(tokens[k].text)) else { return false }
        let q = tokens[k - 1]
        guard q.kind == .word, q.newlinesBefore == 0 else { return false }
        return !Self.determiners.contains(q.text.lowercased()) && !["and", "or"].contains(q.text.lowercased())
    }

    /// "Ministry of Defence", "Council for Islamic Revolution", "Gulf of Aden": the head
    /// word before a connector types the whole name.
    func connectorHead(_ tokens: [Token], _ range: Range<Int>) -> String? {
        for k in range where k > range.lowerBound && (tokens[k].text == "of" || tokens[k].text == "for" || tokens[k].text == "on") {
            return tokens[k - 1].kind == .word ? Knowledge.fold(tokens[k - 1].text) : nil
        }
        return nil
    }
}
