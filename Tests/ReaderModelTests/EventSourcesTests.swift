import Testing
@testable import ReaderModel

/// News agencies report events and take no part in them; the saying of an event is no event
/// of its own; the date line reports nothing; who was acted on in passive sentences.
@Suite struct EventSourcesTests {
    func violent(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    func names(_ a: Analysis, _ indices: [Int]) -> [String] { indices.map { a.entities[$0].name } }

    @Test func anAgencyToldIsNeitherActorNorVictim() {
        let a = analyze([("a.txt", "Officer killed\n\nMonday, March 4, 2024\n\nTarek Halabi was killed in a drone strike in Aleppo on Sunday, sources told Reuters.")])
        let events = a.events.filter { $0.date != nil }
        #expect(events.count == 1)
        #expect(events.first.map { EventFamily.of($0.type) } == "attack")
        #expect(events.first.map { names(a, $0.actors) }?.contains("Reuters") == false)
        #expect(events.first.flatMap { $0.patient.map { a.entities[$0].name } } == "Tarek Halabi")
    }

    @Test func anAgencyInABodyDatelineIsNoActor() {
        let a = analyze([("a.txt", "Depot hit\n\nDAMASCUS (Reuters) – A drone strike hit a fuel depot in Aleppo on January 3, 2020.")])
        let events = violent(a)
        #expect(events.count == 1)
        #expect(events.first.map { names(a, $0.actors) } == [])
    }

    @Test func anOutletNamedAsTheSourceIsNoActorButAnOutletActingIs() {
        let a = analyze([
            ("a.txt", "Strike\n\nA drone strike hit a fuel depot in Aleppo on January 3, 2020, according to the BBC."),
            ("b.txt", "Cuts\n\nThe BBC sold its television centre in London on 4 March 2019."),
        ])
        #expect(violent(a).first.map { names(a, $0.actors) } == [])
        #expect(a.events.first { $0.type == "acquisition" }.map { names(a, $0.actors) } == ["BBC"])
    }

    @Test func twoArticlesQuotingDifferentAgenciesReportOneAttack() {
        // Each article names its agency where the victim would stand: it must not split the event.
        let a = analyze([
            ("a.txt", "Anniversary\n\nPublished: 9 October 2023\n\nThe Velkan Front attacked Dunmere on October 7, 2023, the Associated Press reported."),
            ("b.txt", "Raids\n\nPublished: 10 October 2023\n\nThe Velkan Front attacked Dunmere on October 7, 2023, Agence France-Presse reported."),
        ])
        let events = violent(a)
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
    }

    @Test func aStatementWithADayOfItsOwnStays() {
        let a = analyze([("a.txt", "Officer killed\n\nA drone strike killed Tarek Halabi in Aleppo on January 5, 2020, the Velkan Front said on January 6, 2020.")])
        let dated = a.events.filter { $0.date != nil }
        #expect(Set(dated.map { EventFamily.of($0.type) }) == ["attack", "statement"])
    }

    @Test func anUndatedSentenceKeepsItsRealEventNotTheSaying() {
        let a = analyze([("a.txt", "Aleppo\n\nThe Velkan Front says Tarek Halabi was killed in an attack.")])
        #expect(a.events.map { EventFamily.of($0.type) } == ["attack"])
    }

    @Test func theDateLineReportsNoEvent() {
        let a = analyze([("a.txt", "Aleppo\n\nPublished: 2 January 2024\n\nA drone strike killed Tarek Halabi in Aleppo on Monday.")])
        #expect(a.documents[0].date?.iso == "2024-01-02")
        #expect(!a.events.contains { $0.type == "release" })
        #expect(a.events.count == 1)
    }

    @Test func thePassiveSubjectIsTheVictim() {
        let a = analyze([("a.txt", "Leader killed\n\nArvid Kessel, a commander close to Mira Tollan, was assassinated in Homs on 3 March 2021, the Velkan Front said.")])
        let event = violent(a).first
        #expect(event.flatMap { $0.patient.map { a.entities[$0].name } } == "Arvid Kessel")
    }

    @Test func theVictimAfterAnOrganizationIsThePerson() {
        let a = analyze([("a.txt", "Leader killed\n\nOn 3 March 2021 the Dunmere Brigades claimed the assassination of Velkan Front commander Arvid Kessel.")])
        let event = violent(a).first
        #expect(event.flatMap { $0.patient.map { a.entities[$0].name } } == "Arvid Kessel")
    }

    @Test func aBackgroundPhraseNamesNoVictimOfTheMainEvent() {
        let a = analyze([("a.txt", "Strike\n\nA drone strike hit Aleppo on 3 March 2021, hours before the assassination of Arvid Kessel.")])
        let strike = a.events.first { $0.date?.iso == "2021-03-03" && $0.context == .reported }
        #expect(strike != nil)
        #expect(strike?.patient == nil)
    }
}

/// Places too wide to agree on, past events looked back on, and neighbouring days in one article.
@Suite struct EventBackgroundMergeTests {
    func violent(_ a: Analysis) -> [Event] {
        a.events.filter { EventFamily.of($0.type) == "attack" && $0.date != nil }
    }

    @Test func referencesToOnePastAttackInLaterArticlesAreOneEvent() {
        let a = analyze([
            ("a.txt", "Speech\n\nPublished: 9 March 2024\n\nMira Tollan recalled the attack on October 7, 2023, in a speech to students."),
            ("b.txt", "Aid\n\nPublished: 2 April 2024\n\nAid to the region has grown since the October 7, 2023 attack, the Ostrava Relief Fund said."),
        ])
        let events = violent(a)
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
    }

    @Test func recentAttacksOnOneDayNamingNothingInCommonStayApart() {
        let a = analyze([
            ("a.txt", "Speech\n\nPublished: 9 October 2023\n\nMira Tollan condemned the attack on October 7, 2023, in a speech to students."),
            ("b.txt", "Aid\n\nPublished: 10 October 2023\n\nAid to the region has grown since the October 7, 2023 attack, the Ostrava Relief Fund said."),
        ])
        #expect(violent(a).count == 2)
    }

    @Test func anArticleReportingBothDaysKeepsTheDayAwayApart() {
        let a = analyze([
            ("a.txt", "Strike\n\nA drone strike hit a depot in Homs on 3 March 2021."),
            ("b.txt", "Strikes\n\nA second strike hit a depot in Homs on 4 March 2021. The first strike had hit a depot in Homs on 3 March 2021."),
        ])
        let first = violent(a).first { $0.date?.iso == "2021-03-03" }
        #expect(first?.documents == [0, 1])
        #expect(violent(a).contains { $0.date?.iso == "2021-03-04" })
    }
}
