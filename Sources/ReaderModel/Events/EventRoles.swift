/// Who acted and who was acted on in an event's sentence: the agent and the patient (victim
/// or target) around the event word, through passives, appositives and titles.
extension EventExtractor {
    /// Event types whose noun, after a possessive, names the one who suffers it ("X’s killing",
    /// "X’s death", "X’s arrest"), not the one who acts (as in "Israel’s strike").
    static let sufferedNouns: Set<String> = ["killing", "death", "arrest", "funeral", "injury", "sentence"]

    /// Forms of "be" that make a past participle passive ("was killed", "has been assassinated").
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be", "being"]
    /// Words that open a clause: a passive subject stands after the last of them.
    static let clauseOpeners: Set<String> = ["that", "which", "who", "whom", "when", "where", "while", "as", "and", "but"]

    /// Who acted and who was acted on, from the actors around the event word at `k`:
    /// - active ("Israel killed X", "the killing of X"): the agent stands before, the patient after;
    ///   "the assassination of Hamas leader X" is X, the person right after the organization;
    /// - passive ("X was killed by Y", "X, a commander, was assassinated"): the patient is the
    ///   subject, the first actor of the clause, and the agent follows "by".
    static func roles(_ k: Int, _ actors: [(token: Int, entity: Int)], _ tokens: [Token], in range: Range<Int>,
                      entityTypes: [EntityType], type: String = "") -> (agent: Int?, patient: Int?) {
        let positions = actors.map(\.token)
        let a = lowerBound(positions, k), p = lowerBound(positions, k + 1)
        var isPassive = false
        var j = k - 1
        while j >= range.lowerBound, j >= k - 3 {
            let w = tokens[j].text.lowercased()
            if passiveAuxiliaries.contains(w) { isPassive = true; break }
            if tokens[j].kind != .word || !w.hasSuffix("ly") { break }   // one adverb may stand between
            j -= 1
        }
        if isPassive, a == 0 {
            // "They were killed after …, the office of X said": no named subject, no victim.
            if p < actors.count, actors[p].token >= 2, tokens[actors[p].token - 1].text.lowercased() == "by" { return (actors[p].entity, nil) }
            return (nil, nil)
        }
        if isPassive {
            // The subject: the first actor after the last clause opener before the verb.
            var opener = range.lowerBound
            var i = j - 1
            while i >= range.lowerBound {
                if (tokens[i].kind == .word && clauseOpeners.contains(tokens[i].text.lowercased())) || tokens[i].text == ";" { opener = i; break }
                i -= 1
            }
            let first = lowerBound(positions, opener)
            var patient = first < a ? actors[first].entity : actors[a - 1].entity
            // "X, the group's commander and a right-hand man to Y, was killed": the subject is the
            // name before the appositive, whatever the appositive names.
            if let subject = appositiveSubject(before: j, actors, tokens, in: range) { patient = subject }
            var agent: Int? = nil
            if p < actors.count, actors[p].token >= 2, tokens[actors[p].token - 1].text.lowercased() == "by" { agent = actors[p].entity }
            return (agent, patient)
        }
        // "Haniyeh’s killing", "the commander’s arrest": who suffers it owns the noun.
        if Self.sufferedNouns.contains(type), k >= 2, tokens[k - 1].kind == .possessive, a > 0, k - 1 - actors[a - 1].token <= 4,
           !tokens[k].text.lowercased().hasSuffix("ed") {
            return (nil, actors[a - 1].entity)
        }
        let agent = a > 0 ? actors[a - 1].entity : nil
        var patient = p < actors.count ? actors[p].entity : nil
        if p + 1 < actors.count, entityTypes[actors[p].entity] == .organization, entityTypes[actors[p + 1].entity] == .person,
           actors[p + 1].token - actors[p].token <= 4 || isTitlePhrase(tokens, from: actors[p].token + 1, to: actors[p + 1].token) {
            patient = actors[p + 1].entity
        }
        return (agent, patient)
    }

    /// Whether the tokens between an organization and a person make a title ("Hezbollah’s most
    /// senior military commander, Fuad Shukr"): at most eight, words and possessives only (no
    /// clause word, no past verb), a comma only right before the person.
    static func isTitlePhrase(_ tokens: [Token], from: Int, to: Int) -> Bool {
        guard to - from <= 8, to > from else { return false }
        for k in from..<to {
            let t = tokens[k], w = t.text.lowercased()
            if t.kind == .possessive || w == "-" { continue }
            if t.text == ",", k == to - 1 { continue }
            guard t.kind == .word, !clauseOpeners.contains(w), w != "or", !(w.count > 4 && w.hasSuffix("ed") && !t.isCapitalized) else { return false }
        }
        return true
    }

    /// Words that open an appositive ("X, the head of Y, was killed", "X, who had come to Z, …").
    static let appositiveStarts: Set<String> = ["the", "a", "an", "who", "whose", "which", "its", "his", "her", "their", "one", "also", "then", "once"]

    /// The actor named before the appositives that end with a comma at `verb - 1` ("X, a
    /// commander, was killed"; "X, the head of Y, who had come to Z, was killed": X), or nil.
    static func appositiveSubject(before verb: Int, _ actors: [(token: Int, entity: Int)], _ tokens: [Token], in range: Range<Int>) -> Int? {
        var verb = verb
        while verb - 1 > range.lowerBound, ["has", "have", "had"].contains(tokens[verb - 1].text.lowercased()) { verb -= 1 }
        guard verb - 1 > range.lowerBound, tokens[verb - 1].text == "," else { return nil }
        let positions = actors.map(\.token)
        var end = verb - 1, subject: Int? = nil
        while true {
            var c = end - 1
            while c > range.lowerBound, tokens[c].text != ",", tokens[c].text != ";" { c -= 1 }
            guard c > range.lowerBound, tokens[c].text == ",", c + 1 < end else { break }
            // The stretch between the commas must read as an appositive ("the head of …", "Hezbollah’s commander").
            let first = tokens[c + 1]
            guard appositiveStarts.contains(first.text.lowercased()) || (first.isCapitalized && c + 2 < end && tokens[c + 2].kind == .possessive) else { break }
            let before = lowerBound(positions, c)
            guard before > 0, c - actors[before - 1].token <= 4 else { break }
            subject = actors[before - 1].entity
            end = c
        }
        return subject
    }
}
