/// A lone unexplained name repeated in an article is one thing throughout: the type its
/// contexts hint at ("the advance on X", "told X") holds for its mentions without a hint.
extension EntityRecognizer {
    func shareHints(_ mentions: inout [Mention]) {
        var votes: [String: [EntityType: Int]] = [:]
        for m in mentions where m.type == .other && m.evidence == .fallback {
            if let hint = m.hint { votes[m.text, default: [:]][hint, default: 0] += 1 }
        }
        guard !votes.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback && mentions[i].hint == nil {
            guard let counts = votes[mentions[i].text] else { continue }
            // A tie between two hints says nothing.
            let best = counts.max { $0.value < $1.value }!
            if counts.values.filter({ $0 == best.value }).count == 1 { mentions[i].hint = best.key }
        }
    }
}

/// A name of two words or more written the same way twice in one article names one thing:
/// its mentions take the type the strongest evidence gives ("Bookmaker William Hill" read as
/// a person, "William Hill spokesman" as a body).
extension EntityRecognizer {
    func agreeOnNameTypes(_ mentions: inout [Mention], _ tokens: [Token]) {
        // Written the same way: the text itself is the key, and most names are written once.
        var best: [String: (type: EntityType, evidence: Mention.Evidence)] = [:]
        var repeated = false
        for m in mentions where m.type != .other && m.knownID == nil && m.tokens.count > 1 {
            if let b = best[m.text] {
                repeated = true
                if m.evidence < b.evidence { best[m.text] = (m.type, m.evidence) }
            } else {
                best[m.text] = (m.type, m.evidence)
            }
        }
        guard repeated else { return }
        for i in mentions.indices where mentions[i].type != .other && mentions[i].knownID == nil && mentions[i].tokens.count > 1 {
            guard let b = best[mentions[i].text], b.type != mentions[i].type, b.evidence < mentions[i].evidence else { continue }
            mentions[i].type = b.type
        }
    }
}
