/// Clubs named after their town: once the article shows "Valencia" to be the club
/// ("Valencia coach", "played for Valencia"), its other mentions of the name are the club
/// too, except where the words around say a place ("in Valencia").
extension EntityRecognizer {
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
