/// The surname of someone the article names with a title ("Mr Shiga") makes a person of a
/// name that ends in it and was typed by weaker words around it ("confidence in Toshiyuki
/// Shiga" read as a place after "in").
extension EntityRecognizer {
    func agreeWithTitledSurnames(_ mentions: inout [Mention], _ tokens: [Token]) {
        var surnames = Set<String>()
        for m in mentions where m.type == .person && m.evidence <= .title {
            if let last = words(tokens, m.tokens).last { surnames.insert(Knowledge.fold(tokens[last].text)) }
        }
        guard !surnames.isEmpty else { return }
        for i in mentions.indices where mentions[i].type != .person && mentions[i].type != .other
            && mentions[i].evidence >= .context && mentions[i].knownID == nil {
            guard let last = words(tokens, mentions[i].tokens).last, surnames.contains(Knowledge.fold(tokens[last].text)) else { continue }
            mentions[i].type = .person
            mentions[i].evidence = .pattern
        }
    }
}
