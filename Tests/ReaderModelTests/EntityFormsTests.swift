import Testing
@testable import ReaderModel

/// Mentions of the first document as text → type (the last one wins).
private func found(_ text: String) -> [String: EntityType] {
    Dictionary(mentions(analyze([("a.txt", text)])).map { ($0.0, $0.1) }, uniquingKeysWith: { _, b in b })
}

@Suite struct HeadlineLineTests {
    @Test func questionWordsAreNotTheAcronymsTheySpell() {
        let m = found("Who was Tamer Qudsi?\n\nWho could say. Us and them, said Tamer Qudsi, the commander.")
        #expect(m["Who"] == nil)
        #expect(m["Us"] == nil)
        #expect(m["Tamer Qudsi"] == .person)
        // Written in capitals it is still the organization.
        #expect(found("Title\n\nThe WHO warned of cholera.")["WHO"] == .organization)
    }

    @Test func aKickerInCapitalsIsNoOrganization() {
        let m = found("RECKONING\n\nStrike on depot\n\nMilitants hit a depot near Mosul on Monday.")
        #expect(m["RECKONING"] == nil)
        #expect(m["Mosul"] == .place)
    }

    @Test func namesOnLinesInCapitalsAreKeptWhenKnownOrUsedInTheBody() {
        let a = analyze([("a.txt", "VARNO DELLIC VOWS REVENGE IN MOSUL\n\nMilitia leader Varno Dellic spoke in Mosul. Dellic left.")])
        let texts = mentions(a).map(\.0)
        #expect(texts.contains("MOSUL"))
        #expect(texts.contains("VARNO DELLIC"))
        #expect(!texts.contains("VOWS"))
        #expect(!texts.contains("REVENGE"))
        #expect(entity(a, "VARNO DELLIC")?.id == entity(a, "Varno Dellic")?.id)
    }

    @Test func aPhotoCreditInCapitalsIsAPerson() {
        let m = found("Title\n\nSmoke rises over the port.\nKARIM VELLANI/Reuters\n\nThe port was hit.")
        #expect(m["KARIM VELLANI"] == .person)
        #expect(m["Reuters"] == .organization)
    }

    @Test func anOrdinaryWordInCapitalsIsNoAcronym() {
        let m = found("Title\n\nBREAKING: a depot near Mosul burned, and the NRB said so.")
        #expect(m["BREAKING"] == nil)
        #expect(m["NRB"] == .organization)
    }

    @Test func listItemsDoNotMakeNamesOfTheirFirstWord() {
        let m = found("Title\n\nWhat we know:\n- What happened in Mosul\n- Where the militants went\n• Basra was calm")
        #expect(m["What"] == nil)
        #expect(m["Where"] == nil)
        #expect(m["Mosul"] == .place)
        #expect(m["Basra"] == .place)
    }
}

@Suite struct HyphenatedPairTests {
    @Test func twoKnownNamesJoinedByAHyphenAreTwoMentions() {
        let a = analyze([("a.txt", "Title\n\nTroops guard the Jordan-Syria border since the Israel-Hamas war. Jordan-Syrian trade fell.")])
        let texts = mentions(a).map(\.0)
        #expect(texts.filter { $0 == "Jordan" }.count == 2)
        #expect(texts.contains("Syria"))
        #expect(texts.contains("Israel"))
        #expect(texts.contains("Hamas"))
        #expect(!texts.contains { $0.contains("-") && ($0.contains("Jordan") || $0.contains("Israel")) })
    }

    @Test func aHyphenatedNameStaysWhole() {
        let m = found("Title\n\nFighters entered Tuz-Khurmatu and Kel-Marra.")
        #expect(m["Tuz-Khurmatu"] == .place)
        #expect(m["Tuz"] == nil)
    }
}

@Suite struct DeclaredAliasTests {
    func sameEntity(_ text: String, _ x: String, _ y: String) -> Bool {
        let a = analyze([("a.txt", "Title\n\n" + text)])
        guard let ex = entity(a, x), let ey = entity(a, y) else { return false }
        return ex.id == ey.id
    }

    @Test func alsoKnownAsAndNicknamed() {
        #expect(sameEntity("Militia leader Karim Tessoul, also known as \u{201C}Abu Rami\u{201D}, fled.", "Karim Tessoul", "Abu Rami"))
        #expect(sameEntity("The cell was run by Karim Tessoul, nicknamed Abu Rami, until May.", "Karim Tessoul", "Abu Rami"))
        #expect(sameEntity("The Dunmere Brigades, known as the Dunmere Front, struck.", "Dunmere Brigades", "Dunmere Front"))
    }

    @Test func aQuotedKunyaInsideANameIsOneMentionLinkedByBothNames() {
        let a = analyze([("a.txt", "Title\n\nCommander Walid Sameer \"Abu Rami\" al-Tessouli was killed. Al-Tessouli led the unit."),
                         ("b.txt", "Title\n\nAbu Rami al-Tessouli was buried on Friday."),
                         ("c.txt", "Title\n\nWalid Sameer al-Tessouli was named.")])
        let e = entity(a, "Walid Sameer \"Abu Rami\" al-Tessouli")
        #expect(e?.type == .person)
        #expect(entity(a, "Abu Rami") == nil)
        #expect(entity(a, "Al-Tessouli")?.id == e?.id)
        #expect(entity(a, "Abu Rami al-Tessouli", doc: 1)?.id == e?.id)
        #expect(entity(a, "Walid Sameer al-Tessouli", doc: 2)?.id == e?.id)
    }

    @Test func aQuotedPhraseBetweenNamesIsNoNickname() {
        let m = found("Title\n\nWhen Karim Tessoul \"Mosul\" Basra was read out, nobody moved.")
        #expect(m["Karim Tessoul \"Mosul\" Basra"] == nil)
    }

    @Test func commaOrAsAnAsideButNotEndingAList() {
        #expect(sameEntity("The Northern Relief Brigades, or Saraya al-Shamal, denied it.", "Northern Relief Brigades", "Saraya al-Shamal"))
        let a = analyze([("a.txt", "Title\n\nThe Dunmere Brigades, the Velkan Brigades, or the Orvin Brigades will decide.")])
        #expect(entity(a, "Velkan Brigades")?.id != entity(a, "Orvin Brigades")?.id)
    }

    @Test func bracketsBothWays() {
        #expect(sameEntity("The NRB (Northern Relief Brigades) struck.", "NRB", "Northern Relief Brigades"))
        #expect(sameEntity("The Northern Relief Brigades (NRB) struck.", "NRB", "Northern Relief Brigades"))
        #expect(sameEntity("Abu Rami (Karim Tessoul) was seen.", "Abu Rami", "Karim Tessoul"))
        // A bracketed acronym of another name is no alias.
        #expect(!sameEntity("The Northern Relief Brigades (KDV) struck.", "KDV", "Northern Relief Brigades"))
    }

    @Test func kunyaSpellingsJoinWhenTheSurnameAgrees() {
        let a = analyze([("a.txt", "Title\n\nAbu Baqir al-Tessouli was killed."), ("b.txt", "Title\n\nAbu Bakr al-Tessouli was killed."),
                         ("c.txt", "Title\n\nAbu Baqr al-Tessouli was killed."), ("d.txt", "Title\n\nAbu Bakr al-Dunmari was killed."),
                         ("e.txt", "Title\n\nAbd Bakr al-Tessouli was killed.")])
        let first = entity(a, "Abu Baqir al-Tessouli")
        #expect(entity(a, "Abu Bakr al-Tessouli", doc: 1)?.id == first?.id)
        #expect(entity(a, "Abu Baqr al-Tessouli", doc: 2)?.id == first?.id)
        #expect(entity(a, "Abu Bakr al-Dunmari", doc: 3)?.id != first?.id)
        #expect(entity(a, "Abd Bakr al-Tessouli", doc: 4)?.id != first?.id)
    }

    @Test func aKunyaAloneStandsForTheFullName() {
        let a = analyze([("a.txt", "Title\n\nAbu Rami al-Tessouli spoke. Later Abu Rami left.")])
        #expect(entity(a, "Abu Rami")?.id == entity(a, "Abu Rami al-Tessouli")?.id)
    }
}

@Suite struct OrganizationContextTests {
    @Test func anAppositiveNamesTheKindOfBody() {
        let m = found("Title\n\nVarrenco, the Houston-based firm, said no staff were hurt. Pellum Tarvis, a British charity, helped.")
        #expect(m["Varrenco"] == .organization)
        #expect(m["Pellum Tarvis"] == .organization)
        #expect(m["Houston"] == .place)
    }

    @Test func aSpokesmanForANameWithoutAGivenName() {
        let m = found("Title\n\nA spokesman for Dellmar Orvick said the plant was shut. A spokesman for John Orvick declined.")
        #expect(m["Dellmar Orvick"] == .organization)
        #expect(m["John Orvick"] == .person)
    }

    @Test func loneWordsHintedByReportingVerbs() {
        let m = found("Title\n\nThe strike was confirmed, Zentrix reported. Officials told Varrenco that the base was hit.")
        #expect(m["Zentrix"] == .organization)
        #expect(m["Varrenco"] == .organization)
    }

    @Test func aSurnameIsNotTakenForAnOrganization() {
        let a = analyze([("a.txt", "Title\n\nMilitia leader Qorin Halvadi spoke. The attack was planned, Halvadi said in a statement.")])
        #expect(entity(a, "Halvadi")?.id == entity(a, "Qorin Halvadi")?.id)
        #expect(entity(a, "Halvadi")?.type == .person)
    }

    @Test func ampersandsJoinFirmNames() {
        let m = found("Title\n\nThe law firm Vell & Marrow advised, and R&D spending rose.")
        #expect(m["Vell & Marrow"] == .organization)
        #expect(m["R&D"] == nil)
    }

    @Test func wellKnownCompaniesAndNewsOrganizationsAreKnown() {
        let m = found("Title\n\nHalliburton and Lockheed Martin said so, and Oxfam agreed, Agence France-Presse reported.")
        #expect(m["Halliburton"] == .organization)
        #expect(m["Lockheed Martin"] == .organization)
        #expect(m["Oxfam"] == .organization)
        #expect(m["Agence France-Presse"] == .organization)
    }
}

@Suite struct SpanTests {
    @Test func anOfficeAfterATitleIsPartOfTheTitle() {
        let m = found("Title\n\nSecretary of Defense Marcus Tellar spoke. Minister of Foreign Affairs Fuad Kemmal agreed. President of Iraq Karim Tessoul came.")
        #expect(m["Marcus Tellar"] == .person)
        #expect(m["Fuad Kemmal"] == .person)
        #expect(m["Karim Tessoul"] == .person)
        #expect(m["Iraq"] == .place)
        #expect(!m.keys.contains { $0.contains("Defense") || $0.contains("Affairs") })
    }

    @Test func knownNamesWithLowerCaseWordsStayWhole() {
        let m = found("Title\n\nThe Islamic Resistance in Iraq claimed it. The Global Coalition to Defeat ISIS replied.")
        #expect(m["Islamic Resistance in Iraq"] == .organization)
        #expect(m["Global Coalition to Defeat ISIS"] == .organization)
        #expect(m["Iraq"] == nil)
    }

    @Test func aConsulateGeneralIsOneName() {
        let m = found("Title\n\nRockets fell near the U.S. Consulate General in Erbil.")
        #expect(m["U.S. Consulate General"] == .place)
        #expect(m["U.S."] == nil)
        #expect(m["Erbil"] == .place)
    }

    @Test func ofPhrasesTakeTheTypeOfTheirHead() {
        let m = found("Title\n\nThe Supreme Council for Islamic Revolution met the Department of Work and Pensions near the Gulf of Varda.")
        #expect(m["Supreme Council for Islamic Revolution"] == .organization)
        #expect(m["Department of Work and Pensions"] == .organization)
        #expect(m["Gulf of Varda"] == .place)
    }

    @Test func airBaseSpellingsAreOnePlace() {
        let a = analyze([("a.txt", "Title\n\nRockets hit Ain al-Asad. Al-Asad Airbase was on alert."),
                         ("b.txt", "Title\n\nThe al-Assad Airbase was hit.")])
        let e = entity(a, "Ain al-Asad")
        #expect(e?.type == .place)
        #expect(entity(a, "Al-Asad Airbase")?.id == e?.id)
        #expect(entity(a, "al-Assad Airbase", doc: 1)?.id == e?.id)
    }
}

@Suite struct PersonNameFormTests {
    @Test func familiarAndFullFirstNamesAreOnePerson() {
        let a = analyze([("a.txt", "Title\n\nCoach Dave Tellison spoke first. David Tellison added more. Tellison left, and David followed.")])
        let e = entity(a, "Dave Tellison")
        #expect(e?.type == .person)
        #expect(entity(a, "David Tellison")?.id == e?.id)
        #expect(entity(a, "Tellison")?.id == e?.id)
        #expect(entity(a, "David")?.id == e?.id)
    }

    @Test func aFirstNameAloneJoinsNeitherWhenTwoPeopleBearIt() {
        // A named human is a person mention (the gold counts it); which David is meant is unknown.
        let a = analyze([("a.txt", "Title\n\nDavid Tellison and David Marrow spoke. David left.")])
        #expect(entity(a, "David")?.type == .person)
        #expect(entity(a, "David")?.id != entity(a, "David Tellison")?.id)
        #expect(entity(a, "David")?.id != entity(a, "David Marrow")?.id)
    }

    @Test func shortSurnamesDoNotMeetByTheirConsonants() {
        let a = analyze([("a.txt", "Title\n\nPresenter Andrew Marr spoke."), ("b.txt", "Title\n\nPlayer Andrew Murray won.")])
        #expect(entity(a, "Andrew Marr")?.id != entity(a, "Andrew Murray", doc: 1)?.id)
    }

    @Test func aDemonymBeforeASurnameIsNotPartOfIt() {
        let a = analyze([("a.txt", "Title\n\nCoach Claudio Venturi left. Italian Venturi had joined in May.")])
        #expect(entity(a, "Venturi")?.id == entity(a, "Claudio Venturi")?.id)
        #expect(entity(a, "Italian Venturi") == nil)
    }

    @Test func relativesIntroduceAPerson() {
        let m = found("Title\n\nHe died days after his wife Orla, and his son Tamsin Velk spoke.")
        #expect(m["Orla"] == .person)
        #expect(m["Tamsin Velk"] == .person)
    }

    @Test func aTitleBeforeAGivenNameMakesAPersonWhateverTheLastWord() {
        let m = found("Title\n\nDame Barbara Tower and Sir Peter Castle attended.")
        #expect(m["Barbara Tower"] == .person)
        #expect(m["Peter Castle"] == .person)
    }

    @Test func aCommaAloneIsNoListUnlessTheListGoesOn() {
        let m = found("Title\n\nBorn in Basra, Velkaar began work early. Fighting hit Basra, Dostabad and Kel-Marra.")
        #expect(m["Velkaar"] == nil)
        #expect(m["Dostabad"] == .place)
    }
}

@Suite struct NameShapeTests {
    @Test func camelCaseNamesAreNames() {
        let m = found("Title\n\nSongs sold on zTunes rose, and zTunes said so. Users of iTunes can update iTunes now.")
        #expect(m["zTunes"] == .organization)
        // Its lower-case twin ("itunes") being an ordinary word in the list does not matter.
        #expect(m["iTunes"] == .organization)
    }

    @Test func aKnownOrganizationBeforeAProductNameStandsAlone() {
        let m = found("Title\n\nMicrosoft Xbox sales rose, said Dellmar.")
        #expect(m["Microsoft"] == .organization)
        #expect(m["Microsoft Xbox"] == nil)
    }
}

@Suite struct WireFormTests {
    @Test func aNumberCompletesANamedPlace() {
        let m = found("Title\n\nA drone hit Tower 22 near the border, and Camp 6 was evacuated.")
        #expect(m["Tower 22"] == .place)
        #expect(m["Camp 6"] == .place)
        #expect(m["Tower"] == nil)
    }

    @Test func theReportingCreditLineNamesPeople() {
        let m = found("Title\n\nThe base was hit.\n\n(Reporting by Idris Tallow and Phil Marrick; Editing by Daniel Wessel)")
        #expect(m["Idris Tallow"] == .person)
        #expect(m["Phil Marrick"] == .person)
        #expect(m["Daniel Wessel"] == .person)
    }
}

@Suite struct AlternateNameCacheTests {
    @Test func alternateNamesSurviveTheCacheRecordFormat() throws {
        let knowledge = Knowledge.bundled
        let document = DocumentParser(furnitureMarkers: knowledge.furniture)
            .parse(Document(id: "a.txt", text: "Title\n\nCommander Walid Sameer \"Abu Rami\" al-Tessouli was killed."))
        let article = Analysis.analyse(document, splitter: SentenceSplitter(abbreviations: knowledge.abbreviations),
                                       recognizer: EntityRecognizer(knowledge: knowledge), linker: DocumentLinker(knowledge: knowledge))
        #expect(article.mentions.contains { $0.alternateNames.contains("Abu Rami al-Tessouli") })
        var w = ByteWriter()
        ArticleCodec.encode(article, into: &w)
        let decoded = try w.bytes.withUnsafeBytes { bytes in
            var r = ByteReader(bytes)
            return try ArticleCodec.decode(&r)
        }
        #expect(decoded == article)
    }
}
