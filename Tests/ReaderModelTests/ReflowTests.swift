import Foundation
import Testing
@testable import ReaderModel

/// Hard-wrapped plain text is re-flowed for display; the writer's own lines are kept; the
/// stored text and its offsets do not change.
@Suite struct ReflowTests {
    func layout(_ text: String, width: Int = 100) -> ArticleLayout {
        ArticleLayout(document: DocumentParser(furnitureMarkers: []).parse(Document(id: "x", text: text)), width: width)
    }
    func shown(_ a: ArticleLayout) -> [String] {
        a.lines.map { $0.kind == .blank ? "" : String(String.UnicodeScalarView($0.scalars)) }
    }

    /// Three paragraphs filled to 60 columns, as `fmt -w 60` leaves them.
    static let paragraphs = [
        "The delegations met in Geneva on Tuesday for a third round of talks on the ceasefire, which both sides said had held for most of the past week despite reports of shelling near the front.",
        "Officials from the United Nations described the session as difficult but useful, and said that a further meeting had been planned for the end of the month if the truce holds.",
        "Neither side took questions.",
    ]
    static func fill(_ paragraph: String, to column: Int) -> String {
        var lines: [String] = [], line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > column { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return (lines + [line]).joined(separator: "\n")
    }
    static let hardWrapped = "Talks resume in Geneva\n\n" + paragraphs.map { fill($0, to: 60) }.joined(separator: "\n\n") + "\n"

    @Test func hardWrappedParagraphsAreJoined() {
        let a = layout(Self.hardWrapped, width: 200)
        #expect(shown(a) == ["Talks resume in Geneva", ""] + Self.paragraphs.flatMap { [$0, ""] }.dropLast())
    }

    @Test func linesFilledShortOfTheColumnAreJoinedToo() {
        // `fmt -w 40` aims at 37 columns and leaves lines of 32 to 37.
        let fmt = ["The delegations met in Geneva on", "Tuesday for a third round of talks", "on the ceasefire, which both sides",
                   "said had held for most of the past", "week despite reports of shelling near", "the front."]
        let lines = shown(layout("Title\n\n" + fmt.joined(separator: "\n"), width: 300))
        #expect(lines == ["Title", "", fmt.joined(separator: " ")])
    }

    @Test func joinedLinesKeepSourceOffsets() {
        let source = Array(Self.hardWrapped.unicodeScalars)
        let a = layout(Self.hardWrapped, width: 70)
        for line in a.lines {
            for (s, o) in zip(line.scalars, line.offsets) {
                // The joining space stands on the line break it replaces.
                #expect(s == source[o] || (s == " " && source[o] == "\n"))
            }
        }
        // Re-wrapped at the pane's width, not at the file's 60 columns.
        #expect(a.lines.contains { $0.scalars.count > 60 })
    }

    @Test func paragraphPerLineLooksAsBefore() {
        // BBC style: every paragraph one line, blank lines between.
        let text = "Shell boss pay-off\n\n" + Self.paragraphs.joined(separator: "\n\n")
        #expect(shown(layout(text, width: 400)) == ["Shell boss pay-off", ""] + Self.paragraphs.flatMap { [$0, ""] }.dropLast())
        // Long paragraph lines one after another, without blank lines: still one paragraph each, set apart.
        let dense = "Title\n" + Self.paragraphs.dropLast().joined(separator: "\n")
        #expect(shown(layout(dense, width: 400)) == ["Title", "", Self.paragraphs[0], "", Self.paragraphs[1]])
    }

    @Test func versesAndAddressesKeepTheirLines() {
        let verse = ["Two roads diverged in a yellow wood,", "And sorry I could not travel both", "And be one traveler, long I stood",
                     "And looked down one as far as I could"]
        let text = Self.hardWrapped + "\n" + verse.joined(separator: "\n") + "\n\nUnited Nations Office\nPalais des Nations\n1211 Geneva 10\n"
        let lines = shown(layout(text, width: 200))
        // One under the other, without blank lines between.
        #expect(lines.suffix(8) == verse + ["", "United Nations Office", "Palais des Nations", "1211 Geneva 10"])
        #expect(lines.contains(Self.paragraphs[0]))
    }

    @Test func listsInPlainTextAreNotJoined() {
        let items = "The measures announced on Friday by the finance minister include several changes:\n- Duty cuts on capital goods and raw materials for factories\n- Expanded service tax net\n- Raised income-tax threshold"
        let lines = shown(layout(Self.hardWrapped + "\n" + items, width: 200))
        #expect(lines.suffix(3) == ["- Duty cuts on capital goods and raw materials for factories", "- Expanded service tax net", "- Raised income-tax threshold"])
    }

    @Test func aPlainListItemsWrappedLinesHangUnderItsText() throws {
        let text = "Title\n\nThe winners:\n- Best new play - The History Boys by Alan Bennett at the Lyttelton\n 12. Best new musical - The Producers at Theatre Royal, Drury Lane"
        let a = layout(text, width: 30)
        let rows = a.lines.map { String(repeating: " ", count: $0.indent) + String(String.UnicodeScalarView($0.scalars)) }
        let first = try #require(rows.firstIndex { $0.hasPrefix("- Best new play") })
        #expect(rows[first + 1].hasPrefix("  ") && !rows[first + 1].hasPrefix("   "))
        let second = try #require(rows.firstIndex { $0.hasPrefix("12. Best new") })
        #expect(rows[second + 1].hasPrefix("    ") && !rows[second + 1].hasPrefix("     "))
        #expect(a.lines.allSatisfy { $0.indent + DisplayWidth.of(cluster: $0.scalars) <= 30 })
        // A paragraph that is not an item does not hang.
        #expect(!layout("Title\n\n" + Self.paragraphs[0], width: 30).lines.contains { $0.indent > 0 })
    }

    @Test func aWordBrokenAtItsHyphenJoinsWithoutASpace() {
        let text = "Title\n\nThe agreement was described by officials as a long-\nawaited step towards a lasting ceasefire in the region and\nbeyond it, they said on Monday after the talks ended, and\nthe envoys left."
        let lines = shown(layout(text, width: 300))
        #expect(lines.last == "The agreement was described by officials as a long-awaited step towards a lasting ceasefire in the region and beyond it, they said on Monday after the talks ended, and the envoys left.")
    }

    @Test func twoLinesAreNoEvidenceOfWrapping() {
        let two = ["A first paragraph of some ninety characters, written on one line by its author.",
                   "A second paragraph of about the same length, also on a line of its own, as written."]
        #expect(shown(layout("Title\n\n" + two.joined(separator: "\n"), width: 200)) == ["Title", "", two[0], "", two[1]])
    }

    @Test func titleAndShortLinesAreNeverJoined() {
        // A title directly above hard-wrapped text stays a line of its own.
        let text = "Talks resume in Geneva\n" + Self.fill(Self.paragraphs[0], to: 60)
        #expect(shown(layout(text, width: 300)) == ["Talks resume in Geneva", "", Self.paragraphs[0]])
        // Short lines alone are no sign of hand-wrapping: nothing is joined.
        let short = "Title\n\nJohn Smith\nFlat 2, 14 High Street\nLondon"
        #expect(shown(layout(short)) == ["Title", "", "John Smith", "Flat 2, 14 High Street", "London"])
    }

    @Test func searchFindsAPhraseAcrossAJoinedBreak() {
        // CRLF and an indented continuation: on screen "third round", so "/third round" finds it.
        let text = "Title\r\n\r\nThe delegations met on Tuesday for a third\r\n   round of talks"
        let search = ArticleSearch(document: 0, scalars: Array(text.unicodeScalars))
        let found = search.ranges(of: "third round")
        #expect(found.count == 1)
        let scalars = Array(text.unicodeScalars)
        #expect(found.first.map { String(String.UnicodeScalarView(scalars[$0])) } == "third\r\n   round")
    }

    @Test func theStoredTextIsUnchanged() {
        let doc = DocumentParser(furnitureMarkers: []).parse(Document(id: "x", text: Self.hardWrapped))
        #expect(doc.text == Self.hardWrapped)
        let analysis = analyze([("a.txt", Self.hardWrapped)])
        let scalars = Array(Self.hardWrapped.unicodeScalars)
        for m in analysis.documents[0].mentions {
            #expect(String(String.UnicodeScalarView(scalars[m.start..<m.end])) == m.text)
        }
    }
}
