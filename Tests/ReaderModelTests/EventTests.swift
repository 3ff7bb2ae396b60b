import Testing
@testable import ReaderModel

@Suite struct EventExtractionTests {
    func events(_ articles: [(String, String)]) -> (Analysis, [Event]) {
        let a = analyze(articles)
        return (a, a.events)
    }

    @Test func aSentenceWithAnEventWordAndADateIsAnEvent() {
        let (a, evs) = events([("a.txt", "Title\n\nOn January 18, 2015, US aircraft bombed the Dunmere Brigades in Baiji, killing 80 fighters.")])
        let attack = evs.first { $0.type == "attack" }
        #expect(attack?.date?.iso == "2015-01-18")
        #expect(attack.map { $0.actors.map { a.entities[$0].name } } == ["Dunmere Brigades"])
        #expect(attack.map { $0.places.map { a.entities[$0].name } }?.contains("Baiji") == true)
        #expect(attack?.summary.hasPrefix("On January 18, 2015, US aircraft bombed") == true)
    }

    @Test func demandsThreatsAndQuotationsAreNotEventsThatHappened() {
        let (_, evs) = events([("a.txt", "Title\n\nIn 2020 parliament passed a resolution demanding the withdrawal of troops. In 2021 he threatened to attack. In 2022 he said “we bombed them”.")])
        #expect(evs.filter { $0.type == "withdrawal" }.allSatisfy { $0.context == .hypothetical })
        #expect(evs.filter { $0.type == "attack" }.allSatisfy { $0.context == .hypothetical })
        #expect(ExportFormat(analyze([("a.txt", "Title\n\nIn 2021 he threatened to attack.")])).events.allSatisfy { $0.date == nil })
        #expect(evs.contains { $0.type == "vote" && $0.date?.iso == "2020" })
        #expect(evs.contains { $0.type == "statement" && $0.date?.iso == "2022" })
    }

    @Test func everyDateInASentenceIsAnEventAndAYearGivesWayToItsDays() {
        let (_, evs) = events([("a.txt", "Title\n\nThe targeting escalated in 2018, with the bombing of depots in the Najaf Sea on 7 June and in Babil on 30 June.")])
        let dates = Set(evs.compactMap { $0.date?.iso })
        #expect(dates == ["2018-06-07", "2018-06-30"])
    }

    @Test func aDateInWhatWasSaidDoesNotDateTheSaying() {
        let (_, evs) = events([("a.txt", "Title\n\nAnalysts said the Zentrix firm could launch new products in 2007. On Friday, 4 March 2005, the minister announced a plan.")])
        #expect(!evs.contains { $0.type == "statement" && $0.date?.year == 2007 })
        #expect(evs.contains { $0.type == "statement" && $0.date?.iso == "2005-03-04" })
    }

    @Test func agentAndPatientComeFromEitherSideOfTheEventWord() {
        let (a, evs) = events([("a.txt", "Title\n\nOn 21 November 2023, the Velkan Front attacked the Dunmere Brigades.")])
        let e = evs.first { $0.type == "attack" }
        #expect(e?.agent.map { a.entities[$0].name } == "Velkan Front")
        #expect(e?.patient.map { a.entities[$0].name } == "Dunmere Brigades")
    }

    @Test func articlesWithoutADatelineGetAnInferredDate() {
        let a = analyze([("a.txt", "Title\n\nThe war began in October 2023. On Thursday, January 4, a drone struck."),
                         ("b.txt", "Title\n\nThe Cradle, December 4, 2023 —\n\nOn 22 November, officials met.")])
        #expect(a.documents[0].date?.iso == "2024-01-04" && a.documents[0].dateInferred)
        #expect(a.documents[1].date?.iso == "2023-12-04" && !a.documents[1].dateInferred)
    }
}

@Suite struct EventMergingTests {
    @Test func oneEventReportedByTwoArticlesIsOneEvent() {
        let a = analyze([("a.txt", "Title\n\nCommander Zarko Vellan was assassinated in Baghdad on January 3, 2020."),
                         ("b.txt", "Title\n\nThe assassination of Zarko Vellan in 2020 shocked Baghdad.")])
        let killings = a.events.filter { $0.type == "killing" && $0.date != nil }
        #expect(killings.count == 1)
        #expect(killings.first?.date?.iso == "2020-01-03")
        #expect(killings.first?.documents == [0, 1])
    }

    @Test func eventsSharingOnlyADateStayApart() {
        let a = analyze([("a.txt", "Title\n\nOn January 3, 2020, the Velkan Front attacked Tessaly."),
                         ("b.txt", "Title\n\nOn January 3, 2020, the Dunmere Brigades attacked Orvieto.")])
        #expect(a.events.filter { $0.type == "attack" && $0.date?.iso == "2020-01-03" }.count == 2)
    }

    @Test func differentDaysNeverMeet() {
        let a = analyze([("a.txt", "Title\n\nOn January 3, 2020, the Velkan Front attacked Tessaly."),
                         ("b.txt", "Title\n\nOn January 9, 2020, the Velkan Front attacked Tessaly.")])
        #expect(a.events.filter { $0.type == "attack" }.count == 2)
    }

    @Test func differentKindsOfEventStayApart() {
        let a = analyze([("a.txt", "Title\n\nOn January 3, 2020, the Velkan Front attacked Tessaly. On January 3, 2020, the Velkan Front met in Tessaly.")])
        #expect(a.events.contains { $0.type == "attack" } && a.events.contains { $0.type == "meeting" })
    }

    @Test func seedTimelineHasNoDatesFromCountsAndRunsFrom1991To2024() {
        let dated = seedWorld.analysis.events.compactMap(\.date)
        #expect(dated.first?.year == 1991)
        #expect(dated.last.map { $0.year == 2024 && $0.month == 1 } == true)
        #expect(dated.allSatisfy { (1991...2024).contains($0.year) })
        #expect(zip(dated, dated.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func eventsAppearInTheExport() {
        let export = ExportFormat(seedWorld.analysis)
        #expect(!export.events.isEmpty)
        let ids = Set(export.entities.map(\.id))
        #expect(export.events.allSatisfy { $0.actors.allSatisfy(ids.contains) && !$0.mentions.isEmpty })
        #expect(export.events.contains { $0.date == "2020-01-03" && Set($0.mentions.map(\.doc)).count == 4 })
    }
}
