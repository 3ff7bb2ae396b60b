import Testing
@testable import ReaderModel

/// Firms, groups and bodies named without a word the old cue lists knew: two capitalized
/// words that are no one's name ("Harrowgate Dairy", "Velmont International"), a kind of
/// firm before the name ("bank Ostrell"), and the people beside them still people.
@Suite struct CompanyNameTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aTradeWordEndingTheNameMakesItAFirm() {
        let m = found("Shares in Harrowgate Dairy fell, while Quorran Energy and Velmont International rose. "
                      + "Talks at the Brisbane Economic Forum ended, and Tavish Garments closed its doors.")
        #expect(m["Harrowgate Dairy"] == .organization)
        #expect(m["Quorran Energy"] == .organization)
        #expect(m["Velmont International"] == .organization)
        #expect(m["Brisbane Economic Forum"] == .organization)
        #expect(m["Tavish Garments"] == .organization)
    }

    @Test func aKindOfFirmBeforeTheNameMakesItAFirm() {
        let m = found("He held talks with US bank Ostrell Fargan and the drinks magazine Cask Monthly. "
                      + "Italian side Verdona won, and news agency Kestrapress reported it.")
        #expect(m["Ostrell Fargan"] == .organization)
        #expect(m["Cask Monthly"] == .organization)
        #expect(m["Verdona"] == .organization)
        #expect(m["Kestrapress"] == .organization)
    }

    @Test func aSpokesmanAfterTheNameMakesItABody() {
        let m = found("A Drennick spokesman said the offer was too low.")
        #expect(m["Drennick"] == .organization)
    }

    @Test func moreGivenNamesMakeMorePeople() {
        // "Day" and "Field" end names of days and places too: the given name says a person.
        let m = found("The talks with Declan Day and Siobhan Field went on.")
        #expect(m["Declan Day"] == .person)
        #expect(m["Siobhan Field"] == .person)
    }
}
