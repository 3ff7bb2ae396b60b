import Testing
@testable import ReaderModel

/// Occasions named before their date ("the Beijing Olympics in 2008"), and periods that are no events.
@Suite struct EventOccasionTests {
    @Test func anOccasionBeforeInAndADateIsAnEventOfThatDate() {
        let a = analyze([("a.txt", "Title\n\nThe runner has been sidelined since the European Cup in Poland in June 2004. She hopes to compete at the Beijing Olympics in 2008.")])
        #expect(a.events.contains { $0.type == "contest" && $0.date?.iso == "2004-06" })
        #expect(a.events.contains { $0.type == "contest" && $0.date?.iso == "2008" })
    }

    @Test func aPlannedOccasionIsMarkedPlanned() {
        let a = analyze([("a.txt", "Title\n\nMarta Quell insists she will return to the Davis Cup in 2006.")])
        #expect(a.events.first { $0.type == "contest" && $0.date?.iso == "2006" }?.context == .planned)
    }

    @Test func lowerCaseGamesAndWorksAreNoOccasions() {
        let a = analyze([("a.txt", "Title\n\nShoppers spent more on games in 2004. The band released a record in 2004 that sold well.")])
        #expect(!a.events.contains { $0.type == "contest" })
    }

    @Test func theStartOfAPeriodIsNoEvent() {
        let a = analyze([("a.txt", "Title\n\nHe coached the side to four titles between 1965 and 1971 and to a European Cup in 1972.")])
        #expect(!a.events.contains { $0.date?.iso == "1965" })
        #expect(a.events.contains { $0.date?.iso == "1972" })
    }
}
