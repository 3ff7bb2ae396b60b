import Testing
@testable import ReaderModel

/// A day a plan told in the past was for, a date right before a background phrase, a weekday
/// with its date in parentheses, and an occasion named with its year ("the 1979 revolution").
@Suite struct EventPlanAndBackgroundDateTests {
    func events(_ body: String) -> [Event] {
        analyze([("a.txt", "Headline\n\nPublished: 7 February 2024\n\n\(body)")]).events
    }

    @Test func theDayAPastPlanWasForDatesNothing() {
        let evs = events("The vote was originally scheduled for Saturday, but it was delayed until Monday.")
        #expect(!evs.contains { $0.date?.iso == "2024-02-03" })
        #expect(evs.contains { $0.type == "vote" && $0.date?.iso == "2024-02-05" })
    }

    @Test func aDateBeforeABackgroundPhraseDatesItsEvent() {
        // The sentence has no event of its own: the date is when the fighting broke out.
        let evs = events("The country plunged into crisis in April last year after fighting erupted between the two armies.")
        #expect(evs.contains { $0.date?.iso == "2023-04" })
    }

    @Test func aYearlessMonthAfterABackgroundEventDatesIt() {
        // "since it captured Menaka last March": the background capture is of March 2023, the most
        // recent March before the article; it was dropped when only a date with its year counted.
        let evs = events("The army has advanced since it captured the city of Menaka last March.")
        #expect(evs.contains { $0.type == "capture" && $0.context == .background && $0.date?.iso == "2023-03" })
        let may = events("The advance was the army's biggest since it seized the town of Ansongo in May.")
        #expect(may.contains { $0.type == "capture" && $0.date?.iso == "2023-05" })
    }

    @Test func aWeekdayWithItsDateInParentheses() {
        let evs = events("He was in Marlow for the inauguration ceremony, and met the new president on Tuesday (January 30).")
        #expect(evs.contains { $0.type == "meeting" && $0.date?.iso == "2024-01-30" })
    }

    @Test func anOccasionNamedWithItsYear() {
        let evs = events("Hostility between the two states goes back to the 1979 Islamic Revolution.")
        #expect(evs.contains { $0.date?.iso == "1979" })
    }
}

/// The end of a span of dates is no happening.
@Suite struct DateRangeEndTests {
    @Test func theEndOfASpanDatesNothing() {
        let a = analyze([("a.txt", "Headline\n\nThe trust, set up when the single was released in 1985, handed out $144m between January 1985 and November 2004.")])
        #expect(!a.events.contains { $0.date?.iso == "2004-11" })
        #expect(a.events.contains { $0.type == "release" && $0.date?.iso == "1985" })
        let tokens = Tokenizer.tokenize(Array("between January 1985 and November 2004".unicodeScalars))
        let found = DateFinder.find(tokens, in: 0..<tokens.count)
        #expect(found.map(\.isRangeStart) == [true, false])
        #expect(found.map(\.isRangeEnd) == [false, true])
    }
}
