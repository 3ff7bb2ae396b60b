import Testing
@testable import ReaderModel

@Suite struct RunFinderTests {
    let finder = NameRunFinder(knowledge: .bundled)

    func runs(_ text: String) -> [String] {
        let tokens = Tokenizer.tokenize(Array(text.unicodeScalars))
        return finder.runs(in: tokens).map { r in
            r.map { (tokens[$0].spaceBefore && $0 != r.lowerBound ? " " : "") + tokens[$0].text }.joined()
        }
    }

    @Test func joinsParticlesHyphensAndOfHeads() {
        #expect(runs("killed Hajj Moshtaq Taleb al-Saidi in Al-Karma") == ["Hajj Moshtaq Taleb al-Saidi", "Al-Karma"])
        #expect(runs("the US Department of Defense said") == ["US Department of Defense"])
        #expect(runs("the Axis of Resistance and the State of Law party") == ["Axis of Resistance", "State of Law"])
        #expect(runs("met Mohammed bin Zayed al Nayhan") == ["Mohammed bin Zayed al Nayhan"])
    }

    @Test func hyphenatedCompoundsYieldTheName() {
        #expect(runs("anti-Iran sentiment and US-backed units") == ["Iran", "US"])
        #expect(runs("the Samarra-based commander") == ["Samarra"])
    }

    @Test func ordinalUnitsAndPossessiveCorps() {
        #expect(runs("the army’s 52nd Brigade") == ["52nd Brigade"])
        #expect(runs("Islamic Revolutionary Guard’s Corp commander") == ["Islamic Revolutionary Guard’s Corp"])
    }
}

@Suite struct RecognizerTests {
    func found(_ body: String) -> [String: EntityType] {
        let a = analyze([("a.txt", "Headline\n\n" + body)])
        return Dictionary(mentions(a).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func titlesAndRanksAreOutsidePersonSpans() {
        let m = found("Prime Minister Karim Abdul Wahid spoke. Maj. Gen. Tariq Sameer replied. Ayatollah Jafar Nouri agreed.")
        #expect(m["Karim Abdul Wahid"] == .person)
        #expect(m["Tariq Sameer"] == .person)
        #expect(m["Jafar Nouri"] == .person)
        #expect(m["Prime Minister Karim Abdul Wahid"] == nil)
    }

    @Test func rolesAndTitlesTypeUnknownNamesAsPeople() {
        let m = found("Lawmaker Zorab Telvani said so, and analyst Quell Marbury agreed. Senator Wendell Pruitt objected.")
        #expect(m["Zorab Telvani"] == .person)
        #expect(m["Quell Marbury"] == .person)
        #expect(m["Wendell Pruitt"] == .person)
    }

    @Test func sentenceOpeningCapitalsAndQuotesAreNotNames() {
        let m = found("Following the strike, officials met. “Despite everything we stay,” he said. Thousands marched.")
        #expect(m.isEmpty)
    }

    @Test func headlineCaseLinesOnlyKeepConfirmedNames() {
        let a = analyze([("a.txt", "Response to Strikes: A United Opposition to Occupation of Iraq\n\nIraq condemned the strikes.")])
        let texts = mentions(a).map(\.0)
        #expect(texts.contains("Iraq"))
        #expect(!texts.contains("United Opposition"))
        #expect(!texts.contains("Occupation"))
    }

    @Test func cueWordsTypeUnknownNames() {
        let m = found("Jets hit Qorvan Air Base and the Lissar area. The Dunmere Brigades and the Velkan political coalition objected. Fighting went on in Tessaly. Units moved south of Orvieto.")
        #expect(m["Qorvan Air Base"] == .place)
        #expect(m["Lissar"] == .place)
        #expect(m["Dunmere Brigades"] == .organization)
        #expect(m["Velkan"] == .organization)
        #expect(m["Tessaly"] == .place)
        #expect(m["Orvieto"] == .place)
    }

    @Test func possessivesAndLeadingTheAreOutsideSpans() {
        let m = found("The Pentagon said Iraq’s government and the US troops agreed. The Cradle reported it.")
        #expect(m["Pentagon"] == .organization)
        #expect(m["Iraq"] == .place)
        #expect(m["US"] == .place)
        #expect(m["The Cradle"] == .organization)
        #expect(m["The Pentagon"] == nil)
    }

    @Test func demonymsAreNotEntitiesButQualifyNamedBodies() {
        let m = found("Iraqi officials and the Iraqi Armed Forces met the Iraqi Popular Mobilization Forces.")
        #expect(m["Iraqi"] == nil)
        #expect(m["Iraqi Armed Forces"] == .organization)
        #expect(m["Popular Mobilization Forces"] == .organization)
    }

    @Test func monthsAndWeekdaysSplitNames() {
        let m = found("On Sunday US jets struck. In September Baghdad said no.")
        #expect(m["US"] == .place)
        #expect(m["Baghdad"] == .place)
        #expect(m.keys.allSatisfy { !$0.contains("Sunday") && !$0.contains("September") })
    }

    @Test func listsShareTheTypeOfTheirFirstItem() {
        let m = found("The areas of Kel-Marra, Dostabad, and Varn Selick were shelled.")
        #expect(m["Kel-Marra"] == .place)
        #expect(m["Varn Selick"] == .place)
    }
}

@Suite struct AcronymTests {
    @Test func aBracketedAcronymJoinsItsLongForm() {
        let a = analyze([("a.txt", "Title\n\nThe Northern Relief Brigades (NRB) struck. Later the NRB withdrew.")])
        let long = entity(a, "Northern Relief Brigades")
        #expect(long != nil)
        #expect(entity(a, "NRB")?.id == long?.id)
        #expect(long?.type == .organization)
        #expect(a.documents[0].mentions.filter { $0.text == "NRB" }.count == 2)
    }

    @Test func aBracketedNomDeGuerreJoinsThePerson() {
        let a = analyze([("a.txt", "Title\n\nThe commander was Hajj Tamer Qudsi (Abou Fadi). Abou Fadi was buried.")])
        #expect(entity(a, "Tamer Qudsi")?.id == entity(a, "Abou Fadi")?.id)
        #expect(entity(a, "Tamer Qudsi")?.type == .person)
    }

    @Test func knownAcronymsJoinTheirLongFormWithoutDefinition() {
        let a = analyze([("a.txt", "Title\n\nThe PMF said so."), ("b.txt", "Title\n\nThe Popular Mobilisation Units said so.")])
        #expect(entity(a, "PMF")?.id == entity(a, "Popular Mobilisation Units", doc: 1)?.id)
    }
}
