import Testing
@testable import ReaderModel

/// `ScalarText` against `[Unicode.Scalar]` on random strings: ASCII, Latin-1, BMP (combining
/// marks, CJK, bidi controls, U+FFFF) and astral (emoji, flags) code points mixed at random.
@Suite struct ScalarTextTests {
    /// Code points drawn from pools that exercise each width and its edges.
    static let pools: [[UInt32]] = [
        Array(0x20...0x7E) + [0x0A, 0x0D, 0x09, 0x00],                 // ASCII, controls
        [0x7F, 0x80, 0xA0, 0xC0, 0xE9, 0xF6, 0xFF],                     // Latin-1, its top
        [0x100, 0x301, 0x308, 0x20D7, 0x2019, 0x202E, 0x4E2D, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF], // BMP, combining marks
        [0x1_0000, 0x1_F600, 0x1_F1EB, 0x1_F1F7, 0x1_F3FD, 0xE_0001, 0x10_FFFF],           // astral
    ]

    static func randomScalars(_ rng: inout SplitMix, length: Int, widest: Int) -> [Unicode.Scalar] {
        (0..<length).map { _ in
            let pool = pools[rng.next(widest + 1)]
            return Unicode.Scalar(pool[rng.next(pool.count)])!
        }
    }

    @Test func agreesWithAnArrayOfScalarsOnRandomText() {
        var rng = SplitMix(seed: 11)
        for round in 0..<400 {
            let widest = round % 4
            let scalars = Self.randomScalars(&rng, length: rng.next(300), widest: widest)
            let string = String(String.UnicodeScalarView(scalars))
            for text in [ScalarText(string), ScalarText(scalars)] {
                #expect(text.count == scalars.count)
                #expect(Array(text) == scalars)
                #expect(text.string == string)
                let maximum = scalars.map(\.value).max() ?? 0
                #expect(text.width == (maximum < 0x100 ? 1 : maximum < 0x1_0000 ? 2 : 4), "\(round)")
                // Random access and slices by offset.
                for _ in 0..<20 where !scalars.isEmpty {
                    let i = rng.next(scalars.count), j = i + rng.next(scalars.count - i + 1)
                    #expect(text[i] == scalars[i])
                    #expect(Array(text[i..<j]) == Array(scalars[i..<j]))
                    #expect(text.string(i..<j) == String(String.UnicodeScalarView(scalars[i..<j])))
                    #expect(text.index(i, offsetBy: j - i) == j)
                }
                #expect(text.reversed().elementsEqual(scalars.reversed()))
            }
            #expect(ScalarText(string) == ScalarText(scalars))
            #expect(ScalarText(string).hashValue == ScalarText(scalars).hashValue)
        }
    }

    @Test func storesTheNarrowestWidth() {
        let latin = ScalarText("Café in Zürich, 10 °C — no") // the dash is U+2014: BMP
        #expect(latin.width == 2)
        let plain = ScalarText("Café in Zürich, 10 °C")
        #expect(plain.width == 1)
        #expect(plain.byteCount == plain.count)
        #expect(ScalarText("e\u{301} 中文").width == 2)
        #expect(ScalarText("flag 🇫🇷").width == 4)
        #expect(ScalarText("flag 🇫🇷").count == 7)
        #expect(ScalarText("").isEmpty && ScalarText("").string == "")
    }

    @Test func differentTextsAreNotEqual() {
        #expect(ScalarText("abc") != ScalarText("abd"))
        #expect(ScalarText("abc") != ScalarText("ab"))
        #expect(ScalarText("é") != ScalarText("e\u{301}"))
        #expect(ScalarText("a\u{100}") != ScalarText("a\u{101}"))
    }

    @Test func documentTextAndSlicesRoundTrip() {
        let text = "Title é\n\nBody 中 with 🇫🇷 and e\u{301}.\n"
        let doc = Document(id: "a.txt", text: text)
        #expect(doc.text == text)
        #expect(doc.scalars.count == text.unicodeScalars.count)
        let scalars = Array(text.unicodeScalars)
        #expect(doc.slice(9..<13) == String(String.UnicodeScalarView(scalars[9..<13])))
        #expect(doc.slice(-3..<2) == "Ti")
        #expect(doc.slice(20..<500) == String(String.UnicodeScalarView(scalars[20...])))
    }

    @Test func tokenizerGivesTheSameTokensFromEitherStorage() {
        var rng = SplitMix(seed: 7)
        let words = ["Baghdad", "al-Sudani", "Kata’ib", "U.S.", "2,500", "café", "e\u{301}t\u{e9}", "中文", "🇫🇷", "’s", "\n", "\r\n", " ", ".", "\u{2028}"]
        for _ in 0..<100 {
            let string = (0..<rng.next(60)).map { _ in words[rng.next(words.count)] }.joined(separator: rng.next(2) == 0 ? " " : "")
            let array = Array(string.unicodeScalars)
            let a = Tokenizer.tokenize(array), b = Tokenizer.tokenize(ScalarText(string))
            #expect(a.map(\.text) == b.map(\.text))
            #expect(a.map(\.start) == b.map(\.start) && a.map(\.end) == b.map(\.end))
            #expect(a.map(\.newlinesBefore) == b.map(\.newlinesBefore))
        }
    }

    @Test func contentHashIsTheSameAsForAnArray() {
        for string in ["plain ASCII", "Zürich", "e\u{301} — 中文", "flag 🇫🇷", ""] {
            var a = ContentHash(), b = ContentHash()
            a.add(scalars: Array(string.unicodeScalars))
            b.add(scalars: ScalarText(string))
            #expect(a.value == b.value, "\(string)")
        }
        var a = ContentHash(), b = ContentHash()
        a.add(scalars: ScalarText("abc"))
        b.add(scalars: ScalarText("abd"))
        #expect(a.value != b.value)
    }
}
