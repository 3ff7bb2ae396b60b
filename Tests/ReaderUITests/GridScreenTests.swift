import Testing
import ReaderModel
@testable import ReaderUI
import CNcurses

/// Renders the bundled corpus through the in-memory screen, as the terminal would show it.
struct GridHarness {
    static let world = ReaderWorld(analysis: Analysis(corpus: CorpusLoader().loadBundled()))
    var reader: Reader
    var screen: GridScreen

    init(width: Int, height: Int) {
        reader = Reader(world: Self.world, width: width, height: height)
        screen = GridScreen(width: width, height: height)
        screen.draw(Renderer.frame(reader))
    }

    mutating func press(_ keys: Key...) {
        for k in keys { reader.handle(k); screen.draw(Renderer.frame(reader)) }
    }

    mutating func type(_ text: String) { for c in text { press(.character(c)) } }

    /// Styles of the cells where `text` first appears on screen.
    func styles(of text: String) -> [Style]? {
        let frame = screen.frame
        for row in 0..<frame.height {
            let line = Array(frame.text(row: row).unicodeScalars)
            let needle = Array(text.unicodeScalars)
            guard line.count >= needle.count else { continue }
            for start in 0...(line.count - needle.count) where Array(line[start..<start + needle.count]) == needle {
                return (start..<start + needle.count).map { frame[row, $0].style }
            }
        }
        return nil
    }
}

@Suite struct GridScreenTests {
    @Test func bundledCorpusAt120x40ShowsThreePanesAndHighlights() {
        let h = GridHarness(width: 120, height: 40)
        let lines = h.screen.text.components(separatedBy: "\n")
        #expect(lines.count == 40)
        #expect(lines[0].hasPrefix(" Dossier · bundled seed articles"))
        #expect(lines[0].hasSuffix("document 1 of 5"))
        #expect(lines[1].filter { $0 == "│" }.count == 2)
        #expect(lines[1].contains("ACTORS"))
        #expect(lines[39].contains("[ARTICLES]") && lines[39].contains("?:help q:quit"))
        #expect(h.screen.text.contains("• Iraq wants to kick"))
        // "Popular" ends a full line; the name goes on on the next.
        #expect(h.styles(of: "Mobilization Forces (PMF)")?.prefix(19).allSatisfy { $0 == .organization } == true)
        #expect(h.styles(of: "Baghdad.")?.prefix(7).allSatisfy { $0 == .place } == true)
        #expect(h.styles(of: "Abdul Latif Jamal")?.allSatisfy { $0 == .person } == true)
        #expect(h.styles(of: "semi-official")?.allSatisfy { $0 == .normal } == true)
    }

    @Test func bundledCorpusAt80x24ShowsThreePanes() {
        let h = GridHarness(width: 80, height: 24)
        let lines = h.screen.text.components(separatedBy: "\n")
        #expect(lines.count == 24)
        #expect(lines[2].filter { $0 == "│" }.count == 2)
        #expect(lines[1].contains("ACTORS"))
        #expect(lines[23].contains("?:help"))
    }

    @Test func enterOnAMentionShowsTheEntityCard() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.character("2"), .character("]"))
        #expect(h.styles(of: "US attack which killed")?.prefix(2).allSatisfy { $0 == .cursor } == true)
        h.press(.enter)
        let text = h.screen.text
        #expect(text.contains("place · 5 articles"))
        #expect(text.contains("ARTICLES"))
        #expect(text.contains("[SIDEBAR]"))
    }

    @Test func corpusSearchResultsAfterSSoleimani() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.character("S"))
        h.type("soleimani")
        let text = h.screen.text
        #expect(text.contains("articles for “soleimani”"))
        #expect(text.contains("Qassem Soleimani — person, 4 articles"))
        #expect(text.contains("S soleimani"))
        let lines = text.components(separatedBy: "\n")
        let entityRow = try! #require(lines.firstIndex { $0.contains("Qassem Soleimani — person") })
        let textRow = try! #require(lines.firstIndex { $0.contains(" hit") && $0.contains("· ") })
        #expect(entityRow < textRow)
        h.press(.enter)
        #expect(h.screen.text.contains("Qassem Soleimani"))
        #expect(h.screen.text.contains("/soleimani"))
    }

    @Test func slashShowsTheCounterWhileTyping() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.character("/"))
        h.type("PMF")
        let status = h.screen.text.components(separatedBy: "\n").last!
        #expect(status.hasPrefix("/PMF"))
        #expect(status.contains("1/"))
        #expect(h.styles(of: "PMF")?.allSatisfy { $0 == .cursor || $0 == .searchHit } == true)
    }

    @Test func titleBarShowsTheOpenArticlesSourceAndDate() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.character("j"), .character("j"), .enter)
        let bar = h.screen.text.components(separatedBy: "\n")[0]
        #expect(bar.contains("The Cradle · 2023-12-04"))
        #expect(bar.hasSuffix("document 3 of 5"))
        h.press(.character("1"), .character("k"), .character("k"), .enter)
        #expect(h.screen.text.components(separatedBy: "\n")[0].contains("(inferred)"))
    }

    @Test func helpOverlayListsTheKeys() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.character("?"))
        #expect(h.screen.text.contains("KEYS — q or ? closes"))
        #expect(h.screen.text.contains("next/previous mention"))
        h.press(.character("x"))
        #expect(!h.screen.text.contains("KEYS — q or ? closes"))
    }

    @Test func tooSmallScreenSaysSo() {
        var h = GridHarness(width: 120, height: 40)
        h.press(.resize(width: 40, height: 10))
        #expect(h.screen.text.contains("terminal too small (40×10)"))
    }

    @Test func controlCharactersNeverReachTheGrid() {
        let doc = DocumentParser(furnitureMarkers: []).parse(Document(id: "x.txt", text: "Evil \u{1B}]0;title\u{07}\n\nBody \u{1B}[2J text \u{9B}31m"))
        let world = ReaderWorld(analysis: Analysis(corpus: Corpus(name: "evil", documents: [doc])))
        let frame = Renderer.frame(Reader(world: world, width: 100, height: 20))
        #expect(!frame.cells.contains { $0.scalar.value < 0x20 || (0x7F..<0xA0).contains($0.scalar.value) })
        #expect(frame.text.contains("␛"))
    }
}

@Suite struct KeyDecoderTests {
    @Test func controlCharactersBecomeNamedKeys() {
        #expect(KeyDecoder.decode(character: 4) == .control("d"))
        #expect(KeyDecoder.decode(character: 21) == .control("u"))
        #expect(KeyDecoder.decode(character: 3) == .control("c"))
        #expect(KeyDecoder.decode(character: 9) == .tab)
        #expect(KeyDecoder.decode(character: 13) == .enter)
        #expect(KeyDecoder.decode(character: 127) == .backspace)
        #expect(KeyDecoder.decode(character: 27) == .escape)
        #expect(KeyDecoder.decode(character: 0x6A) == .character("j"))
        #expect(KeyDecoder.decode(character: 0xE9) == .character("é"))
    }

    @Test func functionKeysAndResize() {
        func fn(_ code: Int32) -> Key? {
            KeyDecoder.decode(code: UInt32(code), isFunctionKey: true, width: { 77 }, height: { 22 })
        }
        #expect(fn(KEY_DOWN) == .down)
        #expect(fn(KEY_NPAGE) == .pageDown)
        #expect(fn(KEY_BTAB) == .backTab)
        #expect(fn(KEY_RESIZE) == .resize(width: 77, height: 22))
        #expect(fn(KEY_F0 + 5) == nil)
    }
}

@Suite struct AsciiFallbackTests {
    @Test func withoutAUTF8LocaleGlyphsBecomeAscii() {
        #expect(CursesScreen.asciiFallback("│") == 0x7C)
        #expect(CursesScreen.asciiFallback("•") == 0x2A)
        #expect(CursesScreen.asciiFallback("’") == 0x27)
        #expect(CursesScreen.asciiFallback("日") == 0x3F)
    }
}

@Suite struct LegendTests {
    @Test func statusLineShowsEachTypeInItsOwnStyle() {
        let h = GridHarness(width: 120, height: 40)
        #expect(h.styles(of: "person")?.allSatisfy { $0 == .person } == true)
        #expect(h.styles(of: "organization")?.allSatisfy { $0 == .organization } == true)
        #expect(h.styles(of: "place other")?.suffix(5).allSatisfy { $0 == .other } == true)
        let small = GridHarness(width: 60, height: 16)
        #expect(small.screen.text.components(separatedBy: "\n").last?.contains("?:help") == true)
    }
}

@Suite struct EscapeSequenceTests {
    func bytes(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    @Test func sequencesAreWholeOnlyAtTheirFinalByte() {
        #expect(!KeyDecoder.isComplete(afterEscape: []))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("[")))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("[1")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("[1~")))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("[1;5")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("[1;5C")))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("[<0;10;5")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("[<0;10;5M")))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("[[")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("[[A")))
        #expect(!KeyDecoder.isComplete(afterEscape: bytes("O")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("OH")))
        #expect(KeyDecoder.isComplete(afterEscape: bytes("x")))
    }

    @Test func knownSequencesBecomeKeysUnknownOnesNothing() {
        #expect(KeyDecoder.decode(afterEscape: []) == .escape)
        #expect(KeyDecoder.decode(afterEscape: bytes("[1~")) == .home)
        #expect(KeyDecoder.decode(afterEscape: bytes("[4~")) == .end)
        #expect(KeyDecoder.decode(afterEscape: bytes("OH")) == .home)
        #expect(KeyDecoder.decode(afterEscape: bytes("[6~")) == .pageDown)
        #expect(KeyDecoder.decode(afterEscape: bytes("[Z")) == .backTab)
        #expect(KeyDecoder.decode(afterEscape: bytes("[1;5C")) == nil)
        #expect(KeyDecoder.decode(afterEscape: bytes("[24~")) == nil)
        #expect(KeyDecoder.decode(afterEscape: bytes("x")) == nil)  // Alt-x
        #expect(KeyDecoder.decode(afterEscape: bytes("[")) == nil)  // Alt-[ must not step mentions
    }

    @Test func mouseCodesAndCtrlSlash() {
        #expect(KeyDecoder.mouse(kind: 1, row: 3, column: 4) == .mouse(MouseEvent(.click, row: 3, column: 4)))
        #expect(KeyDecoder.mouse(kind: 2, row: 3, column: 4) == .mouse(MouseEvent(.doubleClick, row: 3, column: 4)))
        #expect(KeyDecoder.mouse(kind: 4, row: 0, column: 0) == .mouse(MouseEvent(.wheelDown, row: 0, column: 0)))
        #expect(KeyDecoder.mouse(kind: 0, row: 0, column: 0) == nil)
        #expect(KeyDecoder.decode(character: 31) == .control("/"))
    }
}
