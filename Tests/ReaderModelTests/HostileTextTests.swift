import Testing
@testable import ReaderModel

/// Hostile text: long runs of quotes, title words and capitals keep their results and their bounds.
@Suite struct HostileTextTests {
    let splitter = SentenceSplitter(abbreviations: Knowledge.bundled.abbreviations)

    func sentences(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return splitter.mark(tokens).sentenceStarts.map { tokens[$0].text }
    }

    @Test func closingQuotesAfterAStopStillEndTheSentence() {
        #expect(sentences("He said.\u{201D}\u{2019} Then he left.") == ["He", "Then"])
        // Quotes without a stop before them end nothing.
        #expect(sentences("He said\u{201D}\u{201D}\u{201D} Then") == ["He"])
        // A parenthesis is not a quote: the stop must stand right before it.
        #expect(sentences("He left.) Then") == ["He"])
        #expect(sentences("He left). Then") == ["He", "Then"])
    }

    @Test func aRunOfQuotesIsSplitLikeAShortOne() {
        let run = String(repeating: "\u{2019}", count: 5_000)
        #expect(sentences("He said." + run + " Then") == ["He", "Then"])
        #expect(sentences("He said" + run + " Then") == ["He"])
    }

    @Test func lookupMemoIsBounded() {
        let memo = LookupMemo(.bundled, capacity: 8)
        for i in 0..<100 { _ = memo.lookup("Name\(i)") }
        #expect(memo.count <= 8)
        #expect(memo.lookup("Baghdad")?.type == .place)
    }

    @Test func aLongRunIsNotLookedUpWhole() {
        let recognizer = EntityRecognizer(knowledge: .bundled)
        let tokens = Tokenizer.tokenize(Array(String(repeating: " Mr", count: 500).unicodeScalars))
        let memo = LookupMemo(.bundled)
        #expect(recognizer.lookup(tokens, 0..<tokens.count, memo: memo) == nil)
        #expect(memo.count == 0)
        let baghdad = Tokenizer.tokenize(Array("the Baghdad".unicodeScalars))
        #expect(recognizer.lookup(baghdad, 0..<2, memo: memo)?.type == .place)
    }

    @Test func titleWordRunsStillYieldPeopleAfterTheTitle() {
        let text = "Title\n\nYesterday" + String(repeating: " Mr", count: 300) + " Tony Blair spoke."
        let analysis = analyze([("a.txt", text)])
        #expect(mentions(analysis).contains { $0.0 == "Tony Blair" && $0.1 == .person })
    }
}

/// Inputs the fuzzer found (Scripts/fuzz.sh), kept as regression tests.
@Suite struct FuzzRegressionTests {
    /// 146 KB with a run of "Hezbollah Hezbollah …" took 3.8 s and 560 MB: every prefix of the
    /// one long mention was indexed as a short form. Now a mention adds a bounded number of keys.
    @Test func aLongMentionAddsBoundedShortForms() {
        let words = Array(repeating: "hezbollah", count: 2_000)
        let mention = Mention(start: 0, end: 20_000, text: words.joined(separator: " "), type: .organization,
                              evidence: .cue, tokens: 0..<2_000, knownID: nil)
        let index = DocumentLinker.ShortFormIndex(mentions: [mention], words: [words])
        // Prefixes up to the bound, and at most two head nouns ("the Commission", "the Union").
        #expect(index.longer.count <= DocumentLinker.ShortFormIndex.longestShortForm + 2)
        #expect(index.longer.keys.allSatisfy { $0.split(separator: " ").count <= DocumentLinker.ShortFormIndex.longestShortForm })
    }

    @Test func aRepeatedKnownNameStillGivesAValidExport() {
        #expect(Fuzzing.check(Array(HostileInput.repeatedName.article(bytes: 20_000).utf8)).isEmpty)
    }
}
