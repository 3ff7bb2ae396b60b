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

    @Test func aCapitalTheBeforeABandOrPaperIsPartOfItsName() {
        let m = found("The prize went to indie band The Velvet Hounds, and the Brindleshire paper The Courier Mercury "
                      + "reported it. The firm, Tallow Warehouse, said nothing.")
        #expect(m["The Velvet Hounds"] == .organization)
        #expect(m["Tallow Warehouse"] == .organization)
    }

    @Test func aSentenceOpeningTheStaysOutside() {
        let m = found("The Velvet Hounds band split. Fans of the Velvet Hounds band wept.")
        #expect(m["Velvet Hounds"] == .organization)
        #expect(m["The Velvet Hounds"] == nil)
    }

    @Test func twoSubjectsJoinedBeforeAKindNounAreOneBody() {
        let m = found("The strike was called by the Haulage and General Porters Union, and the Seed and Grain Authority agreed. "
                      + "Talks between the Velmonts and the Ostrell Union failed, as did those of the UK and Brindle Association.")
        #expect(m["Haulage and General Porters Union"] == .organization)
        #expect(m["Seed and Grain Authority"] == .organization)
        #expect(m["Ostrell Union"] == .organization)
        #expect(m["UK"] == .place)
        #expect(m["UK and Brindle Association"] == nil)
    }

    @Test func oneOfSomeFirmsMakesAFirm() {
        let m = found("Last year it tried to buy Glenharrow, one of Scotland's premier whisky firms, but lost out.")
        #expect(m["Glenharrow"] == .organization)
    }

    @Test func aCapitalNamedInApposition() {
        let m = found("He spoke at a news briefing in the capital, Marvessa, on Monday.")
        #expect(m["Marvessa"] == .place)
    }
}
