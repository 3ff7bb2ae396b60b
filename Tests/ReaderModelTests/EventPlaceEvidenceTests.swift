import Testing
@testable import ReaderModel

/// Where an event was, as evidence: a shared actor alone does not join two reports whose places do
/// not meet; a town and the region it lies in meet (known, or stated by an article).
@Suite struct EventPlaceEvidenceTests {
    func day(_ a: Analysis, _ iso: String) -> [Event] { a.events.filter { $0.date?.iso == iso && EventFamily.of($0.type) == "attack" } }

    @Test func oneActorInTwoPlacesOnOneDayIsTwoEvents() {
        let a = analyze([
            ("a.txt", "Market hit\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled a market in Brindle on Tuesday, officials said."),
            ("b.txt", "School hit\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled a school in Dorrow on Tuesday, officials said.")])
        #expect(day(a, "2024-03-05").count == 2)
    }

    @Test func oneActorInOnePlaceOnOneDayIsOneEvent() {
        let a = analyze([
            ("a.txt", "Market hit\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled a market in Brindle on Tuesday, officials said."),
            ("b.txt", "Market hit\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled Brindle on Tuesday, killing four.")])
        #expect(day(a, "2024-03-05").count == 1)
    }

    @Test func aTownAndTheRegionAnArticleSaysItLiesInMeet() {
        let a = analyze([
            ("a.txt", "Market hit\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled a market in Brindle, a town in Dorrow province, on Tuesday, officials said."),
            ("b.txt", "Region shelled\n\nPublished: 7 March 2024\n\nThe Velkan Front shelled Dorrow on Tuesday, officials said."),
            ("c.txt", "Town shelled\n\nPublished: 8 March 2024\n\nThe Velkan Front shelled Brindle on Monday night, officials said.")])
        let strikes = a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
        #expect(strikes.count == 1)
        #expect(strikes.first?.documents == [0, 1, 2])
    }

    @Test func articlesStateContainmentInCommonForms() {
        #expect(PlaceContainment.statesContainment(["in"]))
        #expect(PlaceContainment.statesContainment(["in", "northern"]))
        #expect(PlaceContainment.statesContainment([",", "a", "village", "in"]))
        #expect(PlaceContainment.statesContainment(["village", "in", "the"]))
        #expect(PlaceContainment.statesContainment(["in", "the", "south", "of"]))
        #expect(!PlaceContainment.statesContainment([","]))
        #expect(!PlaceContainment.statesContainment(["and"]))
        #expect(!PlaceContainment.statesContainment(["near"]))
        #expect(!PlaceContainment.statesContainment(["to"]))
    }

    @Test func containmentIsTransitiveAndDirected() {
        var c = PlaceContainment()
        c.add(1, in: 2)
        c.add(2, in: 3)
        #expect(c.lies(1, in: 3))
        #expect(!c.lies(3, in: 1))
        #expect(c.meet([1], [3]) && c.meet([3], [1]) && c.meet([], [4]))
        #expect(!c.meet([1], [4]))
    }

    @Test func knownTownsLieInTheirRegion() {
        let pairs = PlaceContainment.pairs("# c\nDeir al-Balah: Gaza\nbad line\n")
        #expect(pairs.count == 1 && pairs[0].inner == "deir al-balah" && pairs[0].outer == "gaza")
        #expect(PlaceContainment.bundledPairs.contains { $0.inner == "deir al-balah" && $0.outer == "gaza" })
        let a = analyze([
            ("a.txt", "Convoy hit\n\nPublished: 2 April 2024\n\nAn airstrike hit an aid convoy in Deir al-Balah on Monday, killing seven workers of the Korvan Relief Fund."),
            ("b.txt", "Aid halted\n\nPublished: 2 April 2024\n\nThe Korvan Relief Fund said an airstrike in Gaza killed seven of its workers on Monday.")])
        let strikes = day(a, "2024-04-01")
        #expect(strikes.count == 1)
        #expect(strikes.first?.documents == [0, 1])
    }
}

/// Reports in articles without a date join the one event other articles date that their names and
/// story tie them to; never where two dated events fit as well, nor without a shared story.
@Suite struct EventUndatedArticleTests {
    let dated = ("a.txt", "Village attacked\n\nPublished: 6 June 2024\n\nFighters of the Velkan Front killed more than a hundred villagers in Tessel, a village in Dorrow state, on Wednesday, residents said. Arvid Kessel, a Velkan Front commander, denied it. Oskar Brenn of the Korvan Relief Fund called for an inquiry.")

    func massacre(_ a: Analysis) -> Event? { a.events.first { $0.date?.iso == "2024-06-05" && EventFamily.of($0.type) == "attack" } }

    @Test func anUndatedArticleOfTheStoryJoinsTheDatedEvent() {
        let a = analyze([dated,
            ("b.txt", "Massacre in Dorrow\n\nVelkan Front fighters massacred villagers in Tessel. Arvid Kessel denied the charge and Oskar Brenn called for an inquiry.")])
        #expect(massacre(a)?.documents == [0, 1])
    }

    @Test func withoutASharedStoryItStaysUndated() {
        let a = analyze([dated,
            ("b.txt", "Raid\n\nVelkan Front fighters killed villagers in Tessel. Ilse Marten of the Dresk Club spoke to Paulo Vance.")])
        #expect(massacre(a)?.documents == [0])
    }

    @Test func twoDatedEventsThatFitAsWellAreNoChoice() {
        let a = analyze([
            ("a.txt", dated.1 + " The Velkan Front also killed villagers in Tessel on 20 May 2024."),
            ("b.txt", "Villagers dead\n\nVelkan Front fighters massacred villagers in Tessel. Arvid Kessel denied the charge and Oskar Brenn called for an inquiry.")])
        #expect(massacre(a)?.documents == [0])
    }

    @Test func lastWednesdayGivesNoDateToItsArticle() {
        // 2024-06-12 was a Wednesday: an article saying "last Wednesday" of it was written a week or more later.
        let a = analyze([
            ("a.txt", "Tanker hit\n\nPublished: 13 June 2024\n\nA missile fired by the Velkan Front struck a tanker in the Strait of Morvel on Wednesday, killing two sailors, officials said."),
            ("b.txt", "Tanker sinks\n\nThe tanker sank in the Strait of Morvel. A Velkan Front missile hit the tanker in the Strait of Morvel last Wednesday.")])
        #expect(a.documents[1].date == nil)
        #expect(a.events.first { $0.date?.iso == "2024-06-12" && EventFamily.of($0.type) == "attack" }?.documents == [0, 1])
    }
}
