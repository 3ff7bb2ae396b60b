import Testing
@testable import ReaderModel

/// Articles of one story (many of the same names) that each report one event of a kind on one
/// month or day report one event, even when no name ties the two sentences; a vague word
/// ("launched") joins the precise report of its day by a shared actor. Refusals: no shared story,
/// a choice between two events, places that do not meet, no shared actor for a vague word.
@Suite struct EventStoryMergeTests {
    let story = " Arvid Kessel, who runs the Velkan Front, met Oskar Brenn of Morvel Holdings in Tessaly."

    func events(_ a: Analysis, _ date: String) -> [Event] { a.events.filter { $0.date?.iso == date } }

    @Test func oneStoryOneMonthOneSaleIsOneEvent() {
        let a = analyze([
            ("a.txt", "Mill for sale\n\nThe Korvan mill was sold in June 2004 for $800m." + story),
            ("b.txt", "Sale reviewed\n\nIt was sold in June 2004 to a consortium led by its managers." + story)])
        #expect(events(a, "2004-06").count == 1)
        #expect(events(a, "2004-06").first?.documents == [0, 1])
    }

    @Test func withoutASharedStoryTwoSalesStayApart() {
        let a = analyze([
            ("a.txt", "Mill for sale\n\nThe Korvan mill was sold in June 2004 for $800m." + story),
            ("b.txt", "Shop sold\n\nIt was sold in June 2004 to a consortium led by its managers. Ilse Marten, who runs the Dresk Club, met Paulo Vance in Brindle.")])
        #expect(events(a, "2004-06").count == 2)
    }

    @Test func aChoiceBetweenTwoEventsIsNoMerge() {
        let a = analyze([
            ("a.txt", "Mill for sale\n\nThe Korvan mill was sold in June 2004 for $800m." + story),
            ("b.txt", "Sales reviewed\n\nIt was sold in June 2004 to a consortium led by its managers. Its port was also sold in June 2004, separately." + story)])
        #expect(events(a, "2004-06").allSatisfy { $0.documents.count == 1 })
    }

    @Test func placesThatDoNotMeetAreTwoEvents() {
        let a = analyze([
            ("a.txt", "Shelling\n\nPublished: 7 March 2024\n\nArtillery hit a market in Brindle on Tuesday, officials said." + story),
            ("b.txt", "Shelling\n\nPublished: 7 March 2024\n\nArtillery hit a school in Dorrow on Tuesday, officials said." + story)])
        #expect(events(a, "2024-03-05").count == 2)
    }

    @Test func aVagueWordJoinsThePreciseReportOfItsDayByItsActor() {
        let a = analyze([
            ("a.txt", "Offensive\n\nPublished: 7 March 2024\n\nThe Velkan Front began its offensive on Tuesday, its spokesman said." + story),
            ("b.txt", "Attack repelled\n\nPublished: 7 March 2024\n\nMost of the missiles in the Velkan Front's attack on Tuesday were shot down." + story)])
        let day = events(a, "2024-03-05")
        #expect(day.count == 1)
        #expect(day.first?.documents == [0, 1])
        #expect(day.first?.type == "attack")
    }

    @Test func aVagueWordWithoutASharedActorStaysApart() {
        let a = analyze([
            ("a.txt", "Album out\n\nPublished: 7 March 2024\n\nThe Dresk Players launched their album on Tuesday, the label said." + story),
            ("b.txt", "Attack repelled\n\nPublished: 7 March 2024\n\nMost of the missiles in the Velkan Front's attack on Tuesday were shot down." + story)])
        #expect(events(a, "2024-03-05").count == 2)
    }
}
