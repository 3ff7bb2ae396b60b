import Testing
@testable import ReaderModel

/// Figures and their attributions: a baseline after a superlative, a trailing "the bank said".
@Suite struct EventFigureAttributionTests {
    func dated(_ body: String) -> [(type: String, date: String?)] {
        analyze([("a.txt", "Headline\n\n\(body)")]).events.map { ($0.type, $0.date?.iso) }
    }

    @Test func aSuperlativeSinceADateIsABaseline() {
        let evs = dated("Loans fell to 77,000 in 2004, the lowest rate since September 1995, the central bank announced.")
        #expect(!evs.contains { $0.date?.hasPrefix("1995") == true })
        #expect(!dated("A takeover would be the fifth telecoms deal since October 2004, analysts said.").contains { $0.date?.hasPrefix("2004") == true })
        // A plain "since" still dates: "X has been in office since 2001" is no comparison.
        #expect(dated("The Velkan Front has attacked Marlow since 2001.").contains { $0.date == "2001" })
    }

    @Test func aTrailingAttributionIsNotDatedByTheClauseItAttributes() {
        let evs = dated("New loans fell to 77,000 in November 2004, the central bank said.")
        #expect(!evs.contains { $0.type == "statement" && $0.date == "2004-11" })
        // A day after the saying dates it.
        let told = dated("New loans fell to 77,000, the central bank said on 3 December 2004.")
        #expect(told.contains { $0.type == "statement" && $0.date == "2004-12-03" })
        // An event word in the clause keeps its date.
        #expect(dated("Gunmen attacked a convoy near Marlow in November 2004, officials said.").contains { $0.type == "attack" && $0.date == "2004-11" })
    }

    @Test func aSayingThatOpensAQuotationIsNoAttribution() {
        let evs = dated("When he refused to back the Marlow reform in 1968, he said: \u{201C}I am not going to resign.\u{201D}")
        #expect(evs.contains { $0.type == "statement" && $0.date == "1968" })
    }
}
