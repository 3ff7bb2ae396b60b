import Testing
@testable import ReaderModel

/// The small hours of "last night", "this evening", "would … on Thursday", and a day that
/// dates the saying, not what it reports (7 February 2024 is a Wednesday).
@Suite struct SayingAndNightTests {
    @Test(arguments: [
        ("At 2 a.m. last night, a drone strike killed Oskar Brenn in Homs.", "2024-02-07"),
        ("A drone strike killed Oskar Brenn in Homs at around 1am last night.", "2024-02-07"),
        ("Shortly after midnight last night, a drone strike killed Oskar Brenn in Homs.", "2024-02-07"),
        ("At 9 p.m. last night, a drone strike killed Oskar Brenn in Homs.", "2024-02-06"),
        ("A drone strike killed Oskar Brenn in Homs last night.", "2024-02-06"),
        ("A drone strike killed Oskar Brenn in Homs this morning.", "2024-02-07"),
        ("The Velkan Front confirmed this evening the death of Oskar Brenn.", "2024-02-07"),
    ])
    func nightsAndPartsOfTheDay(body: String, expected: String) {
        #expect(datedEvents(body).first { $0.date != nil }?.date == expected)
    }

    @Test func wouldLooksAheadToTheNextWeekday() {
        let e = datedEvents("The Velkan Front announced that Mira Tollan would address her followers on Thursday during the funeral.")
            .first { $0.type == "funeral" }
        #expect(e?.date == "2024-02-08")
        #expect(e?.context == .planned)
    }

    @Test func wouldHaveStaysInThePast() {
        let e = datedEvents("On Friday, a vote that would have ended the siege failed in the council.").first { $0.type == "vote" }
        #expect(e?.date == "2024-02-02")
    }

    @Test func theDayAfterASayingDatesTheSaying() {
        // Said on Wednesday; the killing it reports is not dated by that day.
        let events = datedEvents("The Velkan Front said on Wednesday that Oskar Brenn was killed in a drone strike in Homs.")
        #expect(events.filter { $0.date != nil }.map(\.type) == ["statement"])
        #expect(events.first { $0.date != nil }?.date == "2024-02-07")
    }
}

/// Victims named only in a background phrase, and places a day apart.
@Suite struct EventVictimAndPlaceTests {
    func violent(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    @Test func aVictimNamedInABackgroundPhraseDoesNotPullTheNextKillingIn() {
        // Article a names Oskar Brenn only as the time of its strike; his killing, which b reports
        // a day later and a names as background, is another event.
        let a = analyze([
            ("a.txt", "Strike\n\nA drone strike hit a depot in Homs on 3 March 2021, hours before the assassination of Oskar Brenn."),
            ("b.txt", "Officer killed\n\nOskar Brenn was assassinated in Aleppo on 4 March 2021, the Velkan Front said."),
        ])
        let events = violent(a)
        #expect(events.count == 2)
        #expect(events.first { $0.date?.iso == "2021-03-03" }?.documents == [0])
        #expect(events.first { $0.date?.iso == "2021-03-04" }?.documents == [0, 1])
        #expect(events.first { $0.date?.iso == "2021-03-03" }?.places.map { a.entities[$0].name } == ["Homs"])
    }

    @Test func aDayAwayInAnotherPlaceIsAnotherEvent() {
        let a = analyze([
            ("a.txt", "Strike\n\nThe Velkan Front attacked a depot in Homs on 3 March 2021."),
            ("b.txt", "Strike\n\nThe Velkan Front attacked a checkpoint in Aleppo on 4 March 2021."),
        ])
        #expect(violent(a).count == 2)
    }

    @Test func aDayAwayInTheSamePlaceIsOneEvent() {
        let a = analyze([
            ("a.txt", "Strike\n\nThe Velkan Front attacked a depot in Homs on 3 March 2021."),
            ("b.txt", "Strike\n\nThe Velkan Front attacked a depot in Homs on 4 March 2021."),
        ])
        #expect(violent(a).count == 1)
    }
}

/// "Last weekend", regions as shared places, "confirmed" as a saying, passive sentences without a
/// named subject, and the victim a reference names.
@Suite struct EventWeekendAndRegionTests {
    func violent(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    @Test func lastWeekendIsLastWeek() {
        #expect(dateOf("attack", in: "The Velkan Front attacked a depot near Homs last weekend.") == "week of 2024-01-29")
    }

    @Test func aRegionIsAPlaceTwoReportsCanShare() {
        let a = analyze([
            ("a.txt", "Rocket\n\nA rocket attack on the Golan Heights on 27 July 2024 killed twelve children, officials said."),
            ("b.txt", "Blame\n\nThey accused the Velkan Front of an attack on the Golan Heights on 27 July 2024."),
        ])
        #expect(violent(a).count == 1)
        #expect(violent(a).first?.documents == [0, 1])
    }

    @Test func confirmingIsASayingWithItsOwnDay() {
        let events = datedEvents("The Velkan Front confirmed on Wednesday that Oskar Brenn was killed in a drone strike in Homs.")
        #expect(events.filter { $0.date != nil }.map(\.type) == ["statement"])
    }

    @Test func aPassiveWithoutANamedSubjectHasNoVictim() {
        let a = analyze([("a.txt", "Guards\n\nThey were killed in Homs on 3 March 2021, the press office of the Velkan Front said.")])
        let event = violent(a).first
        #expect(event != nil)
        #expect(event?.patient == nil)
    }

    @Test func aReferenceJoinsTheEventWhoseVictimItNamesNotTheOneTheVictimOrdered() {
        // Oskar Brenn ordered the first attack and was killed in the second: "after the killing of
        // Oskar Brenn" is the second.
        let a = analyze([
            ("a.txt", "Market attack\n\nOskar Brenn ordered the attack on the Homs market on 1 March 2021, the Velkan Front said."),
            ("b.txt", "Brenn killed\n\nOskar Brenn was killed in a drone strike in Aleppo on 4 March 2021."),
            ("c.txt", "Talks\n\nTalks resumed in Geneva after the killing of Oskar Brenn."),
        ])
        let killing = violent(a).first { $0.date?.iso == "2021-03-04" }
        #expect(killing?.documents == [1, 2])
    }
}

/// A yearless date after a dated month in one sentence.
@Suite struct YearlessSequenceTests {
    @Test func anEarlierMonthAfterADatedMonthIsTheNextYear() {
        let a = analyze([("a.txt", "Obituary\n\nArvid Kessel was diagnosed in December 2004 with cancer and died on 26 February at his home in Homs.")])
        #expect(a.events.first { $0.type == "death" }?.date?.iso == "2005-02-26")
    }

    @Test func aLaterMonthKeepsTheYear() {
        let a = analyze([("a.txt", "Obituary\n\nArvid Kessel was diagnosed in February 2004 with cancer and died on 26 December at his home in Homs.")])
        #expect(a.events.first { $0.type == "death" }?.date?.iso == "2004-12-26")
    }

    @Test func withADateLineToo() {
        let a = analyze([("a.txt", "Obituary\n\nPublished: 1 March 2005\n\nArvid Kessel was diagnosed in December 2004 with cancer and died on 26 February at his home in Homs.")])
        #expect(a.events.first { $0.type == "death" }?.date?.iso == "2005-02-26")
    }
}
