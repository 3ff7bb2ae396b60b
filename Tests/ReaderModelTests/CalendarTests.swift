import Testing
@testable import ReaderModel

/// Dates are real calendar days in 1–9999 wherever they are made.
@Suite struct CalendarTests {
    @Test func impossibleDaysAndYearsAreRefused() {
        #expect(DateValue.checked(year: 2021, month: 2, day: 30) == nil)
        #expect(DateValue.checked(year: 2023, month: 2, day: 29) == nil)
        #expect(DateValue.checked(year: 1900, month: 2, day: 29) == nil)
        #expect(DateValue.checked(year: 2000, month: 2, day: 29) != nil)
        #expect(DateValue.checked(year: 2024, month: 4, day: 31) == nil)
        #expect(DateValue.checked(year: 2024, month: 13) == nil)
        #expect(DateValue.checked(year: 10000) == nil)
        #expect(DateValue.checked(year: 0) == nil)
        #expect(DateValue.checked(year: 9999, month: 12, day: 31) != nil)
        #expect(DateValue(iso: "2021-02-30") == nil)
        #expect(DateValue(iso: "10000") == nil)
        #expect(DateValue(iso: "20200") == nil)
    }

    @Test func arithmeticIsGregorian() {
        #expect(DateValue(year: 2024, month: 2, day: 7).weekday == 4)   // a Wednesday
        #expect(DateValue(year: 2020, month: 1, day: 3).weekday == 6)   // a Friday
        #expect(DateValue(year: 2024, month: 2, day: 28).adding(days: 1).iso == "2024-02-29")
        #expect(DateValue(year: 2023, month: 12, day: 31).adding(days: 1).iso == "2024-01-01")
        #expect(DateValue(year: 2024, month: 1, day: 31).adding(months: 1).iso == "2024-02-29")
        #expect(DateValue(year: 2024, month: 1).adding(months: -1).iso == "2023-12")
        #expect(DateValue(year: 2024, month: 3, day: 1).days(since: DateValue(year: 2024, month: 2, day: 1)) == 29)
    }

    @Test func weeksStartOnMondayAndNameTheMonthOfTheirThursday() {
        let week = DateValue.week(of: DateValue(year: 2024, month: 2, day: 1))!
        #expect(week.precision == .week && week.display == "week of 2024-01-29")
        #expect(week.iso == "2024-02")
        #expect(week.isCompatible(with: DateValue(year: 2024, month: 1, day: 31)))
        #expect(week.isCompatible(with: DateValue(year: 2024, month: 1)))
        #expect(!week.isCompatible(with: DateValue(year: 2024, month: 2, day: 5)))
    }

    @Test func chainsOfRelativeDatesNeverLeaveTheRange() {
        // "In 2090 … a decade later" eight hundred times: past 9999 the chain stops dating.
        let sentence = "A decade later they returned."
        let text = "In 2090 the Velkan Front was founded. " + String(repeating: sentence + " ", count: 800)
        let dates = resolvedDates(text)
        #expect(dates.compactMap { $0 }.allSatisfy { DateValue(iso: $0) != nil })
        #expect(dates.last! == nil)
        #expect(dates.compactMap { $0 }.last == "9990")
    }

    @Test func impossibleDatesInTextAreNoDates() {
        #expect(resolvedDates("It happened on February 30, 2021 and on 31 April 2020.").isEmpty)
        #expect(resolvedDates("On 30 February the council met.", dateline: "2024-03-04").isEmpty)
        #expect(resolvedDates("The 2021-02-30 file was lost.").isEmpty)
    }

    @Test func theExportHoldsOnlyValidDates() {
        let a = analyze([("a.txt", "Headline\n\nPublished: 30 February 2021\n\nThe Velkan Front attacked Homs on February 30, 2021, in 10000 and on 3 March 2021.")])
        let export = ExportFormat(a)
        let dates = export.events.compactMap(\.date) + export.documents.compactMap(\.date)
        #expect(dates == ["2021-03-03"])
    }
}
