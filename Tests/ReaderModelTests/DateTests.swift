import Testing
@testable import ReaderModel

/// Date phrases found in a sentence, resolved against an optional dateline.
func resolvedDates(_ text: String, dateline: String? = nil) -> [String?] {
    let (tokens, starts) = SentenceSplitter(abbreviations: Knowledge.bundled.abbreviations).mark(Tokenizer.tokenize(Array(text.unicodeScalars)))
    var inputs: [DateResolver.Input] = []
    var paragraph = 0
    for (s, start) in starts.enumerated() {
        let end = s + 1 < starts.count ? starts[s + 1] : tokens.count
        if s > 0, tokens[start].newlinesBefore > 0 { paragraph += 1 }
        for e in DateFinder.find(tokens, in: start..<end) { inputs.append(.init(expression: e, sentence: s, paragraph: paragraph)) }
    }
    return DateResolver().resolve(inputs, dateline: dateline.flatMap(DateValue.init(iso:))).dates.map { $0?.iso }
}

@Suite struct DateFormTests {
    @Test(arguments: [
        ("It happened on January 3, 2020.", "2020-01-03"),
        ("It happened on 3 January 2020.", "2020-01-03"),
        ("It happened on 19 October, 2014.", "2014-10-19"),
        ("It happened in November 2016.", "2016-11"),
        ("It happened in 2014.", "2014"),
        ("In December 2021 it ended.", "2021-12"),
        ("Filed 2020-01-03 at noon.", "2020-01-03"),
        ("It happened since 2003.", "2003"),
    ])
    func absoluteForms(text: String, expected: String) {
        #expect(resolvedDates(text) == [expected])
    }

    @Test(arguments: [
        ("It happened on Jan. 3 here.", "2023-01-03"),
        ("It happened on 7 June here.", "2023-06-07"),
        ("It happened in September here.", "2023-09"),
    ])
    func partialFormsTakeTheYearBeforeTheDateline(text: String, expected: String) {
        #expect(resolvedDates(text, dateline: "2023-12-04") == [expected])
    }

    @Test func partialDatesAfterTheDatelineAreLastYear() {
        #expect(resolvedDates("It happened on 20 December.", dateline: "2023-12-04") == ["2022-12-20"])
    }

    @Test func numbersThatAreNotDatesAreIgnored() {
        #expect(resolvedDates("Some 2,500 troops and 110 drone strikes hit the 52nd Brigade and 1991 soldiers.").isEmpty)
        #expect(resolvedDates("The 2020 troops left.").isEmpty)
    }

    @Test func aRangeKeepsItsStart() {
        #expect(resolvedDates("It lasted between 1991 and 2003.") == ["1991"])
    }

    @Test func mayIsAMonthOnlyWithADayOrYear() {
        #expect(resolvedDates("Officials may meet. It happened on 4 May 2019.") == ["2019-05-04"])
    }

    @Test func aCapitalisedMayAfterADateWordIsTheMonth() {
        // "last May", "since May": no modal verb follows these words; a modal "May" opening a sentence stays none.
        #expect(resolvedDates("The city fell last May.", dateline: "2024-02-18") == ["2023-05"])
        #expect(resolvedDates("Fighting has raged since May.", dateline: "2024-08-01") == ["2024-05"])
        #expect(resolvedDates("May the talks succeed. Officials may meet.", dateline: "2024-08-01") == [])
    }
}

@Suite struct DateResolutionTests {
    @Test func aWeekdayWithDayAndMonthFixesTheYear() {
        // The first year from the latest year named in which January 4 was a Thursday.
        let dates = resolvedDates("The war began in October 2023. On Thursday, January 4, a drone struck.")
        #expect(dates == ["2023-10", "2024-01-04"])
        #expect(resolvedDates("On Monday, January 4, it rained. Earlier, in 2019, it was dry.") == ["2021-01-04", "2019"])
    }

    @Test func bareWeekdaysNeedAnAnchor() {
        #expect(resolvedDates("On Friday, he spoke.") == [nil])
        // With a dateline: the latest such day on or before it.
        #expect(resolvedDates("On Friday, he spoke.", dateline: "2023-12-04") == ["2023-12-01"])
        #expect(resolvedDates("On Monday, he spoke.", dateline: "2023-12-04") == ["2023-12-04"])
    }

    @Test func aPinnedDateAnchorsTheWeekAfterIt() {
        // Written after Friday: "on Friday" is the day after the Thursday.
        let dates = resolvedDates("In 2021 it began. On Thursday, January 4, a drone struck. On Friday, he spoke.")
        #expect(dates == ["2021", "2024-01-04", "2024-01-05"])
    }

    @Test func laterPhrasesCountFromThePreviousDate() {
        let dates = resolvedDates("On January 18, 2015, jets struck. Two months later, on 12 March, they struck again. Three weeks later, more came. A decade later, all was quiet.")
        #expect(dates == ["2015-01-18", "2015-03", "2015-03-12", "2015-04", "2025"])
    }

    @Test func daysAfterGivesTheMonth() {
        #expect(resolvedDates("He was killed on January 3, 2020. Days later, parliament voted.") == ["2020-01-03", "2020-01"])
    }

    @Test func theSameDayKeepsTheDay() {
        #expect(resolvedDates("On 21 November 2023 a drone struck, and the same day a missile fell.") == ["2023-11-21", "2023-11-21"])
    }

    @Test func agoAndLastWeekNeedTheArticleDate() {
        #expect(resolvedDates("It happened four years ago. Last week he spoke.", dateline: "2024-01-05") == ["2020", "2023-12"])
        #expect(resolvedDates("It happened four years ago. Last week he spoke.") == [nil, nil])
    }

    @Test func paragraphsCarryTheirYear() {
        let dates = resolvedDates("The targeting escalated in 2018, with strikes on 7 June and on 30 June.\nOn 2 October another came.", dateline: "2023-12-04")
        #expect(dates == ["2018", "2018-06-07", "2018-06-30", "2023-10-02"])
    }

    @Test func precisionIsKept() {
        let v = DateValue(iso: "2020-01")!
        #expect(v.precision == .month && v.iso == "2020-01")
        #expect(DateValue(iso: "2020")!.isCompatible(with: DateValue(iso: "2020-01-03")!))
        #expect(!DateValue(iso: "2020-01-04")!.isCompatible(with: DateValue(iso: "2020-01-03")!))
        #expect(!DateValue(year: 2023, month: 2, day: 30).isValid)
    }
}
