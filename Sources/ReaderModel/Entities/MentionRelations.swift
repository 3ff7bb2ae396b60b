/// Relations between neighbouring mentions: names listed together share a type.
extension EntityRecognizer {

    /// "in Abu Ghraib and Jurf al-Sakhar": a weakly typed name takes the type of the
    /// confidently typed place or organization it is listed with.
    func inheritThroughCoordination(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count > 1 else { return }
        for i in 1..<mentions.count {
            let prev = mentions[i - 1]
            // "Joss Stone, Anastacia and Natasha Bedingfield": a lone unknown word listed after a person is one.
            let lonePerson = prev.type == .person && mentions[i].type == .other && !mentions[i].text.contains(" ")
                && prev.text.contains(" ") && !knowledge.isCommonWord(mentions[i].text)
            guard mentions[i].evidence == .fallback, mentions[i].knownID == nil, prev.evidence <= .context || lonePerson,
                  prev.type == .place || prev.type == .organization || lonePerson else { continue }
            // Lists mix bands and companies with people ("U2, Green Day, Alicia Keys"): a name
            // that looks like a person's stays one beside an organization.
            if mentions[i].type == .person, prev.type == .organization { continue }
            let between = prev.tokens.upperBound..<mentions[i].tokens.lowerBound
            guard !between.isEmpty, between.allSatisfy({ [",", "and", "or"].contains(tokens[$0].text) }) else { continue }
            // A comma alone lists when the name ends a phrase: "Baghdad, Karbala and Najaf",
            // "in Chatham, Kent.", not "Born in New Jersey, Hill began".
            if !between.contains(where: { tokens[$0].text != "," }) {
                let after = mentions[i].tokens.upperBound
                guard after >= tokens.count || tokens[after].kind == .punctuation || ["and", "or"].contains(tokens[after].text) else { continue }
            }
            mentions[i].type = prev.type
            mentions[i].evidence = .context
        }
    }
}
