import Testing
@testable import ReaderModel

/// CR-only, CRLF and Unicode separators end lines for the title, sentences and display,
/// while the stored text (and so every mention offset) stays as written.
struct LineBreakTests {
    static let lines = [
        "Ceasefire talks resume in Geneva",
        "",
        "Officials from Ukraine and Russia met in Geneva on Tuesday, said Antonio Guterres.",
        "",
        "The talks were described as difficult by Emmanuel Macron.",
    ]

    func parse(_ text: String) -> Document {
        DocumentParser(furnitureMarkers: []).parse(Document(id: "x", text: text))
    }

    @Test(arguments: ["\r", "\r\n", "\u{2028}", "\u{2029}"])
    func titleIsTheFirstLine(separator: String) {
        let text = Self.lines.joined(separator: separator)
        let doc = parse(text)
        #expect(doc.title == "Ceasefire talks resume in Geneva")
        // The stored text is unchanged: the separators are still there.
        #expect(doc.text == text)
    }

    @Test(arguments: ["\r", "\r\n", "\u{2028}"])
    func paragraphsAreSeparateInTheLayout(separator: String) {
        let doc = parse(Self.lines.joined(separator: separator))
        let layout = ArticleLayout(document: doc, width: 200)
        let shown = layout.lines.filter { $0.kind != .blank }.map { String(String.UnicodeScalarView($0.scalars)) }
        #expect(shown == Self.lines.filter { !$0.isEmpty })
        #expect(layout.lines.first?.kind == .title)
        // Nothing of the break itself reaches the screen (no ␍ picture, no replacement char).
        #expect(!layout.lines.contains { $0.scalars.contains("\u{240D}") || $0.scalars.contains("\u{FFFD}") })
    }

    @Test func singleSeparatorsBreakLinesWithoutBlankLines() {
        let doc = parse("Title here\u{2028}First paragraph line.\rSecond paragraph line.")
        let layout = ArticleLayout(document: doc, width: 80)
        #expect(layout.lines.filter { $0.kind != .blank }.count == 3)
        #expect(doc.title == "Title here")
    }

    @Test(arguments: ["\r", "\u{2028}", "\n"])
    func mentionOffsetsStillSliceTheNames(separator: String) {
        let text = Self.lines.joined(separator: separator)
        let analysis = analyze([("a.txt", text)])
        let doc = analysis.documents[0]
        let scalars = Array(text.unicodeScalars)
        #expect(!doc.mentions.isEmpty)
        for m in doc.mentions {
            let sliced = String(String.UnicodeScalarView(scalars[m.start..<m.end]))
            #expect(sliced == m.text)
        }
        let names = Set(doc.mentions.map(\.text))
        #expect(names.contains("Geneva"))
        #expect(names.contains("Emmanuel Macron"))
        // The line break is never part of a name ("CR" is no entity; the title does not swallow the body).
        #expect(!doc.mentions.contains { m in m.text.unicodeScalars.contains { "\r\n\u{2028}\u{2029}".unicodeScalars.contains($0) } })
        #expect(!names.contains("CR"))
    }

    @Test func tokensAfterAnySeparatorStartANewLine() {
        for sep in ["\r", "\r\n", "\u{2028}", "\u{2029}", "\n"] {
            let tokens = Tokenizer.tokenize(Array("One\(sep)Two".unicodeScalars))
            #expect(tokens.count == 2)
            #expect(tokens.last?.newlinesBefore == 1, "separator \(sep.unicodeScalars.map(\.value))")
        }
    }
}
