/// Lookups of token ranges that cost no more than a name's length, whatever the range:
/// a run of thousands of capitalized or title words is never joined into one string to
/// be looked up, once per word, which made such runs quadratic in time and memory.
extension EntityRecognizer {
    /// Whether `range` has few enough words to be a known name. Articles ("al", "the")
    /// do not count towards a name's length, up to a point.
    func isNameSized(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        var significant = 0, words = 0
        for k in range where tokens[k].kind == .word {
            words += 1
            if words > 2 * knowledge.longestKnownName + 2 { return false }
            let folded = Knowledge.fold(tokens[k].text)
            if folded == "al" || folded == "el" || folded == "ul" || folded == "the" { continue }   // NameKey.articles, "the"
            significant += 1
            if significant > knowledge.longestKnownName { return false }
        }
        return true
    }

    /// The known entity the tokens of `range` name (as `memo.lookup` of their text), or nil
    /// without building the text when the range is longer than any known name.
    func lookup(_ tokens: [Token], _ range: Range<Int>, memo: LookupMemo) -> Knowledge.KnownEntity? {
        isNameSized(tokens, range) ? memo.lookup(text(tokens, range)) : nil
    }

    /// `lookupName` of the tokens of `range`, bounded the same way.
    func lookupName(_ tokens: [Token], _ range: Range<Int>, memo: LookupMemo) -> Knowledge.KnownEntity? {
        isNameSized(tokens, range) ? lookupName(text(tokens, range), memo: memo) : nil
    }
}
