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
