import Testing
@testable import ReaderModel

/// Merges by place on one exact day, undated reports joined to the recent event their victim
/// names, and the refusals that keep different events apart.
@Suite struct EventPlaceAndRecencyTests {
    func strikes(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    @Test func sameDaySamePlaceQuotedFromDifferentSourcesIsOneEvent() {
        let a = analyze([
            ("a.txt", "Depot hit\n\nA drone strike hit a fuel depot in Aleppo, Syria, on January 3, 2020, Reuters reported."),
            ("b.txt", "Fire at depot\n\nAccording to Al Jazeera, an air strike on a fuel depot in Aleppo, Syria, on January 3, 2020, started a large fire."),
        ])
        let events = strikes(a)
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
    }

    @Test func aSharedCountryAloneIsNotTheSamePlace() {
        let a = analyze([
            ("a.txt", "Depot hit\n\nA drone strike hit a fuel depot in Aleppo, Syria, on January 3, 2020, Reuters reported."),
            ("b.txt", "Strike in the south\n\nAccording to Al Jazeera, an air strike in Syria on January 3, 2020, hit a checkpoint."),
        ])
        #expect(strikes(a).count == 2)
    }

    @Test func samePlaceOnDaysFurtherApartStaysTwoEvents() {
        let a = analyze([
            ("a.txt", "Depot hit\n\nA drone strike hit a fuel depot in Aleppo, Syria, on January 3, 2020, Reuters reported."),
            ("b.txt", "Fire at depot\n\nAccording to Al Jazeera, an air strike on a fuel depot in Aleppo, Syria, on January 6, 2020, started a large fire."),
        ])
        #expect(strikes(a).count == 2)
    }

    @Test func anUndatedReportJoinsTheRecentEventItsVictimNames() {
        let a = analyze([
            ("a.txt", "Commander killed\n\nOn January 3, 2020, a drone strike in Aleppo killed Arvid Kessel of the Velkan Front."),
            ("b.txt", "Mourners gather\n\nPublished: 4 January 2020\n\nA drone killed Arvid Kessel of the Velkan Front in Aleppo, his followers say."),
        ])
        let events = strikes(a)
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
    }

    @Test func anUndatedReportInAMuchLaterArticleIsNotJoinedByRecency() {
        let a = analyze([
            ("a.txt", "Commander killed\n\nOn January 3, 2020, a drone strike in Aleppo killed Arvid Kessel of the Velkan Front."),
            ("b.txt", "Mourners gather\n\nPublished: 20 January 2020\n\nA drone killed Arvid Kessel of the Velkan Front in Aleppo, his followers say."),
        ])
        #expect(strikes(a).first?.documents == [0])
    }

    @Test func takingPlaceIsNoEventOfItsOwn() {
        let a = analyze([("a.txt", "Ceremony\n\nThe ceremony took place in Aleppo on January 3, 2020.")])
        #expect(!a.events.contains { $0.type == "appointment" })
    }
}

/// A vague report that names no one joins the only attack its date can mean, and no other.
@Suite struct VagueReportTests {
    func strikes(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    @Test func aYearOnlyAttackJoinsTheOnlyAttackThatYear() {
        let a = analyze([
            ("a.txt", "Bridge bombed\n\nOn 11 March 2019, a bomb attack damaged the old bridge in Aleppo, Syria."),
            ("b.txt", "Tourism slump\n\nThe bridge attack in 2019 kept visitors away for months."),
        ])
        let events = strikes(a)
        #expect(events.count == 1)
        #expect(events.first?.date?.iso == "2019-03-11")
        #expect(events.first?.documents == [0, 1])
    }

    @Test func aYearOnlyAttackStaysApartWhenTwoCouldBeMeant() {
        let a = analyze([
            ("a.txt", "Bridge bombed\n\nOn 11 March 2019, a bomb attack damaged the old bridge in Aleppo, Syria. On 2 June 2019, a rocket attack hit the market in Homs."),
            ("b.txt", "Tourism slump\n\nThe bridge attack in 2019 kept visitors away for months."),
        ])
        #expect(strikes(a).filter { $0.documents.contains(1) }.map(\.documents) == [[1]])
    }

    @Test func commonKindsAreNotJoinedByUniqueness() {
        let a = analyze([
            ("a.txt", "Final\n\nOn 11 March 2019, the Velkan Rovers won the cup final in Aleppo, Syria."),
            ("b.txt", "Season review\n\nThe team won the league in 2019 as well."),
        ])
        let wins = a.events.filter { $0.type == "victory" && $0.date != nil }
        #expect(wins.count == 2)
    }
}

/// The outbreak of violence is an event of that violence, not a founding.
@Suite struct OutbreakTests {
    @Test func aWarThatBeganIsAnAttack() {
        let a = analyze([("a.txt", "Border towns\n\nThe war began on 7 October 2023, officials recalled.")])
        #expect(a.events.contains { $0.type == "attack" && $0.date?.iso == "2023-10-07" })
        #expect(!a.events.contains { $0.type == "formation" })
    }

    @Test func otherThingsThatBeganStayFoundings() {
        let a = analyze([("a.txt", "Town news\n\nThe festival began on 7 October 2023, officials recalled.")])
        #expect(a.events.contains { $0.type == "formation" && $0.date?.iso == "2023-10-07" })
        #expect(!a.events.contains { $0.type == "attack" })
    }
}
