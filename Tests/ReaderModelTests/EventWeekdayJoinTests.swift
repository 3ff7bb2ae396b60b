import Testing
@testable import ReaderModel

/// A report in an article without a date ("the missile struck the tanker on Wednesday") joins the
/// one event other articles date on that weekday when it shares its names; another weekday, too
/// few shared names, or two events that fit keep it apart.
@Suite struct EventWeekdayJoinTests {
    // 2024-03-06 was a Wednesday.
    let dated = ("a.txt", "Tanker hit\n\nPublished: 7 March 2024\n\nA missile fired by the Velkan Front struck a tanker in the Strait of Morvel on Wednesday, killing two sailors, officials said.")

    func strike(_ a: Analysis) -> Event? { a.events.first { $0.date?.iso == "2024-03-06" && EventFamily.of($0.type) == "attack" } }

    @Test func anUndatedReportOfTheWeekdayWithTheSameNamesJoins() {
        let a = analyze([dated,
            ("b.txt", "Sailors dead\n\nThe Velkan Front confirmed the missile attack in the Strait of Morvel on Wednesday evening. Two crew members died.")])
        #expect(strike(a)?.documents == [0, 1])
    }

    @Test func theWeekdayTellsWhichOfTwoEventsAReferenceMeans() {
        // 2 March 2024 was a Saturday: "the attack on Wednesday" is the strike of the 6th.
        let a = analyze([
            ("a.txt", dated.1 + " The Velkan Front also attacked a convoy in Tessaly on 2 March."),
            ("b.txt", "Claim\n\nThe Velkan Front confirmed the attack on Wednesday evening.")])
        #expect(strike(a)?.documents == [0, 1])
        #expect(a.events.first { $0.date?.iso == "2024-03-02" }?.documents == [0])
    }

    @Test func aNightAcrossTimeZonesIsADayAway() {
        let a = analyze([dated,
            ("b.txt", "Sailors dead\n\nA Velkan Front missile hit a tanker in the Strait of Morvel on Tuesday night.")])
        #expect(strike(a)?.documents == [0, 1])
    }

    @Test func anotherWeekdayIsAnotherEvent() {
        let a = analyze([dated,
            ("b.txt", "Port shelled\n\nA Velkan Front missile hit a tanker in the Strait of Morvel on Saturday.")])
        #expect(strike(a)?.documents == [0])
    }

    @Test func oneSharedNameIsNotEnough() {
        let a = analyze([dated,
            ("b.txt", "Port shelled\n\nA missile hit a warehouse in the Strait of Morvel on Wednesday.")])
        #expect(strike(a)?.documents == [0])
    }

    @Test func anArticleWithADateIsDatedByItsOwnWeekday() {
        // Its Wednesday is 2024-05-08: its own event, not the one of March.
        let a = analyze([dated,
            ("b.txt", "Another tanker\n\nPublished: 9 May 2024\n\nA Velkan Front missile hit a tanker in the Strait of Morvel on Wednesday.")])
        #expect(strike(a)?.documents == [0])
    }

    @Test func anArticleTiedByItsWeekdayTakesTheEventsDayAsItsInferredDate() {
        let a = analyze([dated,
            ("b.txt", "Sailors dead\n\nA Velkan Front missile hit a tanker in the Strait of Morvel on Wednesday. The group began its campaign against shipping in late October.")])
        #expect(a.documents[1].date?.iso == "2024-03-06")
        #expect(a.documents[1].dateInferred)
        // Its other dates are read against it: "late October" is the October before.
        #expect(a.events.contains { $0.date?.iso == "2023-10" && $0.documents == [1] })
        #expect(strike(a)?.documents == [0, 1])
    }

    @Test func anArticleWhoseWeekdaysPointToNoDatedEventStaysUndated() {
        let a = analyze([dated,
            ("b.txt", "Port shelled\n\nA Velkan Front missile hit a tanker in the Strait of Morvel on Saturday. The group began its campaign in late October.")])
        #expect(a.documents[1].date == nil)
        #expect(!a.events.contains { $0.documents == [1] && $0.date != nil })
    }
}

/// "The Tuesday evening attack on Brindle", in an article without a date, names its event by weekday
/// and place only: it joins the one event of that weekday other articles place there.
@Suite struct EventWeekdayPlaceReferenceTests {
    // 2023-06-27 was a Tuesday.
    let dated = ("a.txt", "City hit\n\nPublished: 28 June 2023\n\nA missile struck a crowded restaurant in Brindle on Tuesday evening, killing nine people, officials said.")

    @Test func aWeekdayReferenceNamingOnlyThePlaceJoins() {
        let a = analyze([dated, ("b.txt", "Toll rises\n\nRescuers searched the rubble. The Tuesday evening attack on Brindle wounded another 56 people.")])
        #expect(a.events.first { $0.date?.iso == "2023-06-27" && EventFamily.of($0.type) == "attack" }?.documents == [0, 1])
    }

    @Test func anotherPlaceIsAnotherEvent() {
        let a = analyze([dated, ("b.txt", "Toll rises\n\nRescuers searched the rubble. The Tuesday evening attack on Dorrow wounded another 56 people.")])
        #expect(a.events.first { $0.date?.iso == "2023-06-27" && EventFamily.of($0.type) == "attack" }?.documents == [0])
    }
}
