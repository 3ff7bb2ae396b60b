import Testing
@testable import ReaderModel

/// What a quotation says: dated by its own dates only, and an event only where it is dated.
@Suite struct EventQuotationTests {
    @Test func aDateInsideAQuotationDatesWhatTheSpeakerSays() {
        let a = analyze([("a.txt", "Captain praises team\n\n\"We had little luck until 1999, when we qualified for the final round. We beat Norway in 2002,\" said Marta Quell.")])
        let dated = a.events.filter { $0.date != nil }
        #expect(dated.contains { $0.type == "victory" && $0.date?.iso == "1999" })
        #expect(dated.contains { $0.type == "victory" && $0.date?.iso == "2002" })
    }

    @Test func aDateOutsideAQuotationDoesNotDateWhatItSays() {
        let a = analyze([("a.txt", "Title\n\nIn 2022 the Velkan Front said \u{201C}we bombed them\u{201D}.")])
        #expect(!a.events.contains { $0.type == "attack" && $0.date != nil })
        #expect(a.events.contains { $0.type == "statement" && $0.date?.iso == "2022" })
    }

    @Test func anUndatedQuotationMakesNoEvent() {
        let a = analyze([("a.txt", "Title\n\n\u{201C}They attacked our convoy and we will respond,\u{201D} a spokesman said.")])
        #expect(!a.events.contains { $0.type == "attack" })
    }

    @Test func aQuotationOverSeveralSentencesKeepsItsOwnDates() {
        let a = analyze([("a.txt", "Title\n\n\"He joined us in 2003. He was appointed captain in 2005,\" the coach said on Monday.")])
        #expect(a.events.contains { $0.type == "appointment" && $0.date?.iso == "2005" })
        #expect(a.events.contains { $0.type == "appointment" && $0.date?.iso == "2003" })
    }
}
