/// A lone unexplained name repeated in an article is one thing throughout: the type its
/// contexts hint at ("the advance on X", "told X") holds for its mentions without a hint.
extension EntityRecognizer {
    func shareHints(_ mentions: inout [Mention]) {
        var votes: [String: [EntityType: Int]] = [:]
        for m in mentions where m.type == .other && m.evidence == .fallback {
            if let hint = m.hint { votes[NameKey.exact(m.text), default: [:]][hint, default: 0] += 1 }
        }
        guard !votes.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback && mentions[i].hint == nil {
            guard let counts = votes[NameKey.exact(mentions[i].text)] else { continue }
            // A tie between two hints says nothing.
            let best = counts.max { $0.value < $1.value }!
            if counts.values.filter({ $0 == best.value }).count == 1 { mentions[i].hint = best.key }
        }
    }
}
