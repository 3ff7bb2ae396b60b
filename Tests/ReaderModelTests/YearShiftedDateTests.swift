import Testing
@testable import ReaderModel

/// A yearless date with its year counted from the article's: "last year's October 7".
@Suite struct YearShiftedDateTests {
    @Test(arguments: [
        // Against 7 February 2024: the year before is 2023, whichever month.
        ("Two soldiers died, the first deaths since last year's October 7 attack on Marlow.", "2023-10-07"),
        ("Two soldiers died, the first deaths since last year's 2 March raid on Marlow.", "2023-03-02"),
        ("The Velkan Front attacked a depot near Homs on March 2 last year.", "2023-03-02"),
        ("The Velkan Front will attack a depot near Homs on March 2 next year.", "2025-03-02"),
    ])
    func theYearIsCountedFromTheArticles(body: String, expected: String) {
        let dates = datedEvents(body).compactMap(\.date)
        #expect(dates.contains(expected))
        // One date, not a year beside it.
        #expect(!dates.contains { $0.count == 4 })
    }

    @Test func withoutTheArticlesDateItStaysUndated() {
        let a = analyze([("a.txt", "Headline\n\nTwo soldiers died, the first deaths since last year's October 7 attack on Marlow.")])
        #expect(a.events.allSatisfy { $0.date == nil })
    }

    @Test func theFinderJoinsTheYearAndTheDate() {
        let tokens = Tokenizer.tokenize(Array("since last year's October 7 attack".unicodeScalars))
        let found = DateFinder.find(tokens, in: 0..<tokens.count)
        #expect(found.count == 1)
        #expect(found.first?.yearShift == -1)
        #expect(found.first?.kind == .partial(month: 10, day: 7))
    }
}
