import Testing
@testable import ReaderModel

/// Team sheets at the foot of match reports, and players named by their first name alone.
@Suite struct TeamSheetTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func everyNameOnATeamSheetIsAPlayer() {
        let m = found("Tavoni scored twice as Carvellan won at home.\n\n"
                      + "K Tavoni (capt); Brendisi, Morrow, Quell, D Ashcombe-Pyne; Velloti, van der Strand.\n\n"
                      + "Replacements: Orsk, Pellacini, Ruddle, Yarrow, Denholme.")
        for name in ["K Tavoni", "Brendisi", "Morrow", "Quell", "D Ashcombe-Pyne", "Velloti", "van der Strand",
                     "Orsk", "Pellacini", "Ruddle", "Yarrow", "Denholme"] {
            #expect(m[name] == .person, "\(name)")
        }
        // "(capt)" is no name, and "Replacements" is the label.
        #expect(m["capt"] == nil)
        #expect(m["Replacements"] == nil)
    }

    @Test func aListOfCountriesOrClubsIsNoTeamSheet() {
        let m = found("The draw was made.\n\nFiji (3), Australia (6), Canada, Portugal, Japan, Hong Kong.\n\n"
                      + "Grendle, Harwick, Ossery, Lumley.")
        #expect(m["Fiji"] == .place)
        #expect(m["Canada"] == .place)
        // Four names are too few for a team.
        #expect(m["Grendle"] == nil)
    }

    @Test func aSentenceWithCommasIsNoTeamSheet() {
        let m = found("He played for Ostrava, then Brindle, then Colworth, and later, happily, for Marrow.")
        #expect(m["Marrow"] != .person)
        #expect(m["Brindle"] != .person)
    }

    @Test func aGivenNameAloneIsAPerson() {
        // Two Declans here: which one is meant is the linker's question, that he is someone is not.
        let m = found("The club will not sell Declan Varro or Declan Oakridge. \"We can't keep Declan against his will,\" "
                      + "the chairman said.")
        #expect(m["Declan"] == .person)
    }

    @Test func aFirstNameAloneJoinsThePersonWhoBearsItAsWritten() {
        // "Steve" is a familiar "Steven", but written as "Steven" it is Steven Varro's.
        let a = analyze([("a.txt", "Headline\n\nThe club kept Steven Varro and met Steve Oakridge. "
                                   + "\"We can't keep Steven against his will,\" the chairman said. \"Steve was patient.\"")])
        #expect(entity(a, "Steven")?.id == entity(a, "Steven Varro")?.id)
        #expect(entity(a, "Steve")?.id == entity(a, "Steve Oakridge")?.id)
        #expect(entity(a, "Steven Varro")?.id != entity(a, "Steve Oakridge")?.id)
    }
}
