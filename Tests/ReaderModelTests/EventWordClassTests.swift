import Testing
@testable import ReaderModel

/// Event words that need their neighbours: honours, leaving an organization, openings still to
/// come; and words that look like events but are not (published figures, "address the problem").
@Suite struct EventWordClassTests {
    func dated(_ body: String) -> [(type: String, date: String?)] {
        analyze([("a.txt", "Headline\n\n\(body)")]).events.map { ($0.type, $0.date?.iso) }
    }

    @Test(arguments: [
        "The composer, who received an OBE in 1998, lives in Marlow.",
        "She was awarded the Velkan Medal of Letters in 1998.",
        "Dan Ostra collected the lifetime award in 1998 from the academy.",
        "He was knighted in 1998 for services to music.",
    ])
    func anHonourIsAnEvent(body: String) {
        #expect(dated(body).contains { $0.type == "honour" && $0.date == "1998" })
    }

    @Test func receivingWithoutAnHonourIsNoEvent() {
        #expect(!dated("The council received 400 complaints in 1998.").contains { $0.date == "1998" })
    }

    @Test func leavingAnOrganizationIsADeparture() {
        #expect(dated("In 1982, Dan Ostra left Velkan Motors Ltd entirely.").contains { $0.type == "departure" && $0.date == "1982" })
        // Leaving a room, or leaving people dead, is not.
        #expect(!dated("In 1982 the storm left two people dead in Marlow.").contains { $0.type == "departure" })
    }

    @Test func anOpeningStillToComeIsPlanned() {
        let a = analyze([("a.txt", "Headline\n\nThe new 60,000-seat stadium in Marlow Park is set to open in 2027.")])
        let opening = a.events.first { $0.type == "release" }
        #expect(opening?.date?.iso == "2027")
        #expect(opening?.context == .planned)
        // "open" alone is an adjective or a verb of no event.
        #expect(dated("The open market in 2027 was busy.").isEmpty)
    }

    @Test func publishedFiguresAreNoEvent() {
        let evs = dated("Shoppers spent more in 2004, according to figures released by the trade body.")
        #expect(!evs.contains { $0.type == "release" })
    }

    @Test func aFiguresBaselineYearDatesNothing() {
        let evs = dated("Gamers spent £1bn in 2004, 7% more than they did in 2003, the trade body said.")
        #expect(!evs.contains { $0.date == "2003" })
        #expect(!dated("Sales fell 3% compared with the same period in 2003, the firm announced.").contains { $0.date == "2003" })
        // A number after "more than" is no comparison with the year: the killing keeps its date.
        #expect(dated("More than 20 people were killed in 2003 in the Marlow bombing.").contains { $0.date == "2003" })
    }

    @Test func addressingAProblemIsNoSpeech() {
        #expect(!dated("In 2004 the ministry addressed the problem of long waiting lists.").contains { $0.type == "statement" })
        #expect(dated("In 2004 the president addressed the nation from Marlow.").contains { $0.type == "statement" && $0.date == "2004" })
    }

    @Test func aForecastDoesNotDateTheSayingThatGivesIt() {
        let evs = dated("Sales are expected to fall in 2005, Velkan Motors said.")
        #expect(!evs.contains { $0.type == "statement" && $0.date == "2005" })
    }
}
