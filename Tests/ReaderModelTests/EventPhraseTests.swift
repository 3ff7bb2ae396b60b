import Testing
@testable import ReaderModel

/// Events two words make together, words the next one undoes, and a month whose year is
/// counted from the article's ("in March this year").
@Suite struct EventPhraseTests {
    func events(_ body: String) -> [Event] {
        analyze([("a.txt", "Headline\n\nPublished: 7 February 2024\n\n\(body)")]).events
    }

    @Test func steppingDownIsADeparture() {
        #expect(events("The minister stepped down in March 2023 after the vote.").contains { $0.type == "departure" && $0.date?.iso == "2023-03" })
        #expect(events("Fighting broke out in Marlow on Sunday.").contains { $0.type == "attack" && $0.date?.iso == "2024-02-04" })
    }

    @Test func rulingOutIsNoRuling() {
        #expect(!events("On Monday the minister ruled out a second term.").contains { $0.type == "legal" })
        #expect(events("On Monday the court ruled that the ban was unlawful.").contains { $0.type == "legal" && $0.date?.iso == "2024-02-05" })
    }

    @Test func aMonthWithThisOrLastYear() {
        #expect(events("The army recaptured Marlow in March last year.").contains { $0.date?.iso == "2023-03" })
        #expect(events("The army recaptured Marlow in January this year.").contains { $0.date?.iso == "2024-01" })
    }

    @Test func conflictWordsAreEvents() {
        #expect(events("Gunmen ambushed a convoy near Marlow on Monday.").contains { $0.type == "attack" && $0.date?.iso == "2024-02-05" })
        #expect(events("A ceasefire took effect on Monday across the Velkan front.").contains { $0.type == "agreement" && $0.date?.iso == "2024-02-05" })
        #expect(events("Four hostages were freed on Monday in Marlow.").contains { $0.type == "release" && $0.date?.iso == "2024-02-05" })
    }
}
