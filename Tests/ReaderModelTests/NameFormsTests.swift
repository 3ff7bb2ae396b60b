import Testing
@testable import ReaderModel

/// "Mr Blair" and "Mrs Blair" when an article names two people of one surname.
@Suite struct SurnameSexTests {
    /// The entity of the mention written `text` after the title `title` ("mrs").
    func titled(_ a: Analysis, _ text: String, _ title: String) -> Entity? {
        let d = a.documents[0]
        guard let i = d.mentions.firstIndex(where: { $0.text == text && $0.title == title }) else { return nil }
        return a.entities[d.entityOfMention[i]]
    }

    @Test func aTitleOfOneSexPicksThePersonOfThatSex() {
        let a = analyze([("a.txt", "Title\n\nBanker Rolf Haldane and his wife Cherie Haldane arrived. Mrs Haldane said she was delighted. Mr Haldane thanked the crowd.")])
        #expect(titled(a, "Haldane", "mrs") != nil)
        #expect(titled(a, "Haldane", "mrs")?.id == entity(a, "Cherie Haldane")?.id)
        #expect(titled(a, "Haldane", "mr")?.id == entity(a, "Rolf Haldane")?.id)
    }

    @Test func aKnownSurnameOfTheOtherSexIsNotTheKnownPerson() {
        let a = analyze([("a.txt", "Title\n\nTony Blair and his wife Cherie Blair arrived. Mrs Blair said she was delighted. Mr Blair thanked the crowd.")])
        #expect(titled(a, "Blair", "mrs") != nil)
        #expect(titled(a, "Blair", "mrs")?.id == entity(a, "Cherie Blair")?.id)
        #expect(titled(a, "Blair", "mr")?.id == entity(a, "Tony Blair")?.id)
        #expect(entity(a, "Tony Blair")?.id != entity(a, "Cherie Blair")?.id)
    }

    @Test func twoPeopleOfOneSexStayAmbiguous() {
        let a = analyze([("a.txt", "Title\n\nGordon Brannock met Nick Brannock in Leeds. Mr Brannock said nothing.")])
        #expect(entity(a, "Gordon Brannock")?.id != entity(a, "Nick Brannock")?.id)
        let i = a.documents[0].mentions.firstIndex { $0.text == "Brannock" }
        if let i {
            let e = a.entities[a.documents[0].entityOfMention[i]]
            #expect(e.name != "Gordon Brannock" && e.name != "Nick Brannock")
        }
    }

    @Test func titlesAndNamesTellTheSex() {
        let sex = PersonSex.bundled
        #expect(sex.sex(ofTitle: "mrs") == .female)
        #expect(sex.sex(ofTitle: "Mr") == .male)
        #expect(sex.sex(ofTitle: "dr") == nil)
        #expect(sex.sex(ofGivenName: "Cherie", knowledge: .bundled) == .female)
        #expect(sex.sex(ofGivenName: "Tony", knowledge: .bundled) == .male)
        #expect(sex.sex(ofGivenName: "Hilary", knowledge: .bundled) == nil)
    }
}

/// Organizations without their suffix across articles, acronyms written as words, short first names.
@Suite struct MoreNameFormsTests {
    @Test func aPartyNamedWithoutItsSuffixElsewhereIsTheParty() {
        let a = analyze([("a.txt", "Title\n\nThe Veridian Party was launched in Leeds on Monday by its leader, Rolf Kessel."),
                         ("b.txt", "Title\n\nA spokesman for Veridian said the campaign would begin in Leeds.")])
        #expect(entity(a, "Veridian", doc: 1) != nil)
        #expect(entity(a, "Veridian", doc: 1)?.id == entity(a, "Veridian Party")?.id)
    }

    @Test func aSuffixlessStemThatIsKnownOrOrdinaryJoinsNothing() {
        let a = analyze([("a.txt", "Title\n\nThe Congress Party won the vote in Delhi, and the Liberal Party lost."),
                         ("b.txt", "Title\n\nThe US Congress met in Washington. Congress passed the bill.")])
        #expect(entity(a, "Congress Party")?.id != entity(a, "Congress", doc: 1)?.id)
    }

    @Test func anAcronymWrittenAsAWordJoinsTheNameItSpells() {
        let a = analyze([("a.txt", "Title\n\nThe Northern Apple Growers Association warned of losses. A spokeswoman for Naga said prices had fallen.")])
        #expect(entity(a, "Naga")?.id == entity(a, "Northern Apple Growers Association")?.id)
    }

    @Test func brothersWithShortFirstNamesStayApart() {
        let a = analyze([("a.txt", "Title\n\nThe team: Mi Bergamasco, Ma Bergamasco, Rolf Kessel."), ("b.txt", "Title\n\nMa Bergamasco scored.")])
        #expect(entity(a, "Mi Bergamasco")?.id != entity(a, "Ma Bergamasco")?.id)
    }
}
