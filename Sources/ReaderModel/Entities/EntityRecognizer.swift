/// Finds the people, organizations and places named in one article's tokens.
///
/// Name runs are split at titles ("Prime Minister"), dates and sentence-opening common
/// words, stripped of leading demonyms where the rest is a name in its own right, then
/// typed from the strongest evidence available: the knowledge files, cue words inside
/// the name ("Forces", "Air Base"), a title or role before it, cue words around it
/// ("the Nebni political coalition", "in Baiji"), the shape of the name (given names,
/// "al-", "bin"), and finally parenthesised aliases and coordination with a typed neighbour.
public struct EntityRecognizer: Sendable {
    public var knowledge: Knowledge
    let runFinder: NameRunFinder

    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        self.runFinder = NameRunFinder(knowledge: knowledge)
    }

    /// Typed mentions in `tokens` that end before `limit` (the start of site furniture).
    public func recognize(_ tokens: [Token], limit: Int = .max) -> [Mention] {
        var mentions: [Mention] = []
        // The same names recur within an article: each is looked up once.
        let memo = LookupMemo(knowledge)
        for run in runFinder.runs(in: tokens) where tokens[run.lowerBound].start < limit {
            for segment in segments(of: run, in: tokens, memo: memo) {
                if let mention = classify(segment, in: tokens, memo: memo) { mentions.append(mention) }
            }
        }
        linkParentheses(&mentions, tokens)
        inheritThroughCoordination(&mentions, tokens)
        return mentions
    }

    // MARK: - Splitting runs

    struct Segment {
        var range: Range<Int>
        var afterTitle: Bool
        /// The title phrase before it, folded ("prime minister").
        var title: String? = nil
    }

    func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        var s = ""
        for k in range {
            if k > range.lowerBound, tokens[k].spaceBefore { s += " " }
            s += tokens[k].text
        }
        return s
    }

    func words(_ tokens: [Token], _ range: Range<Int>) -> [Int] {
        range.filter { tokens[$0].kind == .word }
    }

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
        guard ws.count >= 3 else { return nil }
        for count in stride(from: min(ws.count - 1, knowledge.longestKnownName), through: 1, by: -1) {
            let end = ws[count - 1] + 1
            // "Hawija Al-Abar": an "Al-" word continues the name rather than starting another.
            guard tokens[end].kind == .word, tokens[end].spaceBefore,
                  !(end + 1 < tokens.count && tokens[end + 1].text == "-" && NameKey.articles.contains(Knowledge.fold(tokens[end].text)))
            else { continue }
            let prefix = text(tokens, run.lowerBound..<end)
            if memo.lookup(prefix) != nil, !knowledge.isDemonym(prefix) { return end }
        }
        return nil
    }

    /// "General Motors", "Justice Department": a title word inside an organization's or place's name.
    func endsInCue(_ tokens: [Token], _ run: Range<Int>) -> Bool {
        guard let last = words(tokens, run).last else { return false }
        let word = Knowledge.fold(tokens[last].text)
        return knowledge.organizationCues.contains(word) || knowledge.placeCues.contains(word)
    }

    func isDate(_ tokens: [Token], _ k: Int, runStart: Int) -> Bool {
        guard knowledge.isDateWord(tokens[k].text) else { return false }
        // "Theresa May": a month name after a given name is a surname.
        if k > runStart, knowledge.isGivenName(tokens[k - 1].text) { return false }
        return true
    }

    func segments(of run: Range<Int>, in tokens: [Token], memo: LookupMemo) -> [Segment] {
        if memo.lookup(text(tokens, run)) != nil { return [trim(Segment(range: run, afterTitle: false), tokens, memo: memo)].compactMap { $0 } }
        var result: [Segment] = []
        var segStart = run.lowerBound
        var afterTitle = false
        var k = run.lowerBound
        var title: String? = nil
        func close(_ end: Int) {
            if segStart < end { result.append(Segment(range: segStart..<end, afterTitle: afterTitle, title: afterTitle ? title : nil)) }
        }
        // A known name that opens a longer run stands alone: "Lib Dem | Norman Baker".
        if !endsInCue(tokens, run), let split = knownPrefixEnd(tokens, run, memo: memo) {
            result.append(Segment(range: run.lowerBound..<split, afterTitle: false))
            segStart = split
            k = split
        }
        while k < run.upperBound {
            // Role acronyms split a run and introduce a person: "Labour MP Jackie Ballard".
            if tokens[k].kind == .word, k > run.lowerBound, knowledge.nonEntities.contains(Knowledge.fold(tokens[k].text)) {
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
            if tokens[k].kind == .word, let length = titleLength(tokens, at: k, end: run.upperBound),
               memo.lookup(text(tokens, k..<run.upperBound)) == nil, !endsInCue(tokens, run) {
                close(k)
                afterTitle = true
                title = words(tokens, k..<(k + length)).map { Knowledge.fold(tokens[$0].text) }.joined(separator: " ")
                k += length
                segStart = k
                continue
            }
            k += 1
        }
        close(run.upperBound)
        return result.compactMap { trim($0, tokens, memo: memo) }
    }

    /// Drops a leading "the", a sentence-opening common word and a demonym that only qualifies a name.
    func trim(_ segment: Segment, _ tokens: [Token], memo: LookupMemo) -> Segment? {
        var s = segment
        func dropFirst() {
            var k = s.range.lowerBound + 1
            while k < s.range.upperBound, tokens[k].kind != .word { k += 1 }
            s.range = k..<s.range.upperBound
        }
        func known() -> Bool { memo.lookup(text(tokens, s.range)) != nil }
        guard !s.range.isEmpty else { return nil }
        if Knowledge.fold(tokens[s.range.lowerBound].text) == "the", !memo.keepsLeadingThe(text(tokens, s.range)) { dropFirst() }
        guard !s.range.isEmpty else { return nil }
        let first = tokens[s.range.lowerBound]
        if (first.opensSentence || first.inHeadline), !known(), isCommonOpening(first, memo: memo) {
            dropFirst()
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
            if memo.lookup(text(tokens, remainder)) != nil || knowledge.isGivenName(tokens[rest].text)
                || knowledge.isDemonym(text(tokens, remainder)) {
                s.range = remainder
                if knowledge.isDemonym(text(tokens, remainder)) { return nil }
            }
            break
        }
        while let last = s.range.last, tokens[last].kind != .word || runFinder.isParticle(tokens[last]) {
            s.range = s.range.lowerBound..<last
        }
        return s.range.isEmpty ? nil : s
    }

    func isCommonOpening(_ t: Token, memo: LookupMemo) -> Bool {
        if memo.lookup(t.text) != nil { return false }
        if t.text.unicodeScalars.count == 1 { return true }
        if knowledge.isCommonWord(t.text) || knowledge.isRole(t.text) { return true }
        let lower = t.text.lowercased()
        return t.text.count > 4 && (lower.hasSuffix("ing") || lower.hasSuffix("ly"))
    }

    // MARK: - Typing

    func previousWord(_ tokens: [Token], before k: Int) -> Int? {
        var j = k - 1
        while j >= 0, tokens[j].text == "." { j -= 1 }
        return j >= 0 && tokens[j].kind == .word ? j : nil
    }

    /// A cue in the next one or two lower-case words: "Badr forces", "Nebni political coalition".
    func followingCue(_ tokens: [Token], after end: Int, in cues: Set<String>) -> Bool {
        var j = end
        for _ in 0..<2 {
            guard j < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].newlinesBefore == 0 else { return false }
            if cues.contains(Knowledge.fold(tokens[j].text)) { return true }
            if j + 1 < tokens.count, cues.contains(Knowledge.fold(tokens[j].text + " " + tokens[j + 1].text)) { return true }
            j += 1
        }
        return false
    }

    /// A lower-case role word followed by a capitalized name: "chairman Matthew", "commander Hadi".
    func roleBeforeName(_ tokens: [Token], at j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j].kind == .word, !tokens[j].isCapitalized, tokens[j].newlinesBefore == 0,
              knowledge.isRole(tokens[j].text), tokens[j + 1].isCapitalized, tokens[j + 1].newlinesBefore == 0 else { return false }
        return true
    }

    func placeContext(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let start = range.lowerBound
        // "US-based", "Samarra-based".
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].text == "-",
           Knowledge.fold(tokens[range.upperBound + 1].text) == "based" { return true }
        guard let p = previousWord(tokens, before: start), p == start - 1 || tokens[start - 1].text == "the" else { return false }
        let prev = Knowledge.fold(tokens[p].text)
        if knowledge.placePrepositions.contains(prev), !tokens[p].isCapitalized { return true }
        // "south of Fallujah", "the areas of Al-Rafoush".
        if prev == "of", let q = previousWord(tokens, before: p), knowledge.placeCuesFollowing.contains(Knowledge.fold(tokens[q].text))
            || ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"].contains(Knowledge.fold(tokens[q].text)) {
            return true
        }
        return false
    }

    func personPattern(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let ws = words(tokens, range)
        guard let first = ws.first else { return false }
        let firstWord = Knowledge.fold(tokens[first].text)
        if knowledge.isGivenName(tokens[first].text), ws.count >= 2 { return true }
        if ["abu", "abou", "umm", "bin", "ibn"].contains(firstWord), ws.count >= 2 { return true }
        if ws.count >= 2, ws.dropFirst().contains(where: { runFinder.isParticle(tokens[$0]) }) { return true }
        return false
    }

    func classify(_ segment: Segment, in tokens: [Token], memo: LookupMemo) -> Mention? {
        let range = segment.range
        let name = text(tokens, range)
        let ws = words(tokens, range)
        guard let firstWord = ws.first, let lastWord = ws.last else { return nil }
        func mention(_ type: EntityType, _ evidence: Mention.Evidence, known: String? = nil) -> Mention {
            Mention(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end, text: name,
                    type: type, evidence: evidence, tokens: range, knownID: known)
        }
        if let entity = memo.lookup(name) {
            var m = mention(entity.type, .known, known: entity.id)
            if entity.type == .person { m.title = segment.title }
            return m
        }
        if knowledge.isDemonym(name) || knowledge.nonEntities.contains(Knowledge.fold(name)) { return nil }
        let last = Knowledge.fold(tokens[lastWord].text)
        let lastTwo = ws.count >= 2 ? Knowledge.fold(tokens[ws[ws.count - 2]].text) + " " + last : last
        if knowledge.otherCues.contains(last) { return mention(.other, .cue) }
        if knowledge.placeCues.contains(lastTwo) || knowledge.placeCues.contains(last), ws.count >= 2 || tokens[firstWord].isAllCaps == false && ws.count >= 2 {
            return mention(.place, .cue)
        }
        if knowledge.organizationCues.contains(last), ws.count >= 2 || tokens[lastWord].isOrdinal { return mention(.organization, .cue) }
        if ws.count >= 2, knowledge.organizationPrefixes[Knowledge.fold(tokens[firstWord].text)] != nil {
            return mention(.organization, .cue)
        }
        let isAcronym = ws.count == 1 && tokens[firstWord].isAllCaps
        if !isAcronym {
            if segment.afterTitle { var m = mention(.person, .title); m.title = segment.title; return m }
            if let p = previousWord(tokens, before: range.lowerBound), p == range.lowerBound - 1 || tokens[range.lowerBound - 1].text == ".",
               knowledge.isRole(tokens[p].text) || knowledge.isTitle(tokens[p].text) {
                var m = mention(.person, .title)
                // "prime minister Mohammed …": the role with the word before it when that is part of it.
                let word = Knowledge.fold(tokens[p].text)
                if p > 0, tokens[p - 1].kind == .word, knowledge.isTitle(Knowledge.fold(tokens[p - 1].text) + " " + word) {
                    m.title = Knowledge.fold(tokens[p - 1].text) + " " + word
                } else {
                    m.title = word
                }
                return m
            }
        }
        if followingCue(tokens, after: range.upperBound, in: knowledge.organizationCuesFollowing) { return mention(.organization, .context) }
        // "Lib Dem chairman Matthew Taylor": a name qualifying a role is the body the role belongs to.
        if !(ws.count == 1 && tokens[firstWord].opensSentence), roleBeforeName(tokens, at: range.upperBound) {
            return mention(.organization, .context)
        }
        if followingCue(tokens, after: range.upperBound, in: knowledge.placeCuesFollowing) { return mention(.place, .context) }
        if placeContext(tokens, range), !knowledge.isGivenName(tokens[firstWord].text) || ws.count == 1 { return mention(.place, .context) }
        if personPattern(tokens, range) { return mention(.person, .pattern) }
        if isAcronym { return mention(.organization, .pattern) }
        let inHeadline = tokens[firstWord].inHeadline
        // Two to four capitalized words with no cue: most often a person, unless a word is
        // an ordinary English word, a known name or a demonym ("New Labour", "Lib Dem").
        if ws.count >= 2, ws.count <= 4, !inHeadline,
           ws.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps && tokens[$0].text.unicodeScalars.count > 1 }),
           !ws.contains(where: { knowledge.isCommonWord(tokens[$0].text) || memo.lookup(tokens[$0].text) != nil
                                 || knowledge.isDemonym(tokens[$0].text) || knowledge.nonEntities.contains(Knowledge.fold(tokens[$0].text)) }) {
            return mention(.person, .fallback)
        }
        // A lone unknown word ("Rasoul", "al-Sudani"): kept untyped so the linker can
        // still read it as a surname or a short name; dropped otherwise.
        let nameWords = ws.filter { !runFinder.isParticle(tokens[$0]) }
        if nameWords.count == 1, !inHeadline { return mention(.other, .fallback) }
        return nil
    }

    // MARK: - Relations between mentions

    /// "Popular Mobilization Forces (PMF)", "Moshtaq Taleb al-Saidi (Abou Taqwa)".
    func linkParentheses(_ mentions: inout [Mention], _ tokens: [Token]) {
        for i in mentions.indices.dropLast() {
            let outer = mentions[i], inner = mentions[i + 1]
            let open = outer.tokens.upperBound
            guard open < tokens.count, tokens[open].text == "(", inner.tokens.lowerBound == open + 1,
                  inner.tokens.upperBound < tokens.count, [")", ","].contains(tokens[inner.tokens.upperBound].text),
                  outer.type != .other || outer.evidence != .fallback else { continue }
            // An acronym sharing the long form's first letter, or a person's kunya or nom de
            // guerre ("Abou Taqwa"); other bracketed names are notes (a film role, a team).
            let innerWords = NameKey.words(inner.text), outerWords = NameKey.significantWords(outer.text)
            let isAcronymOfOuter = inner.isAcronym && innerWords.first?.first == outerWords.first?.first
            let isKunya = outer.type == .person && ["abu", "abou", "abo", "umm", "um"].contains(innerWords.first ?? "")
            guard isAcronymOfOuter || isKunya else { continue }
            if inner.knownID == nil || inner.type == outer.type {
                mentions[i + 1].type = outer.type
                mentions[i + 1].evidence = min(inner.evidence, .alias)
                mentions[i + 1].aliasOf = i
            }
        }
    }

    /// "in Abu Ghraib and Jurf al-Sakhar": a weakly typed name takes the type of the
    /// confidently typed place or organization it is listed with.
    func inheritThroughCoordination(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count > 1 else { return }
        for i in 1..<mentions.count {
            let prev = mentions[i - 1]
            guard mentions[i].evidence == .fallback, mentions[i].knownID == nil,
                  prev.evidence <= .context, prev.type == .place || prev.type == .organization else { continue }
            let between = prev.tokens.upperBound..<mentions[i].tokens.lowerBound
            guard !between.isEmpty, between.allSatisfy({ [",", "and", "or"].contains(tokens[$0].text) }) else { continue }
            mentions[i].type = prev.type
            mentions[i].evidence = .context
        }
    }
}
