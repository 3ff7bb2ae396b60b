import Testing
@testable import ReaderModel

/// Cues for names news writes without a cue word in the name: initials, a kind noun or a
/// capitalized title around the name, occupations before it; and words that look like names
/// but are not (spelt-out numbers, acronyms of ordinary things, a year's film).
@Suite struct EntityCuesTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aSpeltOutNumberOpeningASentenceIsNoName() {
        let m = found("Fifty new towns will be named on Monday. Twelve people applied in Hallworth.")
        #expect(m["Fifty"] == nil)
        #expect(m["Twelve"] == nil)
        #expect(m["Hallworth"] != nil)
    }

    @Test func anAcronymSpeltOutInLowerCaseNamesNothing() {
        let m = found("Councils hired more neighbourhood warden teams (NWTs) this year, and NWTs patrol at night. "
                      + "Anti-social conduct orders (Ascos) rose too. The Quarry Workers Federation (QWF) objected and the QWF will strike.")
        #expect(m["NWTs"] == nil)
        #expect(m["Ascos"] == nil)
        #expect(m["QWF"] == .organization)
        #expect(m["Quarry Workers Federation"] == .organization)
    }

    @Test func aKindNounAndACommaNameABodyOnlyWhenTheNameIsSetOff() {
        let m = found("The takeover was approved by the firm, Hardwick, on Monday. Introducing the band, Tellowes mocked the crowd.")
        #expect(m["Hardwick"] == .organization)
        #expect(m["Tellowes"] != .organization)
    }

    @Test func aQualifiedKindNounBeforeANameMakesItABody() {
        let m = found("He cited the sale of Ukrainian steel producer Brandovia. Games developer Quorvex sold well. "
                      + "It was sold to fellow producer Edwin Marlow in 1975.")
        #expect(m["Brandovia"] == .organization)
        #expect(m["Quorvex"] == .organization)
        #expect(m["Edwin Marlow"] == .person)
    }

    @Test func initialsBeforeASurnameAreSomeone() {
        let m = found("The horse belongs to racing owner TR Vellacott. Labour MP Dorran Kells spoke.")
        #expect(m["TR Vellacott"] == .person)
        #expect(m["Dorran Kells"] == .person)
        #expect(m.keys.allSatisfy { !$0.hasPrefix("MP") })
    }

    @Test func anUnknownNameBeforeACapitalizedTitleIsTheBody() {
        let m = found("According to Quillon Analytics President Marta Voss, sales rose. Earlier, Fisheries Secretary Dale Amber spoke.")
        #expect(m["Fisheries"] == nil)
        #expect(m["Dale Amber"] == .person)
        #expect(m["Quillon Analytics"] == .organization)
        #expect(m["Marta Voss"] == .person)
    }

    @Test func anOccupationOpeningASentenceIsNoPartOfTheName() {
        let m = found("Solicitor Gareth Pennock said the case was weak. He was vying with Olympian Dale Orrin for the title.")
        #expect(m["Gareth Pennock"] == .person)
        #expect(m["Solicitor Gareth Pennock"] == nil)
        #expect(m["Dale Orrin"] == .person)
        #expect(m["Olympian Dale Orrin"] == nil)
    }

    @Test func aYearsFilmIsNoPerson() {
        let m = found("She also starred in 1987's Harbour Lights and many plays.")
        // Kept as a work ("other"), never a person, organization or place.
        #expect(m["Harbour Lights"] == nil || m["Harbour Lights"] == .other)
    }

    @Test func aMcSurnameAloneIsSomeone() {
        let m = found("McTavish, who is third in the rankings, eased through. Both Dunmore and McTavish qualified.")
        #expect(m["McTavish"] == .person)
    }

    @Test func firmBeforeAPrepositionIsAnAdjective() {
        let m = found("Pellow firm over striker's future\n\nPellow, the club's chief executive, said the striker would stay. Pellow said so again.")
        #expect(m["Pellow"] != .organization)
    }

    @Test func aClassOfTournamentIsNoEntity() {
        let m = found("He has won two Grand Slam titles in Vellmont.")
        #expect(m["Grand Slam"] == nil)
    }

    @Test func enlistedRanksAreTitles() {
        let m = found("The dead were Specialist Tavish Orme, 24, and Staff Sergeant Lenna Corvick, 31.")
        #expect(m["Tavish Orme"] == .person)
        #expect(m["Lenna Corvick"] == .person)
        #expect(m["Specialist Tavish Orme"] == nil)
    }

    @Test func aCompanyFormOrAPartOfABodyMakesItABody() {
        let m = found("Pictures from Starvane Imaging PBC showed the damage. Its Dellmoor unit clears trades, and Harlow Fenwick LLC objected.")
        #expect(m["Starvane Imaging PBC"] == .organization)
        #expect(m["Dellmoor"] == .organization)
        #expect(m["Harlow Fenwick LLC"] == .organization)
    }

    @Test func aKindOfProgrammeBeforeANameMakesItAWork() {
        let m = found("She appeared in the comedy Trellis Lane and in the drama Westerby Heights.")
        #expect(m["Trellis Lane"] == nil || m["Trellis Lane"] == .other)
        #expect(m["Westerby Heights"] == nil || m["Westerby Heights"] == .other)
    }

    @Test func onJoinsANameAfterTheHeadOfABodyOrTreaty() {
        let m = found("He chaired the Commission on Rural Justice. Britain signed the Northern Convention on Fishing Rights. He spoke on Monday.")
        #expect(m["Commission on Rural Justice"] == .organization)
        #expect(m["Fishing Rights"] == nil)
        #expect(m["Rural Justice"] == nil)
    }

    @Test func anOfficeWithNoNameAfterItIsNoPerson() {
        let m = found("The Secretary of State for Fisheries spoke first. The President of France came later.")
        #expect(m.keys.allSatisfy { !$0.hasPrefix("for ") && $0 != "Fisheries" })
        #expect(m["France"] == .place)
    }

    @Test func aFunctionWordOrMeetingInCapitalsIsNoAcronym() {
        let m = found("We can sell the land AND keep the club, he said before the AGM in Tarrowby. The manager went AWOL.")
        #expect(m["AND"] == nil)
        #expect(m["AGM"] == nil)
        #expect(m["AWOL"] == nil)
        #expect(m["Tarrowby"] == .place)
    }

    @Test func whatAnActorAppearsInIsAWork() {
        let m = found("Orla Fenn, who appeared in Harrowgate Close, has died. She also starred in Velvet Mile.")
        #expect(m["Orla Fenn"] == .person)
        #expect(m["Harrowgate Close"] == nil || m["Harrowgate Close"] == .other)
        #expect(m["Velvet Mile"] == nil || m["Velvet Mile"] == .other)
    }
}
