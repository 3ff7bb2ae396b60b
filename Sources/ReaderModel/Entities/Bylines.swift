/// Bylines: "By Nadia Qorvel and Tamsin Ebbard", "Nadav Eyal, Einav Halabi|". A line of
/// nothing but two- to four-word names between commas, "and", "&" or "|" names the
/// writers, who are people whether or not the article names them again.
extension EntityRecognizer {
    /// Separators between the names of a byline.
    static let bylineSeparators: Set<String> = [",", "and", "&", "|", ";"]

    /// The line of tokens that holds token `k`.
    func line(_ tokens: [Token], around k: Int) -> Range<Int> {
        var start = k
        while start > 0, tokens[start].newlinesBefore == 0 { start -= 1 }
        var end = k + 1
        while end < tokens.count, tokens[end].newlinesBefore == 0 { end += 1 }
        return start..<end
    }

    /// The names of a byline line, or nil when the line is not one.
    func bylineNames(_ tokens: [Token], line: Range<Int>, memo: LookupMemo) -> [Range<Int>]? {
        guard line.count <= 24, let firstToken = line.first else { return nil }
        let by = Knowledge.fold(tokens[firstToken].text) == "by"
        var names: [Range<Int>] = []
        var start = by ? firstToken + 1 : firstToken
        func close(_ end: Int) -> Bool {
            defer { start = end + 1 }
            guard start < end else { return true }
            let chunk = start..<end
            let ws = words(tokens, chunk)
            guard ws.count >= 2, ws.count <= 4,
                  chunk.allSatisfy({ tokens[$0].kind == .word || ["-", "."].contains(tokens[$0].text) }),
                  ws.allSatisfy({ (tokens[$0].isCapitalized && !tokens[$0].isAllCaps || runFinder.isParticle(tokens[$0]))
                                  && !knowledge.isCommonWord(tokens[$0].text) && !knowledge.isDemonym(tokens[$0].text)
                                  && !knowledge.isTitle(tokens[$0].text) }) else { return false }
            if let known = lookupName(tokens, chunk, memo: memo), known.type != .person { return false }
            // A word of the name known as a place or organization ("Israel Blames Hamas") makes it no byline.
            if ws.contains(where: { lookupName(tokens[$0].text, memo: memo).map { $0.type != .person } ?? false }) { return false }
            names.append(chunk)
            return true
        }
        for k in start..<line.upperBound where Self.bylineSeparators.contains(tokens[k].text) {
            guard close(k) else { return nil }
        }
        guard close(line.upperBound), !names.isEmpty else { return nil }
        // Without "By", one name alone must open with a given name to be read as a writer.
        if !by, names.count == 1, !knowledge.isGivenName(tokens[names[0].lowerBound].text) { return nil }
        return names
    }
}
