import Testing
@testable import ReaderModel

/// Reports in different words and precision become one event; different events stay apart.
@Suite struct EventMergeTests {
    func dated(_ a: Analysis, _ family: Set<String>) -> [Event] {
        a.events.filter { family.contains($0.type) && $0.date != nil }
    }

    @Test func aStrikeThatKillsIsOneEventInItsSentence() {
        let a = analyze([("a.txt", "Headline\n\nOn 3 March 2021, a drone strike killed Arvid Kessel, a commander of the Velkan Front, near Homs.")])
        #expect(dated(a, ["attack", "killing"]).count == 1)
    }

    @Test func oneEventInDifferentWordsAcrossArticles() {
        let a = analyze([
            ("a.txt", "Drone strike near Aleppo\n\nMonday, January 6, 2020\n\nA drone strike on Sunday killed Arvid Kessel, the commander of the Velkan Front, near Aleppo."),
            ("b.txt", "Mourning in Aleppo\n\nPublished: 7 January 2020\n\nSunday's strike left the Velkan Front without Arvid Kessel, its commander."),
            ("c.txt", "A year on\n\nPublished: 5 January 2021\n\nThe Dunmere Brigades have denied any part in the assassination of Arvid Kessel."),
        ])
        let events = dated(a, ["attack", "killing"])
        #expect(events.count == 1)
        #expect(events.first?.date?.iso == "2020-01-05")
        #expect(events.first?.documents == [0, 1, 2])
    }

    @Test func exactDaysOneApartInTwoArticlesMeet() {
        // Time zones: one outlet dates the strike a day later than another.
        let a = analyze([("a.txt", "Headline\n\nA drone killed Arvid Kessel near Aleppo on January 3, 2020."),
                         ("b.txt", "Headline\n\nArvid Kessel was killed by a drone near Aleppo on January 4, 2020.")])
        let events = dated(a, ["attack", "killing"])
        #expect(events.count == 1)
        #expect(events.first?.documents == [0, 1])
    }

    @Test func oneArticleNeverReportsOneEventOnTwoDays() {
        let a = analyze([("a.txt", "Headline\n\nA drone killed Arvid Kessel near Aleppo on January 3, 2020. A drone killed Arvid Kessel's deputy near Aleppo on January 4, 2020.")])
        #expect(dated(a, ["attack", "killing"]).count == 2)
    }

    @Test func daysFurtherApartNeverMeet() {
        let a = analyze([("a.txt", "Headline\n\nA drone killed Arvid Kessel near Aleppo on January 3, 2020."),
                         ("b.txt", "Headline\n\nArvid Kessel was killed by a drone near Aleppo on January 5, 2020.")])
        #expect(dated(a, ["attack", "killing"]).count == 2)
    }

    @Test func differentVictimsOnOneDayAreTwoEvents() {
        let a = analyze([("a.txt", "Headline\n\nOn January 3, 2020, the Velkan Front killed Arvid Kessel near Aleppo."),
                         ("b.txt", "Headline\n\nOn January 3, 2020, the Velkan Front killed Oskar Brenn near Homs.")])
        #expect(dated(a, ["attack", "killing"]).count == 2)
    }

    @Test func statementsOnNeighbouringDaysStayApart() {
        let a = analyze([("a.txt", "Headline\n\nOn January 3, 2020, the Velkan Front said it was ready."),
                         ("b.txt", "Headline\n\nOn January 4, 2020, the Velkan Front said it was ready.")])
        #expect(dated(a, ["statement"]).count == 2)
    }

    @Test func aPlanAndTheReportThatItHappenedAreOneEvent() {
        let a = analyze([("a.txt", "Headline\n\nPublished: 7 January 2020\n\nThe Velkan Front will hold a funeral for Arvid Kessel on Thursday."),
                         ("b.txt", "Headline\n\nPublished: 10 January 2020\n\nThe Velkan Front held a funeral for Arvid Kessel on Thursday.")])
        let funerals = a.events.filter { $0.type == "funeral" }
        #expect(funerals.count == 1)
        #expect(funerals.first?.context == .reported)
        #expect(funerals.first?.date?.iso == "2020-01-09" && funerals.first?.documents == [0, 1])
    }

    @Test func threatsDoNotMergeWithWhatHappened() {
        let a = analyze([("a.txt", "Headline\n\nPublished: 7 January 2020\n\nThe Velkan Front threatened to attack Arvid Kessel in Aleppo on Thursday."),
                         ("b.txt", "Headline\n\nPublished: 10 January 2020\n\nThe Velkan Front attacked Arvid Kessel in Aleppo on Thursday.")])
        let attacks = a.events.filter { $0.type == "attack" }
        #expect(Set(attacks.map(\.context)) == [.hypothetical, .reported])
        #expect(attacks.count == 2)
    }
}

/// Background mentions point to earlier events; they never make a new event dated from the article.
@Suite struct BackgroundMentionTests {
    @Test func aBackgroundMentionJoinsTheEventItNames() {
        let a = analyze([
            ("a.txt", "Headline\n\nA drone killed Arvid Kessel, the commander of the Velkan Front, near Aleppo on January 5, 2020."),
            ("b.txt", "Headline\n\nPublished: 7 February 2024\n\nThe Velkan Front elected Mira Tollan as its leader on Tuesday, nearly four years after the killing of Arvid Kessel."),
        ])
        let killing = a.events.first { ["attack", "killing"].contains($0.type) && $0.date != nil }
        #expect(killing?.date?.iso == "2020-01-05")
        #expect(killing?.documents == [0, 1])
        // No killing or attack dated from the later article.
        #expect(!a.events.contains { ["attack", "killing"].contains($0.type) && ($0.date?.year ?? 0) >= 2024 })
        #expect(a.events.contains { $0.type == "election" && $0.date?.iso == "2024-02-06" })
    }

    @Test func anUnmatchedBackgroundMentionStaysAnUndatedReference() {
        let a = analyze([("b.txt", "Headline\n\nPublished: 7 February 2024\n\nThe Velkan Front elected Mira Tollan as its leader on Tuesday, nearly four years after the killing of Arvid Kessel.")])
        let killing = a.events.first { $0.type == "killing" }
        #expect(killing?.date == nil)
        #expect(killing?.context == .background)
    }

    @Test func sinceTheYearAssassinationIsDatedByItsYear() {
        let a = analyze([("b.txt", "Headline\n\nPublished: 7 February 2024\n\nMira Tollan has led the Velkan Front in Homs since the 2020 assassination of Arvid Kessel.")])
        let killing = a.events.first { $0.type == "killing" }
        #expect(killing?.date?.iso == "2020")
        #expect(killing?.context == .background)
    }
}

/// Each event says whether it happened, is background, is planned or is hypothetical.
@Suite struct EventContextTests {
    @Test func threatsDemandsAndPlansAreMarkedAndNotExportedAsHappened() {
        let a = analyze([("a.txt", "Headline\n\nPublished: 7 February 2024\n\nThe Velkan Front threatened to attack Homs next Friday. Protesters demanded the withdrawal of the Dunmere Brigades. The council will meet on Monday in Homs. The Velkan Front attacked Homs on Tuesday.")])
        #expect(a.events.contains { $0.type == "attack" && $0.context == .hypothetical })
        #expect(a.events.contains { $0.type == "withdrawal" && $0.context == .hypothetical })
        #expect(a.events.contains { $0.type == "meeting" && $0.context == .planned && $0.date?.iso == "2024-02-12" })
        #expect(a.events.contains { $0.type == "attack" && $0.context == .reported && $0.date?.iso == "2024-02-06" })
        let export = ExportFormat(a)
        // A plan keeps its date; a threat has none in the export, only the date it would have.
        let meeting = export.events.first { $0.type == "meeting" }
        #expect(meeting?.date == "2024-02-12" && meeting?.expectedDate == nil && meeting?.context == "planned")
        #expect(meeting?.datePrecision == "day")
        let threat = export.events.first { $0.type == "attack" && $0.context == "hypothetical" }
        #expect(threat?.date == nil && threat?.expectedDate == "2024-02-09")
        let attack = export.events.first { $0.type == "attack" && $0.context == "reported" }
        #expect(attack?.date == "2024-02-06" && attack?.datePrecision == "day")
    }

    @Test func theExportGivesPrecisionAndContextForEveryEvent() {
        let a = analyze([("a.txt", "Headline\n\nPublished: 7 February 2024\n\nThe Velkan Front attacked Homs last week. It attacked Aleppo in 2019 and Idlib in March 2020.")])
        let export = ExportFormat(a)
        #expect(export.events.allSatisfy { EventContext(rawValue: $0.context) != nil })
        let week = export.events.first { $0.weekOf != nil }
        #expect(week?.datePrecision == "week" && week?.weekOf == "2024-01-29" && week?.date == "2024-02")
        #expect(export.events.contains { $0.date == "2019" && $0.datePrecision == "year" })
        #expect(export.events.contains { $0.date == "2020-03" && $0.datePrecision == "month" })
        #expect(export.json().contains("\"context\" : \"reported\"") || export.json().contains("\"context\": \"reported\""))
    }
}

/// The sidebar and the timeline mark what has not happened.
@Suite struct EventMarkTests {
    static let world = ReaderWorld(analysis: analyze([("a.txt", "Council to meet\n\nPublished: 7 February 2024\n\nThe regional council will meet on Monday in Homs. The Velkan Front threatened to attack Homs next Friday. The Velkan Front attacked Aleppo on Tuesday.")]))

    @Test func theTimelineMarksPlannedAndHypotheticalEvents() {
        var r = Reader(world: Self.world, width: 120, height: 30)
        r.press(.character("t"))
        let lines = Renderer.frame(r).text.split(separator: "\n")
        #expect(lines.contains { $0.contains("2024-02-12") && $0.contains("meeting") && $0.contains("[planned]") })
        #expect(lines.contains { $0.contains("2024-02-09") && $0.contains("[hypothetical]") })
        #expect(lines.contains { $0.contains("2024-02-06") && $0.contains("attack") && !$0.contains("[") })
    }

    @Test func theSidebarMarksThemToo() {
        let rows = SidebarContent.eventRow(Self.world.events.events.first { $0.context == .planned }!, 0, in: 0)
        #expect(rows.text.hasPrefix("2024-02-12 meeting [planned]: "))
    }
}

/// A year before an event noun dates an occasion; reports of one occasion meet by its name.
@Suite struct OccasionTests {
    @Test func aYearBeforeAnEventNounDatesIt() {
        let a = analyze([("a.txt", "Headline\n\nShe co-wrote the 1978 film with Arvid Kessel. His 1962 ABC album still sells.")])
        let dates = Set(a.events.compactMap { $0.date?.iso })
        #expect(dates.isSuperset(of: ["1978", "1962"]))
        #expect(resolvedDates("The 2020 troops left.").isEmpty)
    }

    @Test func oneOccasionInThreeArticlesIsOneEvent() {
        let a = analyze([("a.txt", "Headline\n\nArvid Kessel worked with the British teams at the 2000 and 2004 Olympics."),
                         ("b.txt", "Headline\n\nMira Tollan ran in the relay at the 2004 Olympic Games."),
                         ("c.txt", "Headline\n\nThe firm kitted out the team at the 2004 Olympics.")])
        let games = a.events.filter { $0.date?.iso == "2004" }
        #expect(games.count == 1 && games.first?.documents == [0, 1, 2])
        #expect(a.events.contains { $0.date?.iso == "2000" })
    }

    @Test func twoOccasionsOfOneYearStayApart() {
        let a = analyze([("a.txt", "Headline\n\nArvid Kessel played at the 2004 Olympics."),
                         ("b.txt", "Headline\n\nArvid Kessel played at the 2004 World Cup.")])
        #expect(a.events.filter { $0.date?.iso == "2004" }.count == 2)
    }
}
