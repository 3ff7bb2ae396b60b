/// Clubs named after their town: once the article shows "Valencia" to be the club
/// ("Valencia coach", "played for Valencia"), its other mentions of the name are the club
/// too, except where the words around say a place ("in Valencia").
extension EntityRecognizer {
    /// Verbs in the plural form after a name: British news writes a team or a body in the
    /// plural ("Monaco are also in the race", "Liverpool have bid"), a town in the singular.
    static let pluralVerbs: Set<String> = ["are", "were", "have", "do", "don't", "know", "want", "need", "face", "remain",
                                           "hope", "believe", "say", "trail", "lead", "host", "visit", "meet", "play"]

    /// "Monaco are in the race": a town's name with a plural verb is the club named after it.
    /// Not after "and" or a comma ("Leeds and York are"), nor a name that is a plural itself.
    func pluralVerbAfter(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard range.upperBound < tokens.count, tokens[range.upperBound].kind == .word, tokens[range.upperBound].newlinesBefore == 0,
              Self.pluralVerbs.contains(tokens[range.upperBound].text),
              !tokens[range.upperBound - 1].text.hasSuffix("s") else { return false }
        if range.lowerBound > 0, ["and", "or", "&", ",", "nor"].contains(tokens[range.lowerBound - 1].text) { return false }
        return !placeContext(tokens, range)
    }

    func clubsAgree(_ mentions: inout [Mention], _ tokens: [Token]) {
        var clubs = Set<String>()
        for m in mentions where m.type == .organization && m.evidence == .context && m.knownID == nil {
            clubs.insert(NameKey.exact(m.text))
        }
        guard !clubs.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .place && mentions[i].knownID != nil
            && clubs.contains(NameKey.exact(mentions[i].text)) && !placeContext(tokens, mentions[i].tokens) {
            mentions[i].type = .organization
            mentions[i].evidence = .context
            mentions[i].knownID = nil
        }
    }
}
