import Testing
@testable import ReaderModel

/// Conditions after the event word, figures that pass a mark, designations, and a yearless
/// month in an undated article that takes the year its sentence names later.
@Suite struct EventConditionAndFigureTests {
    func events(_ body: String, dateLine: String = "") -> [Event] {
        analyze([("a.txt", "Headline\n\n\(dateLine.isEmpty ? "" : dateLine + "\n\n")\(body)")]).events
    }

    @Test func aConditionAfterTheEventWordIsHypothetical() {
        let strike = events("Union leaders warned that a strike would end the talks.", dateLine: "Published: 7 February 2024")
            .first { $0.type == "attack" }
        #expect(strike?.context == .hypothetical)
        // A report of what is to come stays planned.
        let vote = events("Officials said the vote would take place on Monday.", dateLine: "Published: 7 February 2024")
            .first { $0.type == "vote" }
        #expect(vote?.context == .planned)
    }

    @Test func aFigurePassingAMarkIsNoVote() {
        #expect(!events("Phone sales passed 167 million in the third quarter of 2004.").contains { $0.type == "vote" })
        #expect(events("Parliament passed the Velkan Budget Act in 2004.").contains { $0.type == "vote" && $0.date?.iso == "2004" })
    }

    @Test func aDesignationAndAWritingAreEvents() {
        #expect(events("The United States designated the Velkan Front a terrorist organisation in 2018.")
            .contains { $0.type == "sanction" && $0.date?.iso == "2018" })
        #expect(events("The critic Dan Ostra wrote in 2018 that the chef had changed the city.")
            .contains { $0.type == "statement" && $0.date?.iso == "2018" })
    }

    @Test func aYearlessMonthTakesTheYearItsSentenceNamesLater() {
        let evs = events("The game, released in November, pushed console sales up in the last two months of 2004.")
        #expect(evs.contains { $0.type == "release" && $0.date?.iso == "2004-11" })
        // With the article's date, the month is the last November before it, as before.
        let dated = events("The game, released in November, pushed console sales up in the last two months of 2004.",
                           dateLine: "Published: 7 February 2024")
        #expect(dated.contains { $0.type == "release" && $0.date?.iso == "2023-11" })
    }
}
