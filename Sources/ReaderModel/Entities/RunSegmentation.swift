/// Splitting name runs into candidate names: titles, dates and role words split a run;
/// a leading "the", a sentence-opening common word or a qualifying demonym are trimmed.
extension EntityRecognizer {
    struct Segment {
        var range: Range<Int>
        var afterTitle: Bool
        /// The title phrase before it, folded ("prime minister").
        var title: String? = nil
        /// Whether a capitalized title and a name follow it in the same run: "Exhibitor Relations | President | Paul Dergarabedian".
        var beforeTitle = false
    }

    /// Titles a portfolio word comes before: "Education Secretary", "Trade Minister".
    static let portfolioTitles: Set<String> = ["secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "chancellor", "commissioner"]

    /// Length in tokens of a title phrase starting at `k`, or nil.
    func titleLength(_ tokens: [Token], at k: Int, end: Int) -> Int? {
        var best: Int? = nil
        var phrase = ""
        var j = k
        var count = 0
        while j < end, count < knowledge.longestTitle {
            let t = tokens[j]
            if t.text == "-" { j += 1; continue }
            guard t.kind == .word else { break }
            phrase += (phrase.isEmpty ? "" : " ") + Knowledge.fold(t.text)
            count += 1
            j += 1
            if knowledge.titles.contains(phrase) { best = j - k }
        }
        return best
    }

    /// End of the longest known name that starts the run and leaves at least one word after it.
    func knownPrefixEnd(_ tokens: [Token], _ run: Range<Int>, memo: LookupMemo) -> Int? {
        let ws = words(tokens, run)
        // Two words split only after a known organization: "Microsoft | Xbox".
        guard ws.count >= 3 || ws.count == 2 && lookupName(tokens[ws[0]].text, memo: memo)?.type == .organization
                && !knowledge.isTitle(tokens[ws[0]].text) && !knowledge.isCommonWord(tokens[ws[1]].text) else { return nil }
        for count in stride(from: min(ws.count - 1, knowledge.longestKnownName), through: 1, by: -1) {
            let end = ws[count - 1] + 1
            // "Hawija Al-Abar": an "Al-" word continues the name rather than starting another.
            // "Gulf of Varda": a known word heading an of-phrase does not stand alone.
            guard tokens[end].kind == .word, tokens[end].spaceBefore, tokens[end].text != "of", tokens[end].text != "for",
                  !(end + 1 < tokens.count && tokens[end + 1].text == "-" && NameKey.articles.contains(Knowledge.fold(tokens[end].text)))
            else { continue }
            let prefix = text(tokens, run.lowerBound..<end)
            if let known = memo.lookup(prefix), !knowledge.isDemonym(prefix) {
                // "BBC Sport", "BBC Radio Wales", "Virgin Trains": a body's name and an ordinary
                // word after it name one of its parts, not two things.
                // Not "White House | National Security Council": a rest with a cue word of its own or
                // known by itself is a name of its own.
                if known.type == .organization, count == 1, ws.count <= 3, knowledge.isDictionaryWord(tokens[end].text),
                   !knowledge.isTitle(tokens[end].text), !knowledge.isRole(tokens[end].text),
                   !endsInCue(tokens, run), memo.lookup(text(tokens, end..<run.upperBound)) == nil { return nil }
                return end
            }
        }
        return nil
    }

    /// "General Motors", "Justice Department": a title word inside an organization's or place's name.
    func endsInCue(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        let ws = words(tokens, run)
        guard let last = ws.last else { return false }
        let word = Knowledge.fold(tokens[last].text)
        if knowledge.organizationCues.contains(word) || knowledge.placeCues.contains(word) { return true }
        // "U.S. Consulate General": a two-word head.
        guard ws.count >= 2 else { return false }
        let two = Knowledge.fold(tokens[ws[ws.count - 2]].text) + " " + word
        return knowledge.organizationCues.contains(two) || knowledge.placeCues.contains(two)
    }

    /// End of the office a title names after "of" or "for", when a name follows it:
    /// "Secretary of Defense | Lloyd Austin", "Minister of Foreign Affairs | Fuad Hussein".
    /// The office runs to the first given name, or else over ordinary words; known names
    /// inside it ("President of Iraq") are returned to be typed on their own.
    func officeEnd(_ tokens: [Token], from start: Int, end: Int, memo: LookupMemo) -> (end: Int, named: [Range<Int>])? {
        guard start < end, ["of", "for"].contains(tokens[start].text) else { return nil }
        // An office and the name after it are a few words: a longer run is not read as one.
        guard end - start <= 10 else { return nil }
        var j = start + 1
        while j < end, tokens[j].kind == .word, !knowledge.isGivenName(tokens[j].text) { j += 1 }
        if !(j < end && j > start + 1 && tokens[j].kind == .word) {
            j = start + 1
            while j < end, tokens[j].kind == .word, !knowledge.isGivenName(tokens[j].text),
                  ["of", "for", "and", "the"].contains(tokens[j].text) || knowledge.isCommonWord(tokens[j].text) || lookupName(tokens[j].text, memo: memo) != nil {
                j += 1
            }
        }
        // Otherwise a name is most often its last two words: "Secretary of Defense | Marcus Tellar".
        if j == start + 1, end - start >= 4, (start..<end).allSatisfy({ tokens[$0].kind == .word }) { j = end - 2 }
        // Something must be left for the name, and the office must hold a word.
        guard j > start + 1, j < end, tokens[j].kind == .word else { return nil }
        let named = (start + 1..<j).filter { tokens[$0].isCapitalized && lookupName(tokens[$0].text, memo: memo) != nil }.map { $0..<($0 + 1) }
        return (j, named)
    }

    func isDate(_ tokens: [Token], _ k: Int, runStart: Int) -> Bool {
        guard knowledge.isDateWord(tokens[k].text) else { return false }
        // "Theresa May": a month name after a given name is a surname.
        if k > runStart, knowledge.isGivenName(tokens[k - 1].text) { return false }
        return true
    }

    func segments(of fullRun: Range<Int>, in tokens: [Token], memo: LookupMemo, surnames: Set<String> = []) -> [Segment] {
        var run = fullRun
        if lookup(tokens, run, memo: memo) == nil, let rest = afterCommonOpening(tokens, run, memo: memo) { run = rest }
        if lookup(tokens, run, memo: memo) != nil { return [trim(Segment(range: run, afterTitle: false), tokens, memo: memo, surnames: surnames)].compactMap { $0 } }
        var result: [Segment] = []
        var segStart = run.lowerBound
        var afterTitle = false
        var k = run.lowerBound
        var title: String? = nil
        func close(_ end: Int, beforeTitle: Bool = false) {
            if segStart < end { result.append(Segment(range: segStart..<end, afterTitle: afterTitle, title: afterTitle ? title : nil, beforeTitle: beforeTitle)) }
        }
        // Computed once: each title word below would otherwise walk the whole run again.
        let runEndsInCue = endsInCue(tokens, run)
        // A known name that opens a longer run stands alone: "Lib Dem | Norman Baker".
        // "the Houthi Red Sea port": a known body's name before a known place's are two names, cue or not.
        if let split = knownPrefixEnd(tokens, run, memo: memo),
           !runEndsInCue || split < run.upperBound && lookup(tokens, split..<run.upperBound, memo: memo)?.type == .place
                && lookup(tokens, run.lowerBound..<split, memo: memo)?.type == .organization {
            result.append(Segment(range: run.lowerBound..<split, afterTitle: false))
            segStart = split
            k = split
        }
        while k < run.upperBound {
            // Role acronyms split a run and introduce a person: "Labour MP Jackie Ballard", "deputy PM John Prescott".
            if tokens[k].kind == .word, k > run.lowerBound || k + 1 < run.upperBound, knowledge.nonEntities.contains(Knowledge.fold(tokens[k].text)) {
                close(k)
                afterTitle = true
                k += 1
                segStart = k
                continue
            }
            if tokens[k].kind == .word, isDate(tokens, k, runStart: run.lowerBound) {
                close(k)
                afterTitle = false
                k += 1
                segStart = k
                continue
            }
            // "Department of Justice": a title word after the connector is the office's name.
            if tokens[k].kind == .word, k == run.lowerBound || !["of", "for"].contains(tokens[k - 1].text),
               let length = titleLength(tokens, at: k, end: run.upperBound),
               // "Stephen King", "John Major": a title word ending the run after a given name is a surname.
               !(length == 1 && k + 1 == run.upperBound && k > run.lowerBound && tokens[k - 1].kind == .word
                 && knowledge.isGivenName(tokens[k - 1].text)),
               // "General Motors" keeps its title word, "Dame Barbara Castle" does not.
               // "Imam Muhammad bin Abdul Wahhab Mosque" keeps it too: only a two-word name or a cue
               // word that is also a surname makes the rest someone.
               !runEndsInCue || k + length < run.upperBound && knowledge.isGivenName(tokens[k + length].text)
                    && (words(tokens, (k + length)..<run.upperBound).count <= 2
                        || Self.surnameCues.contains(Knowledge.fold(tokens[run.upperBound - 1].text))),
               // "Commission on Social Justice": a title word ending a name after its connector names no one.
               !(k + length == run.upperBound && (run.lowerBound..<k).contains(where: { ["of", "for", "on"].contains(tokens[$0].text) })),
               lookup(tokens, k..<run.upperBound, memo: memo) == nil {
                // "Education Secretary Ruth Kelly": one word before a minister's title is the portfolio.
                let portfolio = words(tokens, segStart..<k).count == 1 && Self.portfolioTitles.contains(Knowledge.fold(tokens[k].text))
                close(k, beforeTitle: k + length < run.upperBound && tokens[k].isCapitalized && !portfolio)
                title = words(tokens, k..<(k + length)).map { Knowledge.fold(tokens[$0].text) }.joined(separator: " ")
                k += length
                if let office = officeEnd(tokens, from: k, end: run.upperBound, memo: memo) {
                    for named in office.named { result.append(Segment(range: named, afterTitle: false)) }
                    k = office.end
                } else if k < run.upperBound, ["of", "for"].contains(tokens[k].text) {
                    // "the Secretary of State for Defence said": the office with no name after it;
                    // only the known names inside it ("President of Iraq") are mentions.
                    for j in (k + 1)..<run.upperBound where tokens[j].isCapitalized && lookupName(tokens[j].text, memo: memo) != nil {
                        result.append(Segment(range: j..<(j + 1), afterTitle: false))
                    }
                    k = run.upperBound
                    segStart = k
                    continue
                }
                afterTitle = true
                segStart = k
                continue
            }
            k += 1
        }
        close(run.upperBound)
        return result.compactMap { trim($0, tokens, memo: memo, surnames: surnames) }
    }

    /// Drops a leading "the", a sentence-opening common word and a demonym that only qualifies a name.
    func trim(_ segment: Segment, _ tokens: [Token], memo: LookupMemo, surnames: Set<String> = []) -> Segment? {
        var s = segment
        func dropFirst() {
            var k = s.range.lowerBound + 1
            while k < s.range.upperBound, tokens[k].kind != .word { k += 1 }
            s.range = k..<s.range.upperBound
        }
        func known() -> Bool { lookupName(tokens, s.range, memo: memo) != nil }
        guard !s.range.isEmpty else { return nil }
        if Knowledge.fold(tokens[s.range.lowerBound].text) == "the", !(lookup(tokens, s.range, memo: memo)?.keepsLeadingThe ?? false),
           !capitalTheNamesABody(tokens, s.range, memo: memo) { dropFirst() }
        guard !s.range.isEmpty else { return nil }
        let first = tokens[s.range.lowerBound]
        if (first.opensSentence || first.inHeadline), !known(), isCommonOpening(first, memo: memo) {
            dropFirst()
        } else if !known(), knowledge.isCommonWord(first.text), let rest = afterFirstWord(tokens, s.range),
                  lookupName(tokens, rest, memo: memo) != nil {
            // "Top Hamas leader": an ordinary word before a known name only qualifies it.
            s.range = rest
        }
        guard !s.range.isEmpty else { return nil }
        // Leading demonym: "Iraqi Kata’ib Hezbollah" → "Kata’ib Hezbollah", but "Iraqi Army" stays.
        for length in [2, 1] {
            let ws = words(tokens, s.range)
            guard ws.count >= length else { continue }
            let prefixEnd = ws[length - 1] + 1
            let phrase = text(tokens, s.range.lowerBound..<prefixEnd)
            guard knowledge.isDemonym(phrase), !known() else { continue }
            if prefixEnd >= s.range.upperBound { return nil }
            var rest = prefixEnd
            while rest < s.range.upperBound, tokens[rest].kind != .word { rest += 1 }
            let remainder = rest..<s.range.upperBound
            if remainder.isEmpty { return nil }
            // "Italian Ranieri": a demonym before the surname of someone named earlier.
            let loneName = words(tokens, remainder).count == 1 && surnames.contains(NameKey.exact(tokens[rest].text))
            // "Frenchman Cyril Saulnier": two names or more without a cue word are someone from there.
            let namesAfter = words(tokens, remainder).count >= 2 && !endsInCue(tokens, remainder)
                && words(tokens, remainder).allSatisfy { tokens[$0].isCapitalized && !knowledge.isCommonWord(tokens[$0].text) }
            if lookup(tokens, remainder, memo: memo) != nil || knowledge.isGivenName(tokens[rest].text)
                || knowledge.isDemonym(text(tokens, remainder)) || loneName || namesAfter {
                s.range = remainder
                if knowledge.isDemonym(text(tokens, remainder)) { return nil }
            }
            break
        }
        while let last = s.range.last, tokens[last].kind != .word || runFinder.isParticle(tokens[last]),
              !(tokens[last].kind == .number && last > s.range.lowerBound
                && knowledge.numberedNameHeads.contains(Knowledge.fold(tokens[last - 1].text))) {
            s.range = s.range.lowerBound..<last
        }
        return s.range.isEmpty ? nil : s
    }

    /// The run without its first word when that word only opens the sentence ("At La Fenice
    /// Viotti was"), so that a known name after it is found at the run's start; a title
    /// ("President Zorab said") stays to type the name.
    func afterCommonOpening(_ tokens: [Token], _ run: Range<Int>, memo: LookupMemo) -> Range<Int>? {
        let first = tokens[run.lowerBound]
        guard first.kind == .word, first.opensSentence || first.inHeadline, isCommonOpening(first, memo: memo),
              titleLength(tokens, at: run.lowerBound, end: run.upperBound) == nil,
              !knowledge.nonEntities.contains(Knowledge.fold(first.text)) else { return nil }
        var k = run.lowerBound + 1
        while k < run.upperBound, tokens[k].kind != .word { k += 1 }
        // Two words or more must be left: a lone word keeps the run's own handling.
        guard words(tokens, k..<run.upperBound).count >= 2 else { return nil }
        return k..<run.upperBound
    }

    /// The range after its first word, when a word is left.
    func afterFirstWord(_ tokens: [Token], _ range: Range<Int>) -> Range<Int>? {
        var k = range.lowerBound + 1
        while k < range.upperBound, tokens[k].kind != .word { k += 1 }
        return k < range.upperBound ? k..<range.upperBound : nil
    }

    func isCommonOpening(_ t: Token, memo: LookupMemo) -> Bool {
        if lookupName(t.text, memo: memo) != nil { return false }
        if t.text.unicodeScalars.count == 1 { return true }
        if knowledge.isCommonWord(t.text) || knowledge.isRole(t.text) { return true }
        let lower = t.text.lowercased()
        // "Following", "Finally", but not "Kelly" or "Sterling".
        return t.text.count > 4 && (lower.hasSuffix("ing") || lower.hasSuffix("ly")) && !knowledge.isGivenName(t.text)
    }

    /// "band The Killers", "The Streets frontman": a capital "The" in mid-sentence before an
    /// unknown name is part of the name when the words around make it a body (bands, papers).
    func capitalTheNamesABody(_ tokens: [Token], _ range: Range<Int>, memo: LookupMemo) -> Bool {
        let the = tokens[range.lowerBound]
        guard the.text == "The", !the.opensSentence, !the.inHeadline, let rest = afterFirstWord(tokens, range),
              lookupName(tokens, rest, memo: memo) == nil else { return false }
        return matches(knowledge.organizationContexts, tokens, around: range)
            || followingCue(tokens, after: range.upperBound, in: knowledge.organizationCuesFollowing)
    }
}
