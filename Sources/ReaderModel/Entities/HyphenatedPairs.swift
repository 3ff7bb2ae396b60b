/// Two names joined by a hyphen are two mentions: "the Jordan-Syria border",
/// "the Israel-Hamas war", "Jordan-Syrian"; a hyphenated name ("Tuz-Khurmatu",
/// "Guinea-Bissau") stays whole.
extension EntityRecognizer {
    /// The segment's hyphen-separated parts when each is a known name or a demonym
    /// (at least one a name) and the whole is not known; otherwise the segment itself.
    func splitHyphenatedPair(_ segment: Segment, _ tokens: [Token], memo: LookupMemo) -> [Segment] {
        let range = segment.range
        guard range.count >= 3, range.contains(where: { tokens[$0].text == "-" }) else { return [segment] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for k in range where k > range.lowerBound && k + 1 < range.upperBound && tokens[k].text == "-" {
            guard !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized else { continue }
            pieces.append(start..<k)
            start = k + 1
        }
        guard !pieces.isEmpty else { return [segment] }
        pieces.append(start..<range.upperBound)
        guard lookupName(tokens, range, memo: memo) == nil else { return [segment] }
        var named = 0
        for piece in pieces {
            let name = text(tokens, piece)
            if lookupName(name, memo: memo) != nil { named += 1 } else if !knowledge.isDemonym(name) { return [segment] }
        }
        guard named > 0 else { return [segment] }
        return pieces.enumerated().map { i, piece in
            Segment(range: piece, afterTitle: i == 0 && segment.afterTitle, title: i == 0 ? segment.title : nil)
        }
    }
}
