import Testing
@testable import ReaderModel

/// What a name's own words say when nothing around it does: an ordinary word opening it
/// (a body's name, not a person's), a word that opens a place's name, a newspaper's or a
/// laboratory's last word; and a lone word that repeats part of someone named earlier.
@Suite struct EntityNameShapeTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aNameOpeningWithAnOrdinaryWordIsNoPerson() {
        let m = found("Shoppers praised Radio Quaddle on Friday. Listeners of Evening Wirral wrote in. "
                      + "Analyst Tamsin Okafor said sales of Digital Quillo fell, and Dorrit Vance agreed.")
        #expect(m["Radio Quaddle"] == .organization)
        #expect(m["Evening Wirral"] == .organization)
        #expect(m["Digital Quillo"] == .organization)
        // Names opening with a given name or an unknown word stay people.
        #expect(m["Tamsin Okafor"] == .person)
        #expect(m["Dorrit Vance"] == .person)
    }

    @Test func aPlacePrefixMakesAPlace() {
        let m = found("Boats sailed down the River Quenby and past Mount Oroval to Lake Tessing.")
        #expect(m["River Quenby"] == .place)
        #expect(m["Mount Oroval"] == .place)
        #expect(m["Lake Tessing"] == .place)
    }

    @Test func papersAndLaboratoriesAreBodies() {
        let m = found("The Dunmore Chronicle reported that the Harwell Ridge Laboratory had closed. "
                      + "Tennis great Jim Courier was not asked.")
        #expect(m["Dunmore Chronicle"] == .organization)
        #expect(m["Harwell Ridge Laboratory"] == .organization)
        #expect(m["Jim Courier"] == .person)
    }

    @Test func aLoneWordRepeatingSomeoneNamedEarlierIsAPerson() {
        let m = found("Coach Andy Pellowe and full-back Jason Pellowe both spoke. Later Pellowe said little. "
                      + "Goalkeeper Zbigniew Tarka was praised: \"It was hard for Zbigniew,\" his manager said.")
        #expect(m["Pellowe"] == .person)
        #expect(m["Zbigniew"] == .person)
    }
}

/// What the words around a town's or a body's name say across the article: a plural verb
/// after a town (its club), an appositive naming a kind of place, a hint one mention gives
/// the others, and two subjects joined before a cue word.
@Suite struct EntityArticleContextTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aTownWithAPluralVerbIsItsClub() {
        let club = found("Leicester are ready to bid for the striker. Fans in Leicester were pleased.")
        #expect(club["Leicester"] == .organization)
        let town = found("Leicester is a city in the Midlands. Leicester and Derby are both near.")
        #expect(town["Leicester"] == .place)
    }

    @Test func anAppositiveNamingAKindOfPlaceMakesAPlace() {
        let m = found("Rebels seized Qorvani Hadd, the country's third city, on Monday. Later Qorvani Hadd fell quiet.")
        #expect(m["Qorvani Hadd"] == .place)
    }

    @Test func aRepeatedLoneNameTakesTheHintOneMentionGives() {
        let m = found("The advance on Velnivka began on Saturday. Velnivka had been shelled for months. "
                      + "Officials said Velnivka could not be held.")
        #expect(m["Velnivka"] == .place)
    }

    @Test func twoSubjectsBeforeACueWordAreOneName() {
        let a = analyze([("a.txt", "Headline\n\nThe US Securities and Exchange Commission fined the firm. "
                          + "Fighting reached the Marvell Coke and Chemical Plant by night.")])
        let names = mentions(a).map(\.0)
        #expect(names.contains("US Securities and Exchange Commission"))
        #expect(names.contains("Marvell Coke and Chemical Plant"))
        #expect(!names.contains("Exchange Commission"))
    }
}

/// Names that are not actors, and names whose title word is their own.
@Suite struct EntityCraftAndCreditTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func shipsAreNeitherPeopleNorBodies() {
        let m = found("Rebels struck the Orlan Vesta tanker on Monday and then the tanker Marrow Bell near the coast.")
        #expect(m["Orlan Vesta"] != .person && m["Orlan Vesta"] != .organization)
        #expect(m["Marrow Bell"] != .person && m["Marrow Bell"] != .organization)
    }

    @Test func aPhotoCreditNamesTheAgency() {
        let a = analyze([("a.txt", "Headline\n\nCrowds gathered in the square. (AP Photo/Selim Darrow)\n")])
        let names = mentions(a).map(\.0)
        #expect(names.contains("AP"))
        #expect(!names.contains("AP Photo"))
    }

    @Test func aTitleOpeningAPlacesLongNameIsPartOfIt() {
        let m = found("Mourners prayed inside Imam Faisal bin Tariq al-Nour Mosque on Friday. Dame Barbara Castle spoke.")
        #expect(m["Imam Faisal bin Tariq al-Nour Mosque"] == .place)
        #expect(m["Barbara Castle"] == .person)
    }
}

/// Wire-report habits: datelines in capitals, sides of a war named by ordinary words, faith
/// adjectives, where a place lies.
@Suite struct EntityWireReportTests {
    func found(_ text: String) -> [String: EntityType] {
        let a = analyze([("a.txt", text)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aDatelineInCapitalsIsAPlace() {
        let m = found("Headline of the report\n\nQARVAN HILLS, Meridia: Fighting resumed.\n\nTOLBEK (Reuters) - Talks began.\n")
        #expect(m["QARVAN HILLS"] == .place)
        #expect(m["TOLBEK"] == .place)
    }

    @Test func sidesOfAWarOpeningASentenceAreNoNames() {
        let m = found("Headline\n\nRebel forces entered the town. Militants said an Islamist group joined them.")
        #expect(m["Rebel"] == nil)
        #expect(m["Militants"] == nil)
        #expect(m["Islamist"] == nil)
    }

    @Test func whereAPlaceLiesAndItsHospital() {
        let m = found("Headline\n\nPeople fled Dar Qusra, the capital of the province, on foot. "
                      + "The wounded were taken to Al-Fadil hospital.")
        #expect(m["Dar Qusra"] == .place)
        #expect(m["Al-Fadil"] == .place)
    }
}

/// A lone name repeated with no cue of a body: someone, when the words around one of its
/// mentions say so.
@Suite struct EntityPersonHintTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aRelativeWhoWithASingularVerbOrAnAgeMakesSomeone() {
        #expect(found("The club spoke to Tavarez, who joined them last year. Later Tavarez scored twice and Tavarez left.")["Tavarez"] == .person)
        #expect(found("They praised Quennell, 24, on Sunday. Quennell played well and Quennell stayed.")["Quennell"] == .person)
    }

    @Test func aQuoteIntroducedAsAPersonSpeaksMakesSomeone() {
        let m = found("Ambrose explained: \"We will wait.\" Later Ambrose countered the claim. Ambrose left the club.")
        #expect(m["Ambrose"] == .person)
    }

    @Test func aRepeatedNameWithoutSuchWordsStaysABody() {
        let m = found("Tolvane sold more units. Then Tolvane raised its forecast and Tolvane hired staff.")
        #expect(m["Tolvane"] == .organization)
    }
}

/// A known body's name and an ordinary word after it: one of its parts ("BBC Sport").
@Suite struct EntityPartOfABodyTests {
    func names(_ body: String) -> [String] {
        mentions(analyze([("a.txt", "Headline\n\n" + body)])).map(\.0)
    }

    @Test func aKnownBodyAndAnOrdinaryWordAreOneName() {
        let n = names("The manager told BBC Sport on Friday, and later BBC Radio Wales.")
        #expect(n.contains("BBC Sport"))
        #expect(n.contains("BBC Radio Wales"))
        #expect(!n.contains("Sport"))
    }

    @Test func anHonorificIsNoPartOfTheName() {
        #expect(names("Crowds cheered Sayyed Hamid Qarawi on Friday.").contains("Hamid Qarawi"))
    }
}

/// Where a name ends: a possessive that is the name's own, a title word that is a surname.
@Suite struct EntitySpanEndTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aPossessiveNoNounFollowsIsTheName() {
        let m = found("Harwood's said sales fell. Later she shopped at Penhale's. Mr Dorran Kells's aides and Dorran Kells's, then others', plans.")
        #expect(m["Harwood's"] == .organization)
        #expect(m["Penhale's"] == .organization)
        #expect(m["Dorran Kells"] == .person)
        #expect(m["Dorran Kells's"] == nil)
    }

    @Test func aKnownNameEndingInAPossessiveKeepsIt() {
        #expect(found("The agency Moody's cut the rating on Monday.")["Moody's"] == .organization)
    }

    @Test func aTitleWordAfterAGivenNameIsASurname() {
        let m = found("The novelist Stephen King wrote it and Prince Charles read it.")
        #expect(m["Stephen King"] == .person)
        #expect(m["Charles"] == .person)
    }
}

/// One name, one thing within an article: what the strongest words around any of its mentions
/// say holds for the others.
@Suite struct EntityAgreementTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func sharesInABodyAreNoPlace() {
        let m = found("Shares in Tolvane rose by 2% on Thursday. Investors cheered. He is ready to invest in Marrowby.")
        #expect(m["Tolvane"] == .organization)
        #expect(m["Marrowby"] != .place)
    }

    @Test func aForeignWordForBankOpensABody() {
        #expect(found("He merged it with Banco Real Oviedo last year.")["Banco Real Oviedo"] == .organization)
    }

    @Test func aTitledSurnameMakesThePersonWhateverTheContext() {
        let m = found("I have full confidence in Tadashi Morikawa and his team. Mr Morikawa will run it.")
        #expect(m["Tadashi Morikawa"] == .person)
    }

    @Test func aPersonsNameFollowedByWhichIsTheFirm() {
        let m = found("Analysts said Laura Pennant, which floated in 1995, had struggled.")
        #expect(m["Laura Pennant"] == .organization)
    }

    @Test func aNameWrittenTwiceTakesItsStrongestType() {
        let a = analyze([("a.txt", "Headline\n\nBettors flocked to Harold Quince on Friday. A Harold Quince spokesman said bets had closed.")])
        let types = Set(mentions(a).filter { $0.0 == "Harold Quince" }.map(\.1))
        #expect(types == [.organization])
    }

    @Test func aNumberOpeningASentenceIsNoChannel() {
        #expect(found("Five other episodes were shown.")["Five"] == nil)
    }
}

/// Places in reports on wars: Arabic words that open their names, what forces do to them,
/// and a known body's name before a known place's.
@Suite struct EntityWarPlaceTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func anArabicPlaceWordOpensAPlace() {
        let m = found("The convoy left the Deir al-Qarum warehouse and drove to Wadi Sirhan.")
        #expect(m["Deir al-Qarum"] == .place)
        #expect(m["Wadi Sirhan"] == .place)
    }

    @Test func whatForcesDoToATownMakesItAPlace() {
        let m = found("The army is capturing Velmarsk this week. Velmarsk was shelled again and Velmarsk fell.")
        #expect(m["Velmarsk"] == .place)
    }

    @Test func aKnownBodyBeforeAKnownPlaceAreTwoNames() {
        let names = mentions(analyze([("a.txt", "Headline\n\nStrikes hit the Houthi Red Sea port of Qarat.")])).map(\.0)
        #expect(names.contains("Houthi"))
        #expect(names.contains("Red Sea"))
    }
}

@Suite struct EntityKnownBritishBodiesTests {
    @Test func devolvedGovernmentsAreBodies() {
        let a = analyze([("a.txt", "Headline\n\nCampaigners kept the pressure on the Scottish Executive and the Northern Ireland Office.")])
        let m = Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Scottish Executive"] == .organization)
        #expect(m["Northern Ireland Office"] == .organization)
    }

    @Test func aSurnameAloneAfterAGivenNameAndSurnameIsThatPerson() {
        let a = analyze([("a.txt", "Headline\n\nThe lead grew when Jon Quarrie scored. Later a move saw Quarrie scuttle over.")])
        let m = Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Quarrie"] == .person)
    }
}

@Suite struct EntityFamiliarNameTests {
    @Test func aFamiliarFirstNameAloneIsSomeone() {
        let a = analyze([("a.txt", "Headline\n\nThe fans sang for Rafa all night, and Rafa waved back.")])
        #expect(mentions(a).contains { $0.0 == "Rafa" && $0.1 == .person })
    }
}

@Suite struct EntityFiguresBySurnameTests {
    @Test func aFigureOfHistoryNamedBySurnameAloneIsSomeone() {
        let a = analyze([("a.txt", "Headline\n\nThe hall played Stravinsky and hung a Matisse, as in the Attlee years.")])
        let m = Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Stravinsky"] == .person)
        #expect(m["Matisse"] == .person)
        #expect(m["Attlee"] == .person)
    }
}

@Suite struct EntityTitleCaseWorkTests {
    @Test func aTitleAndAFunctionWordInAWorksCapitalsNameNoOne() {
        let a = analyze([("a.txt", "Headline\n\nLast year, The Lord Of the Rings was named best drama, and the Lords agreed.")])
        let m = Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Of"] == nil)
        #expect(m["Lord"] != .organization && m["Lord"] != .person)
        #expect(m["Lords"] == .organization)
    }
}

@Suite struct EntityGroundTests {
    @Test func aGroundBeforeABossIsStillTheGround() {
        let a = analyze([("a.txt", "Headline\n\nThe Anfield boss will avoid a bidding war, and Valencia coach Ruiz agreed.")])
        let m = Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        #expect(m["Anfield"] == .place)
        #expect(m["Valencia"] == .organization)
    }
}
