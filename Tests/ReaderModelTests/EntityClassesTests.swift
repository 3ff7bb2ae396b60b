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
