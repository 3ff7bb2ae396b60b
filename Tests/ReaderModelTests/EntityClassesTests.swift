import Testing
@testable import ReaderModel

/// Classes of names that news outside the seeds is full of: bodies named after a kind
/// noun, numbered names, constituencies, surnames that look like place words, lists
/// that mix bands with people.
@Suite struct EntityClassesTests {
    /// The bundled knowledge with lines added to some of its files.
    func knowledge(adding extra: [String: String]) -> Knowledge {
        var files = AssetStore.knowledgeFiles
        for (file, lines) in extra { files[file, default: ""] += "\n" + lines + "\n" }
        return Knowledge(files: files)
    }

    func found(_ body: String, knowledge: Knowledge = .bundled) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)], knowledge: knowledge)
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aKindNounBeforeANameMakesItABody() {
        let m = found("The deal was signed by record company Zephyrine. Security firm Vantrell found the flaw, "
                      + "and human rights group Ostrava Watch objected.")
        #expect(m["Zephyrine"] == .organization)
        #expect(m["Vantrell"] == .organization)
        #expect(m["Ostrava Watch"] == .organization)
    }

    @Test func aPersonAfterAKindNounStaysAPerson() {
        let m = found("The company Sarah Quentin founded grew fast.")
        #expect(m["Sarah Quentin"] == .person)
    }

    @Test func aKnownNameEndingInANumberIsOneMention() {
        let k = knowledge(adding: ["organizations.txt": "Lantern Choir 7\nLantern Choir"])
        let a = analyze([("a.txt", "Headline\n\nThe single by Lantern Choir 7 sold well, unlike the Lantern Choir original.")], knowledge: k)
        let texts = mentions(a).map(\.0)
        #expect(texts.contains("Lantern Choir 7"))
        #expect(texts.contains("Lantern Choir"))
        #expect(entity(a, "Lantern Choir 7")?.id != entity(a, "Lantern Choir")?.id)
        #expect(!texts.contains("7"))
    }

    @Test func theSeatOfAnMPIsAPlace() {
        let m = found("The Labour MP for Thorncastle asked a question, and the MP for Ellerby Vale agreed.")
        #expect(m["Thorncastle"] == .place)
        #expect(m["Ellerby Vale"] == .place)
    }

    @Test func aGivenNameBeforeASurnameLikeCueIsAPerson() {
        let m = found("Former minister Frank Field criticised the plan. Stuart Hall laughed. Visitors filled Ravensby Hall.")
        #expect(m["Frank Field"] == .person)
        #expect(m["Stuart Hall"] == .person)
        #expect(m["Ravensby Hall"] == .place)
    }

    @Test func aPersonListedAfterAnOrganizationStaysAPerson() {
        let m = found("The show features Zephyr Records, Dorrin Kaelan and Ottilie Brannock.")
        #expect(m["Zephyr Records"] == .organization)
        #expect(m["Dorrin Kaelan"] == .person)
        #expect(m["Ottilie Brannock"] == .person)
    }
}

/// Headlines in Title Case, bylines, and the words that open a sentence or a name.
@Suite struct HeadlineAndOpeningTests {
    func found(_ text: String) -> [(String, EntityType)] {
        mentions(analyze([("a.txt", text)]))
    }

    @Test func titleCaseHeadlinesKeepKnownAndBodyNamesOnly() {
        let m = found("Rebel Chief Dorin Valcu Killed In Strike On Damascus Suburbs\n\n"
                      + "Rebel chief Dorin Valcu died on Tuesday, his group said.")
        let headline = m.map(\.0)
        #expect(headline.filter { $0 == "Dorin Valcu" }.count == 2)
        #expect(m.contains { $0.0 == "Damascus" && $0.1 == .place })
        #expect(!headline.contains("Killed"))
        #expect(!headline.contains { $0.contains("Strike") || $0.contains("Rebel") })
    }

    @Test func aVerbAfterATitleIsNoName() {
        let m = found("Headline\n\nTop Hamas Leader Killed: top Hamas leader Dorin Valcu was killed.")
        #expect(!m.contains { $0.0 == "Killed" })
        #expect(m.filter { $0.0 == "Hamas" && $0.1 == .organization }.count == 2)
        #expect(!m.contains { $0.0 == "Top Hamas" })
    }

    @Test func bylinesNameTheirWriters() {
        let a = found("Strikes Hit Targets Near Baghdad\n\nBy Nadia Qorvel and Tamsin Ebbard\n\nThe strikes hit a base.")
        #expect(a.contains { $0.0 == "Nadia Qorvel" && $0.1 == .person })
        #expect(a.contains { $0.0 == "Tamsin Ebbard" && $0.1 == .person })
        let b = found("Strikes Hit Targets Near Baghdad\n\nNadia Qorvel, Tamsin Ebbard|\n\nThe strikes hit a base.")
        #expect(b.contains { $0.0 == "Nadia Qorvel" && $0.1 == .person })
        #expect(b.contains { $0.0 == "Tamsin Ebbard" && $0.1 == .person })
        // A Title Case headline is no byline.
        let c = found("Israel Blames Hamas For Attack\n\nThe army said so.")
        #expect(!c.contains { $0.1 == .person })
    }

    @Test func placeWordsAroundANameAndAgreementWithinTheArticle() {
        let m = found("Headline\n\nThe siege of Kadar Tessa went on. Fighting around Kadar Tessa grew, "
                      + "and a raid on Umm Varro followed. In Sollen Bari, aid ran out.")
        #expect(m.filter { $0.0 == "Kadar Tessa" }.allSatisfy { $0.1 == .place })
        #expect(m.filter { $0.0 == "Kadar Tessa" }.count == 2)
        #expect(m.contains { $0.0 == "Umm Varro" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Sollen Bari" && $0.1 == .place })
    }

    @Test func aSentenceOpeningWordBeforeAKnownName() {
        // "At" opens the sentence: the known venue is found and the surname stands apart.
        let a = analyze([("a.txt", "Headline\n\nConductor Marcello Dantri led the orchestra. At La Scala Dantri was acclaimed. Dantri retired.")])
        let m = mentions(a)
        #expect(m.contains { $0.0 == "La Scala" && $0.1 == .place })
        #expect(m.filter { $0.0 == "Dantri" }.count == 2)
        #expect(entity(a, "Dantri")?.id == entity(a, "Marcello Dantri")?.id)
    }

    @Test func roleAcronymsAndPronounsEndNames() {
        let m = found("Headline\n\nIt was hosted by deputy PM John Prescott. \"Since the cup in Seville I have trained,\" she said.")
        #expect(m.contains { $0.0 == "John Prescott" && $0.1 == .person })
        #expect(m.contains { $0.0 == "Seville" && $0.1 == .place })
        #expect(!m.contains { $0.0.contains("PM") || $0.0.hasSuffix(" I") })
    }

    @Test func anOrdinaryOpeningWordIsNoShortFormOfAnOrganization() {
        let m = found("Headline\n\nSales at the Consumer Electronics Association grew. Consumer electronics sold well, "
                      + "and consumer groups agreed. The Zolbar Foundation said so. Zolbar said more.")
        #expect(!m.contains { $0.0 == "Consumer" })
        #expect(m.contains { $0.0 == "Zolbar" && $0.1 == .organization })
    }
}

/// Clubs named after towns, works, and names qualified by where people come from.
@Suite struct ClubsWorksAndOriginsTests {
    func found(_ body: String) -> [(String, EntityType)] {
        mentions(analyze([("a.txt", "Headline\n\n" + body)]))
    }

    @Test func aTownsClubIsAnOrganizationThroughoutTheArticle() {
        let m = found("The coach was sacked by Seville. He had been Seville coach since May and took the Seville job "
                      + "after a spell at Porto. Fans gathered in Seville on Sunday.")
        let seville = m.filter { $0.0 == "Seville" }.map(\.1)
        #expect(seville == [.organization, .organization, .organization, .place])
        #expect(m.contains { $0.0 == "Porto" && $0.1 == .organization })
    }

    @Test func aCountrysTeamStaysThePlace() {
        let m = found("England coach Andy Robinson named his side to face Wales.")
        #expect(m.contains { $0.0 == "England" && $0.1 == .place })
    }

    @Test func worksAreNeitherPeopleNorPlaces() {
        let m = found("She starred in the film Velvet Harbour, and Quiet Orchard star Tamsin Ebbard won an award.")
        #expect(!m.contains { $0.0 == "Velvet Harbour" && $0.1 != .other })
        #expect(!m.contains { $0.0 == "Quiet Orchard" && $0.1 != .other })
        #expect(m.contains { $0.0 == "Tamsin Ebbard" && $0.1 == .person })
    }

    @Test func aFormerBodyBeforeARole() {
        let m = found("Former Zolcom boss Bernard Quill was in court.")
        #expect(m.contains { $0.0 == "Zolcom" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Bernard Quill" && $0.1 == .person })
    }

    @Test func whereSomeoneComesFromAndWhoTheyAre() {
        let m = found("Malcolm Tarrant, of Tarrant Vale, said so. Frenchman Cyril Saulnier lost, and every activist I met agreed. "
                      + "The Department of Justice said Dennis Hills was freed.")
        #expect(m.contains { $0.0 == "Tarrant Vale" && $0.1 == .place })
        #expect(m.contains { $0.0 == "Cyril Saulnier" && $0.1 == .person })
        #expect(!m.contains { $0.0 == "I" || $0.0.hasPrefix("Frenchman") })
        #expect(m.contains { $0.0 == "Department of Justice" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Dennis Hills" && $0.1 == .person })
    }
}

/// People named in lists, at the start of sentences, and with surnames that are ordinary words.
@Suite struct PeopleInListsAndOpeningsTests {
    func found(_ body: String) -> [(String, EntityType)] {
        mentions(analyze([("a.txt", "Headline\n\n" + body)]))
    }

    @Test func aLoneNameListedAmongPeopleIsAPerson() {
        let m = found("She beat Kylie Minogue, Joss Stone, Anastacia and Natasha Bedingfield to the prize.")
        #expect(m.contains { $0.0 == "Anastacia" && $0.1 == .person })
    }

    @Test func aGivenNameOpeningASentenceIsNoOrdinaryWord() {
        let m = found("The race was won. Kelly Hartigan and Carolina Vesk are also running.")
        #expect(m.contains { $0.0 == "Kelly Hartigan" && $0.1 == .person })
    }

    @Test func aSurnameThatNamesADayOrEvent() {
        let m = found("Rangers keeper Chris Day is set to join Preston, while Armistice Day passed quietly.")
        #expect(m.contains { $0.0 == "Chris Day" && $0.1 == .person })
        #expect(!m.contains { $0.0 == "Armistice Day" && $0.1 != .other })
    }

    @Test func bodiesNamedByWhoWorksThere() {
        let m = found("The study came from industry training body Skillqor, said an analyst at Verdant Analysis. "
                      + "Shortly afterwards model Caprice left.")
        #expect(m.contains { $0.0 == "Skillqor" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Verdant Analysis" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Caprice" && $0.1 == .person })
    }
}

/// Names written as web addresses, and legislatures named by one word.
@Suite struct AddressesAndLegislaturesTests {
    @Test func aWebAddressIsTheFirmsName() {
        let m = mentions(analyze([("a.txt", "Headline\n\nNet traffic monitor, Zentastat.com, has reported growth. Zentastat.co.uk agreed.")]))
        #expect(m.contains { $0.0 == "Zentastat.com" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Zentastat.co.uk" && $0.1 == .organization })
    }

    @Test func parliamentAloneIsTheBody() {
        let m = mentions(analyze([("a.txt", "Headline\n\nHe was elected into Parliament in 1945, and the Senate agreed.")]))
        #expect(m.contains { $0.0 == "Parliament" && $0.1 == .organization })
        #expect(m.contains { $0.0 == "Senate" && $0.1 == .organization })
    }
}

@Suite struct StatesTests {
    @Test func aTownAndItsStateAreTwoPlaces() {
        let m = mentions(analyze([("a.txt", "Headline\n\nWhen asked in Wilmington, Delaware, he said the governor of New Hampshire agreed.")]))
        #expect(m.contains { $0.0 == "Delaware" && $0.1 == .place })
        #expect(m.contains { $0.0 == "New Hampshire" && $0.1 == .place })
    }
}
