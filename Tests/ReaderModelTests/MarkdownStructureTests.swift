import Foundation
import Testing
@testable import ReaderModel

/// Markdown structure in the article pane: headings bold and set apart, list items indented
/// with their bullet or number and wrapped lines hanging under the text, quotes behind a bar.
@Suite struct MarkdownStructureTests {
    static let source = """
    # Week in review

    The week began with talks in Geneva.
    ## What was agreed
    Both delegations signed the text.

    - A ceasefire along the whole of the line of contact, to be watched by observers
    - An exchange of prisoners
      - wounded first
    1. Talks again in March
    2. A report to the council

    > We will keep our word, said the envoy.

    Closing paragraph.

    """

    func reader(width: Int = 80) throws -> Reader {
        let dir = temporaryFolder()
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("review.md").path, contents: Data(Self.source.utf8))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        return Reader(world: ReaderWorld(analysis: Analysis(corpus: corpus)), width: width, height: 40)
    }

    func text(_ line: ArticleLayout.Line) -> String { String(String.UnicodeScalarView(line.scalars)) }

    @Test func headingsAreSetApartAndListItemsHang() throws {
        let a = try reader().state.article
        let rows = a.lines.map { $0.kind == .blank ? "" : String(String.UnicodeScalarView($0.prefix)).padding(toLength: $0.indent, withPad: " ", startingAt: 0) + text($0) }
        let width = a.width
        #expect(width < 80)
        let heading = try #require(a.lines.firstIndex { text($0) == "What was agreed" })
        #expect(a.lines[heading].kind == .heading)
        #expect(a.lines[heading - 1].kind == .blank && a.lines[heading + 1].kind == .blank)
        // The first item wraps; its second line hangs under its text, not under the bullet.
        let item = try #require(a.lines.firstIndex { text($0).hasPrefix("A ceasefire") })
        #expect(a.lines[item].prefix == ["•", " "] && a.lines[item].indent == 2)
        #expect(a.lines[item + 1].prefix.isEmpty && a.lines[item + 1].indent == 2 && a.lines[item + 1].kind == .body)
        #expect(rows.contains("• An exchange of prisoners"))
        #expect(rows.contains("  ◦ wounded first"))
        #expect(rows.contains("1. Talks again in March"))
        #expect(rows.contains("2. A report to the council"))
        #expect(rows.contains("│ We will keep our word, said the envoy."))
        // Items of one list follow each other without blank lines.
        let first = try #require(rows.firstIndex { $0.hasPrefix("• A ceasefire") })
        let last = try #require(rows.firstIndex { $0.hasPrefix("2. A report") })
        #expect(!rows[first...last].contains(""))
    }

    @Test func theFrameDrawsHeadingsBoldAndItemsIndented() throws {
        let r = try reader()
        let frame = Renderer.frame(r)
        let left = r.state.layout.article.lowerBound + 1
        let headingRow = try #require((0..<frame.height).first { frame.text(row: $0).contains("What was agreed") })
        let column = try #require((left..<frame.width).first { frame[headingRow, $0].scalar == "W" })
        #expect(column == left)
        #expect((column..<column + 15).allSatisfy { frame[headingRow, $0].style == .heading })
        let itemRow = try #require((0..<frame.height).first { frame.text(row: $0).contains("An exchange of prisoners") })
        #expect(frame[itemRow, left].scalar == "•" && frame[itemRow, left].style == .dim)
        #expect(frame[itemRow, left + 2].scalar == "A" && frame[itemRow, left + 2].style == .normal)
        // The wrapped line of the first item starts under "A", two cells in.
        let wrapRow = try #require((0..<frame.height).first { frame.text(row: $0).contains("A ceasefire") }) + 1
        #expect(frame[wrapRow, left].scalar == " " && frame[wrapRow, left + 1].scalar == " " && frame[wrapRow, left + 2].scalar != " ")
    }

    @Test func aClickOnAnIndentedItemFindsItsText() throws {
        let r = try reader()
        let a = r.state.article
        let item = try #require(a.lines.first { text($0) == "An exchange of prisoners" })
        // Cells 0 and 1 are the bullet; cell 2 is "A".
        #expect(item.offset(atCell: 0) == nil)
        let offset = try #require(item.offset(atCell: 2))
        #expect(r.world.analysis.documents[0].document.scalars[offset] == "A")
    }
}

/// A web page's structure is drawn the same way: its headings, and its ordered list numbered.
@Suite struct HTMLStructureTests {
    @Test func orderedListItemsShowTheirNumbers() throws {
        let page = """
        <html><head><title>Talks in Geneva</title></head><body><article>
        <h1>Talks in Geneva</h1>
        <p>The delegations met in Geneva on Tuesday for a third round of talks on the ceasefire, which both sides said had held.</p>
        <h2>What was agreed</h2>
        <p>Officials described the session as difficult but useful, and said that a further meeting had been planned.</p>
        <ol start="3"><li>Talks again in March</li><li>A report to the council</li></ol>
        <ul><li>An exchange of prisoners</li></ul>
        <p>Neither side took questions after the meeting, which ended late in the evening on Tuesday.</p>
        </article></body></html>
        """
        let dir = temporaryFolder()
        _ = FileManager.default.createFile(atPath: dir.appendingPathComponent("page.html").path, contents: Data(page.utf8))
        let corpus = try CorpusLoader().load(paths: [dir.path])
        let doc = try #require(corpus.documents.first)
        let a = ArticleLayout(document: doc, width: 70)
        let rows = a.lines.map { String(String.UnicodeScalarView($0.prefix)) + String(String.UnicodeScalarView($0.scalars)) }
        let first = try #require(rows.firstIndex(of: "3. Talks again in March"))
        #expect(rows[first + 1] == "4. A report to the council")
        #expect(rows[first + 2] == "• An exchange of prisoners")
        #expect(a.lines.contains { $0.kind == .heading && String(String.UnicodeScalarView($0.scalars)) == "What was agreed" })
    }
}
