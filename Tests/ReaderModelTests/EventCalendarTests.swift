import Testing
@testable import ReaderModel

/// The calendar's own dates ("Ramadan began March 10") are no events, and a plan told in the
/// past is for a day gone by.
@Suite struct EventCalendarTests {
    @Test func theStartAndEndOfAPeriodAreNoEvents() {
        let a = analyze([("a.txt", "Truce\n\nPublished: 25 March 2024\n\nRamadan began March 10 and ends April 9, which means that the truce the council demanded will last two weeks.")])
        #expect(!a.events.contains { $0.date?.iso == "2024-03-10" })
        #expect(!a.events.contains { $0.date?.month == 4 })
    }

    @Test func aPeriodWordWithoutItsVerbLeavesTheEventAlone() {
        let a = analyze([("a.txt", "Talks\n\nPublished: 25 March 2024\n\nThe talks began on March 10 in Tessaly.")])
        #expect(a.events.contains { $0.date?.iso == "2024-03-10" })
    }

    @Test func aPlanToldInThePastIsForTheDayGoneByAndDatesNothing() {
        // The Saturday it was scheduled for is a day gone by (not the next one), and not the day
        // of the vote: the vote is on the Monday it was delayed to.
        let a = analyze([("a.txt", "Vote delayed\n\nPublished: 25 March 2024\n\nThe vote was originally scheduled for Saturday morning, but its sponsors asked for a delay until Monday.")])
        #expect(!a.events.contains { $0.date?.iso == "2024-03-23" })
        #expect(!a.events.contains { $0.date?.iso == "2024-03-30" })
        #expect(a.events.contains { $0.type == "vote" && $0.date?.iso == "2024-03-25" })
    }

    @Test func aPlanStillToComeIsTheNextDay() {
        let a = analyze([("a.txt", "Vote ahead\n\nPublished: 25 March 2024\n\nThe vote is scheduled for Saturday morning.")])
        #expect(a.events.first { $0.type == "vote" }?.date?.iso == "2024-03-30")
    }
}
