import Testing
@testable import ReaderModel

@Suite struct TokenizerTests {
    @Test func splitsPossessivesAndKeepsInnerApostrophes() {
        let tokens = Tokenizer.tokenize(Array("Israel’s Kata’ib said".unicodeScalars))
        #expect(tokens.map(\.text) == ["Israel", "’s", "Kata’ib", "said"])
        #expect(tokens[1].kind == .possessive)
    }

    @Test func hyphensAreSeparateAttachedTokens() {
        let tokens = Tokenizer.tokenize(Array("al-Sudani and anti-Iran".unicodeScalars))
        #expect(tokens.map(\.text) == ["al", "-", "Sudani", "and", "anti", "-", "Iran"])
        #expect(tokens[1].spaceBefore == false && tokens[2].spaceBefore == false)
    }

    @Test func keepsNumbersAbbreviationsAndOrdinals() {
        let tokens = Tokenizer.tokenize(Array("2,500 U.S. troops of the 52nd Brigade".unicodeScalars))
        #expect(tokens.map(\.text) == ["2,500", "U.S.", "troops", "of", "the", "52nd", "Brigade"])
        #expect(tokens[0].kind == .number)
        #expect(tokens[5].isOrdinal)
    }

    @Test func offsetsAreCodePoints() {
        let scalars = Array("“Qaseem” 😀 Baghdad".unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        let baghdad = tokens.first { $0.text == "Baghdad" }!
        #expect(baghdad.start == 11 && baghdad.end == 18)
    }
}

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter(abbreviations: Knowledge.bundled.abbreviations)

    @Test func abbreviationsDoNotEndSentences() {
        let (tokens, starts) = splitter.mark(Tokenizer.tokenize(Array("Press secretary Maj. Gen. Pat Ryder spoke. Then he left.".unicodeScalars)))
        #expect(starts.map { tokens[$0].text } == ["Press", "Then"])
        #expect(tokens.first { $0.text == "Pat" }?.opensSentence == false)
    }

    @Test func linesAndQuotationsOpenSentences() {
        let (tokens, _) = splitter.mark(Tokenizer.tokenize(Array("He said “In a blatant act” today\nNext line".unicodeScalars)))
        #expect(tokens.first { $0.text == "In" }?.opensSentence == true)
        #expect(tokens.first { $0.text == "Next" }?.opensSentence == true)
        #expect(tokens.first { $0.text == "blatant" }?.opensSentence == false)
    }

    @Test func headlineCaseLinesAreMarked() {
        let (tokens, _) = splitter.mark(Tokenizer.tokenize(Array("Response to US Strikes: A United Opposition to Occupation\n\nThe strike was late.".unicodeScalars)))
        #expect(tokens.first { $0.text == "Opposition" }?.inHeadline == true)
        #expect(tokens.first { $0.text == "strike" }?.inHeadline == false)
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Qassem Soleimani", "Qaseem Soleimani"), ("Hezbollah", "Hizbullah"), ("Kata’ib Hezbollah", "Kataib Hezbollah"),
        ("Popular Mobilization Forces", "Popular Mobilisation Forces"), ("Mushtaq Taleb al-Saidi", "Moshtaq Taleb al-Saidi"),
        ("Katai’b Hezbollah", "Kata'ib Hezbollah"),
    ])
    func transliterationVariantsShareASkeleton(a: String, b: String) {
        #expect(NameKey.skeleton(a) == NameKey.skeleton(b))
    }

    @Test func exactKeyFoldsCaseDiacriticsParticlesAndHyphens() {
        #expect(NameKey.exact("Mohammed Shia al-Sudani") == NameKey.exact("Mohammed Shia Al Sudani"))
        #expect(NameKey.exact("Hashd al-Sha’abi") == NameKey.exact("Hashd al-Shaabi"))
        #expect(NameKey.exact("Erdoğan") == "erdogan")
        #expect(NameKey.exact("U.S.") == "us")
    }

    @Test func differentNamesStayApart() {
        #expect(NameKey.skeleton("Iraq") != NameKey.skeleton("Iran"))
        #expect(NameKey.exact("Baghdad") != NameKey.exact("Iraq"))
    }
}
