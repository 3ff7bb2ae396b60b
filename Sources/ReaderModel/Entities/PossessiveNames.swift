/// Names that end in a possessive: "Moody's", "McDonald's", "Sainsbury's". The tokenizer splits
/// every "'s" off; one that ends a known name, or after which no noun can follow ("Moody's said",
/// "at Macy's.", "McDonald's, the burger chain,"), is the name's own, and a name that ends in it
/// is a body's, not a person's.
extension EntityRecognizer {
    /// Words after a name that a possessive cannot be followed by: its "'s" is the name's.
    static let verbsAfterPossessiveNames: Set<String> = ["said", "says", "has", "had", "is", "was", "will", "would", "reported",
                                                         "announced", "declined", "added", "agreed", "warned", "expects", "rated"]

    func keepPossessiveNames(_ mentions: inout [Mention], _ tokens: [Token]) {
        for i in mentions.indices {
            let m = mentions[i]
            let k = m.tokens.upperBound
            guard k < tokens.count, tokens[k].kind == .possessive, !tokens[k].spaceBefore else { continue }
            let known = knowledge.possessiveNames.contains(Knowledge.fold(m.text))
            if !known {
                // A person named with evidence ("Mr Blair's.") keeps the possessive out.
                guard m.type != .person || m.evidence >= .pattern, k + 1 < tokens.count else { continue }
                let next = tokens[k + 1]
                let closes = [".", ";", ")"].contains(next.text)
                    || next.text == "," && k + 2 < tokens.count && ["the", "a", "an", "which"].contains(tokens[k + 2].text)
                guard closes || next.kind == .word && Self.verbsAfterPossessiveNames.contains(next.text) else { continue }
            }
            mentions[i].end = tokens[k].end
            mentions[i].text = m.text + tokens[k].text
            mentions[i].tokens = m.tokens.lowerBound..<(k + 1)
            if mentions[i].type == .person || mentions[i].type == .other { mentions[i].type = .organization; mentions[i].evidence = .pattern }
        }
    }
}
