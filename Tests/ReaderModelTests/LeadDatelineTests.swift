import Testing
@testable import ReaderModel

/// Date lines that open the first paragraph, as wires and press releases write them.
@Suite struct LeadDatelineTests {
    let parser = DocumentParser(furnitureMarkers: Knowledge.bundled.furniture)

    func parse(_ text: String) -> Document { parser.parse(Document(id: "x.txt", text: text)) }

    @Test(arguments: [
        ("Headline\n\nMarlow /Velkania, 12th March 2023: Two depots burned near the river on Sunday.", "2023-03-12", "Marlow /Velkania, 12th March 2023: "),
        ("Headline\n\nOSTRAVEN, Velkania, March 12, 2023 — Two depots burned near the river on Sunday.", "2023-03-12", "OSTRAVEN, Velkania, March 12, 2023 — "),
        ("Headline\n\nOSTRAVEN, March 12, 2023 (Wirepost) - Two depots burned near the river on Sunday.", "2023-03-12", "OSTRAVEN, March 12, 2023 (Wirepost) - "),
        ("Headline\nPhoto: a burned depot\n\nNew Marlow [Velkania], 12 March 2023 -- Two depots burned near the river.", "2023-03-12", "New Marlow [Velkania], 12 March 2023 -- "),
        ("Headline\n\nDeir al-Marsa, Mar. 12, 2023: Two depots burned near the river.", "2023-03-12", "Deir al-Marsa, Mar. 12, 2023: "),
    ])
    func aDatedOpeningDatesTheArticle(text: String, date: String, opening: String) {
        let doc = parse(text)
        #expect(doc.date == date)
        #expect(doc.title == "Headline")
        #expect(doc.datelineRange.map { String(String.UnicodeScalarView(doc.scalars[$0])) } == opening)
    }

    @Test func anAgencyOpeningWithoutADateGivesTheSourceOnly() {
        let doc = parse("Headline\n\nOSTRAVEN (WP) — Two depots burned near the river on Sunday.")
        #expect(doc.date == nil)
        #expect(doc.source == "WP")
        #expect(doc.datelineRange.map { $0.count } == "OSTRAVEN (WP) — ".unicodeScalars.count)
        // A day without its year dates nothing: the article stays undated rather than guessed.
        let yearless = parse("Headline\n\nOSTRAVEN, Mar 12 (Wirepost) - Two depots burned near the river.")
        #expect(yearless.date == nil)
        #expect(yearless.source == "Wirepost")
    }

    @Test(arguments: [
        "Headline\n\nOSTRAVEN, Velkania - Two depots burned near the river on Sunday.",
        "Headline\n\nThe minister said on 12 March 2023: we will rebuild the depots.",
        "Headline\n\nPrime Minister Dan Ostra (Unity) - who resigned on Sunday - spoke to reporters.",
        "Headline\n\nTwo depots burned, March 12, 2023 — the worst fire in years.",
        "Headline\n\nOSTRAVEN, 30 February 2023: Two depots burned near the river.",
    ])
    func proseIsNoOpeningDateLine(text: String) {
        let doc = parse(text)
        #expect(doc.date == nil)
        #expect(doc.datelineRange == nil)
    }

    @Test func mostParagraphsAreRuledOutBeforeAnyStringIsMade() {
        let text: ScalarText = "Two depots burned near the river on Sunday, and the fire spread to the port by the evening."
        #expect(!LeadDateline.mayOpen(text, 0..<text.count))
        let wire: ScalarText = "OSTRAVEN, March 12, 2023 (Wirepost) - Two depots burned."
        #expect(LeadDateline.mayOpen(wire, 0..<wire.count))
    }

    @Test func theOpeningDatesTheParagraphsEventsAndMakesNoneOfItsOwn() {
        let a = Analysis(corpus: Corpus(name: "t", documents: [parse(
            "Depots burn\n\nMarlow /Velkania, 12th March 2023: Two depots were attacked near the river on Sunday, officials said.")]))
        #expect(a.documents[0].date?.iso == "2023-03-12")
        let dated = a.events.compactMap { $0.date?.iso }
        #expect(dated.contains("2023-03-12"))
        #expect(!dated.contains("2023-03"))
    }

    @Test func theParagraphUnderAnOpeningDateLineIsDrawnAsBody() {
        let doc = parse("Headline\n\nOSTRAVEN, March 12, 2023 — Two depots burned near the river.")
        let kinds = ArticleParagraphs.of(doc).map(\.kind)
        #expect(!kinds.contains(.dateline))
        let line = parse("Headline\n\nMarch 12, 2023\n\nTwo depots burned near the river.")
        #expect(ArticleParagraphs.of(line).map(\.kind).contains(.dateline))
    }
}
