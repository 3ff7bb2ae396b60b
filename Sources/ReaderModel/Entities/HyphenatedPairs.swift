/// Two names joined by a hyphen are two mentions: "the Jordan-Syria border",
/// "the Israel-Hamas war", "Jordan-Syrian"; a hyphenated name ("Tuz-Khurmatu",
/// "Guinea-Bissau") stays whole.
extension EntityRecognizer {
    /// The segment's hyphen-separated parts when each is a known name or a demonym
    /// (at least one a name) and the whole is not known; otherwise the segment itself.
    func splitHyphenatedPair(_ segment: Segment, _ tokens: [Token], memo: LookupMemo) -> [Segment] {
        let range = segment.range
        guard range.contains(where: { tokens[$0].text == "-" }), let pieces = hyphenatedPieces(range, tokens),
              lookupName(tokens, range, memo: memo) == nil else { return [segment] }
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

/// Within an article: "the Bush-Cheney campaign" after "George W Bush" and "Dick Cheney" names
/// both; a hyphenated name whose parts the article never uses alone ("Hewlett-Packard",
/// "Zeta-Jones") stays whole.
extension DocumentLinker {
    /// `mentions` with each hyphenated mention whose parts all name someone or something on
    /// their own here split into one mention a part; `aliasOf` indices follow the new order.
    func splitHyphenatedMentions(_ mentions: [Mention], _ tokens: [Token]) -> [Mention] {
        guard mentions.contains(where: { m in m.knownID == nil && m.tokens.count >= 3 && m.tokens.contains { tokens[$0].text == "-" } })
        else { return mentions }
        // What each word names alone: a whole one-word name, or a person's surname.
        var named: [String: EntityType] = [:]
        for m in mentions where !m.tokens.contains(where: { tokens[$0].text == "-" }) && !(m.type == .other && m.evidence == .fallback) {
            let words = NameKey.significantWords(m.text)
            if words.count == 1 { named[words[0]] = named[words[0]] ?? m.type }
            if m.type == .person, words.count >= 2, let last = words.last { named[last] = named[last] ?? .person }
        }
        var out: [Mention] = []
        var newIndex: [Int] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            newIndex.append(out.count)
            let pieces = m.knownID == nil ? hyphenatedPieces(m.tokens, tokens) ?? [] : []
            let types = pieces.compactMap { named[NameKey.exact(Self.text(tokens, $0))] }
            guard !pieces.isEmpty, types.count == pieces.count else { out.append(m); continue }
            for (piece, type) in zip(pieces, types) {
                var part = Mention(start: tokens[piece.lowerBound].start, end: tokens[piece.upperBound - 1].end,
                                   text: Self.text(tokens, piece), type: type, evidence: .linked, tokens: piece)
                part.aliasOf = m.aliasOf
                out.append(part)
            }
        }
        for i in out.indices { if let a = out[i].aliasOf { out[i].aliasOf = a < newIndex.count ? newIndex[a] : nil } }
        return out
    }

    /// The text of a token range as written, one space where the text has space.
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var s = ""
        for k in range {
            if k > range.lowerBound, tokens[k].spaceBefore { s += " " }
            s += tokens[k].text
        }
        return s
    }
}

/// The parts of a token range joined by hyphens between capitalized words ("Israel-Hamas",
/// "Bush-Cheney"), or nil; the recognizer splits segments and the linker mentions by it.
func hyphenatedPieces(_ range: Range<Int>, _ tokens: [Token]) -> [Range<Int>]? {
    guard range.count >= 3 else { return nil }
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    for k in range where k > range.lowerBound && k + 1 < range.upperBound && tokens[k].text == "-" {
        guard !tokens[k].spaceBefore, !tokens[k + 1].spaceBefore, tokens[k - 1].isCapitalized, tokens[k + 1].isCapitalized else { continue }
        pieces.append(start..<k)
        start = k + 1
    }
    guard !pieces.isEmpty else { return nil }
    pieces.append(start..<range.upperBound)
    return pieces
}
