import Testing
@testable import ReaderModel

/// One article with a date line; its events as (type, date, context).
func datedEvents(_ body: String, dateLine: String = "Published: 7 February 2024") -> [(type: String, date: String?, context: EventContext)] {
    let a = analyze([("a.txt", "Headline\n\n\(dateLine)\n\n\(body)")])
    return a.events.map { ($0.type, $0.date?.display, $0.context) }
}

/// The date of the one event of a type.
func dateOf(_ type: String, in body: String, dateLine: String = "Published: 7 February 2024") -> String? {
    datedEvents(body, dateLine: dateLine).first { $0.type == type }?.date
}

/// Weekdays and relative days against the article's date (7 February 2024 is a Wednesday).
@Suite struct RelativeDateTests {
    @Test(arguments: [
        ("On Sunday, the Velkan Front attacked a depot near Homs.", "2024-02-04"),
        ("The Velkan Front attacked a depot near Homs on Monday night.", "2024-02-05"),
        ("Monday's strike on a depot near Homs was the third this month.", "2024-02-05"),
        ("The Velkan Front attacked a depot near Homs late Friday.", "2024-02-02"),
        ("The Velkan Front attacked a depot near Homs on Wednesday.", "2024-02-07"),
        ("The Velkan Front attacked a depot near Homs last Friday.", "2024-02-02"),
        ("The Velkan Front attacked a depot near Homs yesterday.", "2024-02-06"),
        ("The Velkan Front attacked a depot near Homs last night.", "2024-02-06"),
        ("The Velkan Front attacked a depot near Homs today.", "2024-02-07"),
        ("The Velkan Front attacked a depot near Homs last week.", "week of 2024-01-29"),
        ("The Velkan Front attacked a depot near Homs earlier this week.", "week of 2024-02-05"),
        ("The Velkan Front attacked a depot near Homs last month.", "2024-01"),
        ("The Velkan Front attacked a depot near Homs on 3 February.", "2024-02-03"),
        ("The Velkan Front attacked a depot near Homs on 20 December.", "2023-12-20"),
        ("The Velkan Front attacked a depot near Homs four years ago.", "2020"),
    ])
    func pastReportsTakeTheLatestDayOnOrBeforeTheArticle(body: String, expected: String) {
        #expect(dateOf("attack", in: body) == expected)
    }

    @Test func lastFridayOnAFridayIsAWeekBefore() {
        #expect(dateOf("attack", in: "The Velkan Front attacked Homs last Friday.", dateLine: "Published: 9 February 2024") == "2024-02-02")
        #expect(dateOf("attack", in: "The Velkan Front attacked Homs on Friday.", dateLine: "Published: 9 February 2024") == "2024-02-09")
    }

    @Test(arguments: [
        ("The regional council will meet on Monday in Homs.", "2024-02-12"),
        ("The regional council is due to meet on Wednesday in Homs.", "2024-02-07"),
        ("The regional council will meet next Wednesday in Homs.", "2024-02-14"),
        ("The regional council will meet tomorrow in Homs.", "2024-02-08"),
        ("The regional council will meet next week in Homs.", "week of 2024-02-12"),
        ("The regional council will meet on 3 March in Homs.", "2024-03-03"),
        ("The regional council will meet on 3 February in Homs.", "2025-02-03"),
    ])
    func plansTakeTheNextDay(body: String, expected: String) {
        let e = datedEvents(body).first { $0.type == "meeting" }
        #expect(e?.date == expected)
        #expect(e?.context == .planned)
    }

    @Test func aPastReportIsNeverDatedAfterItsArticle() {
        // "three days after the raid" counted from Monday would be after the article: no date.
        let events = datedEvents("On Monday, a drone strike killed Oskar Brenn in Homs. The Velkan Front shelled a Dunmere Brigades position three days after the raid.")
        #expect(events.filter { $0.type == "attack" || $0.type == "killing" }.compactMap(\.date) == ["2024-02-05"])
        #expect(!events.contains { ($0.date ?? "") > "2024-02-07" })
    }

    @Test func daysAfterANamedDayCountFromIt() {
        let events = datedEvents("Supporters of the Velkan Front protested in Aleppo a day after Sunday's strike that killed Arvid Kessel.")
        #expect(events.first { $0.type == "protest" }?.date == "2024-02-05")
    }

    @Test func withoutAnArticleDateWeekdaysStayUndated() {
        let a = analyze([("a.txt", "Headline\n\nOn Sunday, the Velkan Front attacked a depot near Homs. Yesterday it attacked again.")])
        #expect(a.events.allSatisfy { $0.date == nil })
    }

    @Test func todayInThePresentTenseIsNotADate() {
        #expect(dateOf("attack", in: "Today, the attacks come mostly from the Velkan Front.") == nil)
    }

    @Test func aNameWithTodayIsNotADate() {
        #expect(resolvedDates("He told USA Today that the Velkan Front attacked.", dateline: "2024-02-07").isEmpty)
    }
}
