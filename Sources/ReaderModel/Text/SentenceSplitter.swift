/// Marks where sentences, lines and quotations begin, and which lines are headlines.
///
/// Foundation on Linux has no sentence enumeration, so this is rule based: a sentence
/// ends at a line break, or at `.`, `!`, `?` (before optional closing quotes) followed
/// by a capital, unless the word before the period is a known abbreviation.
public struct SentenceSplitter: Sendable {
    public var abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    static let openingQuotes: Set<String> = ["\u{201C}", "\"", "\u{2018}", "'", "«", "("]
    static let closingQuotes: Set<String> = ["\u{201D}", "\"", "\u{2019}", "'", "»", ")"]
    static let terminators: Set<String> = [".", "!", "?"]

    /// Returns the tokens with `opensSentence` and `inHeadline` set, and the start index of each sentence.
    public func mark(_ input: [Token]) -> (tokens: [Token], sentenceStarts: [Int]) {
        var tokens = input
        var starts: [Int] = []
        var expectStart = true
        // The last token before `i` that is not a closing quote: kept as the loop goes, so a
        // run of quotes is walked once rather than once per quote.
        var beforeQuotes = 0
        for i in tokens.indices {
            let t = tokens[i]
            if i >= 2, !isClosingQuote(tokens[i - 1]) { beforeQuotes = i - 1 } else if i == 1 { beforeQuotes = 0 }
            if t.newlinesBefore > 0 { expectStart = true }
            if !expectStart, i > 0, tokens[i - 1].kind == .punctuation, endsSentence(tokens, before: i, terminator: beforeQuotes) {
                expectStart = true
            }
            let isPunctuation = t.kind == .punctuation
            if expectStart, !isPunctuation || Self.openingQuotes.contains(t.text) {
                starts.append(i)
                expectStart = false
                markOpening(&tokens, from: i)
            } else if isPunctuation, Self.openingQuotes.contains(t.text), t.text != "(", i + 1 < tokens.count,
                      !tokens[i + 1].spaceBefore, tokens[i + 1].kind == .word {
                // A quotation opens: its first capital is no evidence of a name.
                tokens[i + 1].opensSentence = true
            }
        }
        markHeadlines(&tokens)
        return (tokens, starts)
    }

    private func markOpening(_ tokens: inout [Token], from i: Int) {
        var j = i
        while j < tokens.count, tokens[j].kind == .punctuation, j - i < 3 { j += 1 }
        if j < tokens.count, tokens[j].kind == .word || tokens[j].kind == .number { tokens[j].opensSentence = true }
    }

    private func isClosingQuote(_ t: Token) -> Bool {
        t.kind == .punctuation && t.text != ")" && Self.closingQuotes.contains(t.text)
    }

    /// Whether a sentence ends before token `i`; `j` is the last token before it that is not
    /// a closing quote (0 at the start), where a terminator must stand.
    private func endsSentence(_ tokens: [Token], before i: Int, terminator j: Int) -> Bool {
        guard Self.terminators.contains(tokens[j].text) else { return false }
        let next = tokens[i]
        guard next.spaceBefore || Self.closingQuotes.contains(tokens[i - 1].text) else { return false }
        let startsUpper = next.isCapitalized || next.kind == .number || Self.openingQuotes.contains(next.text)
        guard startsUpper else { return false }
        if tokens[j].text == ".", j > 0, tokens[j - 1].kind == .word, !tokens[j].spaceBefore {
            let word = tokens[j - 1].text
            if abbreviations.contains(word) { return false }
            // A lone capital is an initial: "J. Smith".
            if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return false }
        }
        return true
    }

    /// A line is a headline when most of its longer words are capitalized and it has no full stop.
    private func markHeadlines(_ tokens: inout [Token]) {
        var lineStart = 0
        for i in 0...tokens.count {
            if i == tokens.count || (i > lineStart && tokens[i].newlinesBefore > 0) {
                let line = lineStart..<i
                var long = 0, capitalized = 0, stops = false
                for k in line {
                    let t = tokens[k]
                    if t.kind == .word, t.text.unicodeScalars.count >= 4 {
                        long += 1
                        if t.isCapitalized { capitalized += 1 }
                    }
                    if t.text == "." || t.text == "!" { stops = true }
                }
                // A line in brackets is a note, such as a wire story's "(Reporting by …; Editing by …)".
                if !stops, long >= 3, capitalized * 10 >= long * 7, tokens[lineStart].text != "(" {
                    for k in line { tokens[k].inHeadline = true }
                }
                lineStart = i
            }
        }
    }
}
