import Testing
@testable import ReaderModel

/// Victims named through appositives, titles and possessives; what a background phrase names
/// and dates; and an undated "after the killing of X" joining X's killing, not an event X only took part in.
@Suite struct EventRolesAndBackgroundTests {
    func name(_ a: Analysis, _ i: Int?) -> String? { i.map { a.entities[$0].name } }

    @Test func thePassiveSubjectStandsBeforeItsAppositives() {
        let a = analyze([("a.txt", "Title\n\nArvid Kessel, the Velkan Front’s senior commander and an adviser to Marta Quell, was killed in Aleppo on January 3, 2020. Later, Tomas Brel, the head of the Dunmere Brigades, who had come to Aleppo for talks with Ilse Varga, was killed on January 9, 2020.")])
        #expect(name(a, a.events.first { $0.date?.iso == "2020-01-03" }?.patient) == "Arvid Kessel")
        #expect(name(a, a.events.first { $0.date?.iso == "2020-01-09" && $0.type == "killing" }?.patient) == "Tomas Brel")
    }

    @Test func aTitleBetweenTheGroupAndThePersonNamesThePerson() {
        let a = analyze([("a.txt", "Title\n\nOn January 3, 2020, a drone strike in Aleppo killed the Velkan Front’s most senior military commander, Arvid Kessel.")])
        #expect(name(a, a.events.first { $0.date?.iso == "2020-01-03" }?.patient) == "Arvid Kessel")
    }

    @Test func aPossessiveBeforeAKillingIsItsVictim() {
        let a = analyze([("a.txt", "Title\n\nOn January 3, 2020, Marta Quell’s killing shocked Aleppo.")])
        let e = a.events.first { $0.date?.iso == "2020-01-03" }
        #expect(name(a, e?.patient) == "Marta Quell")
        #expect(e?.agent == nil)
    }

    @Test func theDateOfABackgroundPhraseDatesNothingOutsideIt() {
        let a = analyze([("a.txt", "Title\n\nPublished: 9 January 2024\n\nNobody claimed Marta Quell’s killing, but the Velkan Front had vowed revenge following the group’s Oct. 7 attack on Tessaly.")])
        #expect(!a.events.contains { $0.type == "killing" && $0.date != nil })
        #expect(a.events.contains { $0.type == "attack" && $0.date?.iso == "2023-10-07" && $0.context == .background })
    }

    @Test func aYearAFewWordsAfterADayAndMonthIsItsYear() {
        let a = analyze([("a.txt", "Title\n\nShe worked on a film about the last men pulled from the rubble following the 11 September attacks in 2001.")])
        #expect(a.events.contains { $0.type == "attack" && $0.date?.iso == "2001-09-11" })
        #expect(!a.events.contains { $0.type != "attack" && $0.date != nil })
    }

    @Test func anUndatedMentionAfterAnotherKillingJoinsTheKillingOfItsVictim() {
        let a = analyze([
            ("a.txt", "Commander killed\n\nPublished: 3 January 2020\n\nA drone strike in Aleppo on Friday killed Arvid Kessel, the Velkan Front's top commander."),
            ("b.txt", "Front blamed\n\nPublished: 30 December 2019\n\nOfficials said Arvid Kessel and the Velkan Front ordered the attack on Tessaly on Saturday."),
            ("c.txt", "Leader killed\n\nPublished: 4 January 2020\n\nMarta Quell was killed in Dunmere on Saturday. Quell’s killing came just hours after the Velkan Front said it had killed the group’s top official, Arvid Kessel, in a drone strike."),
        ])
        let killing = a.events.first { $0.date?.iso == "2020-01-03" && EventFamily.of($0.type) == "attack" }
        #expect(killing?.documents == [0, 2])
        #expect(!(a.events.first { $0.date?.iso == "2019-12-28" }?.documents.contains(2) ?? false))
    }
}
