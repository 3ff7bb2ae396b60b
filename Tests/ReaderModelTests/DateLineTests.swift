import Testing
@testable import ReaderModel

/// Article dates from the date lines real files carry, and none guessed from the body.
@Suite struct DateLineTests {
    let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)

    func parse(_ text: String) -> Document { parser.parse(Document(id: "x.txt", text: text)) }

    @Test(arguments: [
        ("Headline\n\nMonday, January 6, 2020\n\nBody.", "2020-01-06"),
        ("Headline\nPublished: 7 February 2024\n\nBody.", "2024-02-07"),
        ("Headline\nPublished on 7 Feb 2024 | Updated: 8 February 2024 11:00 GMT\n\nBody.", "2024-02-07"),
        ("Headline\nUpdated Feb. 7, 2024 10:32 AM ET\n\nBody.", "2024-02-07"),
        ("Headline\n\n2024-02-07\n\nBody.", "2024-02-07"),
        ("Headline\n\n2024-02-07T10:32:00Z\n\nBody.", "2024-02-07"),
        ("Headline\n\ndate 2024-02-07\n\nBody.", "2024-02-07"),
        ("Headline\n\nDate: 2024-02-07\n\nBody.", "2024-02-07"),
        ("Headline\n*Last updated: Tuesday 6 February 2024, 14:05*\n\nBody.", "2024-02-06"),
        ("Headline\n\nThe Cradle, December 4, 2023 —\n\nBody.", "2023-12-04"),
        ("Headline\n\nMonday 25 March 2024\n\nBody.", "2024-03-25"),
        ("Headline\n\nPublished on March 25, 2024\n\nBody.", "2024-03-25"),
        ("Headline\n\nWednesday, 31 July 2024\n\nBody.", "2024-07-31"),
        ("Headline\n\nUpdated Jul. 31, 2024\n\nBody.", "2024-07-31"),
        ("Headline\n\n14 Jun 2024\n\nBody.", "2024-06-14"),
        ("Headline\n2024/01/29\n\nBody.", "2024-01-29"),
        ("Headline\nPublished 08:35 IST, March 7th 2024\n\nBody.", "2024-03-07"),
        ("Headline\nUpdated 10:32 AM ET | 21st June 2023\n\nBody.", "2023-06-21"),
    ])
    func dateLinesUnderTheTitle(text: String, expected: String) {
        let doc = parse(text)
        #expect(doc.date == expected)
        #expect(doc.title == "Headline")
        #expect(doc.datelineRange != nil)
    }

    @Test func aDateLineAboveTheTitleIsNotTheTitle() {
        let doc = parse("Monday, January 6, 2020\nDrone strike in the north\n\nBody.")
        #expect(doc.date == "2020-01-06")
        #expect(doc.title == "Drone strike in the north")
    }

    @Test(arguments: [
        "Headline\n\nJanuary 6, 2020 was a day nobody in the town forgot.\n\nBody.",
        "Headline\n\nPublished: 30 February 2021\n\nBody.",
        "Headline\n\nPublished: 7 February 10000\n\nBody.",
        "Headline\n\n2021-02-30\n\nBody.",
        "Headline\n\nOn 7 February 2024 the council met.\n\nBody.",
        "Headline\n\n2024/13/29\n\nBody.",
        "Headline\n\n12:30 the council met on 7 February 2024.\n\nBody.",
    ])
    func proseAndImpossibleDatesAreNoDateLine(text: String) {
        #expect(parse(text).date == nil)
    }

    @Test func aFiveDigitYearIsNotCutToFourDigits() {
        #expect(DateText.parse("7 February 10000") == nil)
        #expect(DateText.parse("February 7, 10000") == nil)
    }

    @Test func aDateGivenAsMetadataIsKept() {
        var doc = Document(id: "x.md", text: "Headline\n\nPublished: 7 February 2024\n\nBody.")
        doc.date = "2024-03-01"
        #expect(parser.parse(doc).date == "2024-03-01")
        // A metadata date with a time is taken to its day.
        var timed = Document(id: "y.md", text: "Headline\n\nBody.")
        timed.date = "2024-03-01T09:00:00Z"
        let a = Analysis(corpus: Corpus(name: "t", documents: [parser.parse(timed)]))
        #expect(a.documents[0].date?.iso == "2024-03-01")
        #expect(!a.documents[0].dateInferred)
    }

    @Test func aMetadataDateAnchorsWeekdays() {
        var doc = Document(id: "x.md", text: "Headline\n\nOn Sunday, the Velkan Front attacked a depot near Homs.")
        doc.date = "2024-02-07"
        let a = Analysis(corpus: Corpus(name: "t", documents: [parser.parse(doc)]))
        #expect(a.events.contains { $0.type == "attack" && $0.date?.iso == "2024-02-04" })
    }

    @Test func withoutADateLineNoArticleDateIsGuessedFromTheBody() {
        let a = analyze([("a.txt", "Headline\n\nThe Velkan Front was founded in March 2016. It attacked Homs in 2019.")])
        #expect(a.documents[0].date == nil)
        #expect(a.events.contains { $0.date?.iso == "2019" })
    }
}
