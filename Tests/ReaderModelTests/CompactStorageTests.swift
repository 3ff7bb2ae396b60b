import Testing
@testable import ReaderModel

/// What the analysis keeps for every mention is small, and gives back what was put in.
@Suite struct CompactStorageTests {
    @Test func aMentionGivesBackWhatItWasMadeWith() {
        var random = SplitMix(seed: 3)
        for _ in 0..<500 {
            let start = random.next(60_000_000), length = 1 + random.next(200)
            let lower = random.next(10_000_000), tokens = lower..<(lower + random.next(40))
            let alias: Int? = random.next(2) == 0 ? nil : random.next(5_000)
            let known: String? = random.next(2) == 0 ? nil : "known-\(random.next(100))"
            let type = EntityType.allCases[random.next(EntityType.allCases.count)]
            var m = Mention(start: start, end: start + length, text: "Name \(length)", type: type, evidence: .cue,
                            tokens: tokens, knownID: known, aliasOf: alias)
            #expect(m.start == start && m.end == start + length && m.tokens == tokens && m.aliasOf == alias)
            #expect(m.text == "Name \(length)" && m.type == type && m.evidence == .cue && m.knownID == known)
            #expect(m.title == nil && m.hint == nil && m.alternateNames.isEmpty)
            m.aliasOf = nil
            m.start += 1
            m.tokens = 0..<Int(Int32.max)
            #expect(m.aliasOf == nil && m.start == start + 1 && m.tokens.upperBound == Int(Int32.max))
            m.aliasOf = 0
            #expect(m.aliasOf == 0)
        }
    }

    @Test func mentionsAndOccurrencesAreSmall() {
        #expect(MemoryLayout<Mention>.stride <= 80)
        #expect(MemoryLayout<Entity.Occurrence>.stride == 8)
        let o = Entity.Occurrence(document: 100_607, mention: 2_000_000)
        #expect(o.document == 100_607 && o.mention == 2_000_000)
    }

    @Test func analysedMentionsKeepNoSpareRoom() {
        let analysis = Analysis(corpus: CorpusLoader().loadBundled(), events: false)
        for d in analysis.documents where !d.mentions.isEmpty {
            #expect(d.mentions.capacity - d.mentions.count <= 80 / MemoryLayout<Mention>.stride + 1)
        }
    }

    @Test func anEventsDocumentsAreItsMentionsArticlesAscendingOnce() {
        var random = SplitMix(seed: 5)
        for _ in 0..<300 {
            let mentions = (0..<random.next(8)).map { _ in Event.Mention(document: random.next(6), range: 0..<random.next(50)) }
            let event = Event(id: "v1", type: "attack", date: nil, actors: [], agent: nil, patient: nil, places: [], summary: "", mentions: mentions)
            #expect(event.documents == Array(Set(mentions.map(\.document))).sorted())
        }
    }
}
