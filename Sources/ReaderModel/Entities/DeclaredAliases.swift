/// Other names the text itself gives for a person or an organization:
/// "Popular Mobilization Forces (PMF)" and "PMF (Popular Mobilization Forces)",
/// "Moshtaq al-Saidi (Abou Taqwa)", "X, also known as \"Abu Y\"", "X, known as Y",
/// "X, or Y,", "X, nicknamed Y"; a nickname in quotes inside a name
/// (First Last "Abu X" al-Surname) makes one mention with two names to link by.
extension EntityRecognizer {
    static let kunyas: Set<String> = ["abu", "abou", "abo", "umm", "um", "abi"]

    /// Words between two names that declare the second another name of the first
    /// (quotes and "the" left out).
    static let aliasDeclarations: [[String]] = [
        [",", "also", "known", "as"], [",", "known", "as"], ["also", "known", "as"], ["known", "as"],
        [",", "better", "known", "as"], [",", "widely", "known", "as"], [",", "otherwise", "known", "as"],
        [",", "also", "called"], [",", "nicknamed"], ["nicknamed"], [",", "dubbed"], [",", "aka"], ["aka"],
        [",", "alias"], [",", "or"], [",", "or", "simply"],
        ["(", "also", "known", "as"], ["(", "known", "as"], ["(", "or"], ["(", "aka"], ["(", "also", "called"],
    ]
    static let quotes: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]

    func linkDeclaredAliases(_ mentions: inout [Mention], _ tokens: [Token]) {
        guard mentions.count > 1 else { return }
        for i in mentions.indices.dropLast() {
            let j = i + 1
            let gap = mentions[i].tokens.upperBound..<mentions[j].tokens.lowerBound
            guard !gap.isEmpty, gap.count <= 7, !gap.contains(where: { tokens[$0].newlinesBefore > 0 }),
                  !tokens[mentions[j].tokens.lowerBound].inHeadline || tokens[mentions[i].tokens.lowerBound].inHeadline else { continue }
            let words = gap.map { tokens[$0].text.lowercased() }.filter { !Self.quotes.contains($0) && $0 != "the" }
            if words == ["("] {
                let close = mentions[j].tokens.upperBound
                guard close < tokens.count, [")", ","].contains(tokens[close].text),
                      bracketedAlias(mentions[i], mentions[j]) else { continue }
                join(&mentions, i, j)
            } else if Self.aliasDeclarations.contains(words) {
                guard declaredAlias(mentions, i, j, words, tokens) else { continue }
                join(&mentions, i, j)
            }
        }
    }

    func startsWithKunya(_ m: Mention) -> Bool {
        let ws = NameKey.words(m.text)
        return ws.count >= 2 && Self.kunyas.contains(ws[0])
    }

    /// An acronym of the other name (either way round) or a person's kunya; other
    /// bracketed names are notes (a film role, a team).
    func bracketedAlias(_ outer: Mention, _ inner: Mention) -> Bool {
        guard outer.type != .other || outer.evidence != .fallback else { return false }
        if outer.type == .person || inner.type == .person, startsWithKunya(inner) || startsWithKunya(outer) { return true }
        if inner.isAcronym, !outer.isAcronym { return initialsMatch(acronym: inner.text, name: outer.text) }
        if outer.isAcronym, !inner.isAcronym { return initialsMatch(acronym: outer.text, name: inner.text) }
        // "Harakat Hezbollah al-Nujaba (Nujaba)": one word of an organization's name.
        if outer.type == .organization, NameKey.significantWords(inner.text).count == 1,
           NameKey.significantWords(outer.text).count >= 2,
           NameKey.significantWords(outer.text).contains(NameKey.significantWords(inner.text)[0]) { return true }
        return false
    }

    /// The acronym's first letter starts the name: "ICP" / "Iraqi Communist Party".
    func initialsMatch(acronym: String, name: String) -> Bool {
        let letters = NameKey.words(acronym).joined()
        let words = NameKey.significantWords(name)
        return words.count >= 2 && letters.first != nil && letters.first == words.first?.first
    }

    /// "X, also known as Y", "X, or Y,": kept when the two could be one entity.
    func declaredAlias(_ mentions: [Mention], _ i: Int, _ j: Int, _ words: [String], _ tokens: [Token]) -> Bool {
        let a = mentions[i], b = mentions[j]
        if let x = a.knownID, let y = b.knownID { return x == y }
        if words.contains("or") {
            // "X, or Y," is an alias only as an aside, not the end of a list ("A, B, or C").
            let after = b.tokens.upperBound
            guard after >= tokens.count || [",", ")", ".", ";", "\u{2014}", "\u{2013}"].contains(tokens[after].text) else { return false }
            if i > 0, mentions[i - 1].tokens.upperBound < a.tokens.lowerBound,
               (mentions[i - 1].tokens.upperBound..<a.tokens.lowerBound).allSatisfy({ [",", "and"].contains(tokens[$0].text) }) { return false }
            guard a.type != .place, b.type != .place else { return false }
        }
        return compatible(a, b)
    }

    /// Same type, or a kunya for a person, or one of them only weakly typed.
    func compatible(_ a: Mention, _ b: Mention) -> Bool {
        if a.type == b.type { return true }
        if a.type == .person && startsWithKunya(b) || b.type == .person && startsWithKunya(a) { return true }
        return a.evidence >= .pattern || b.evidence >= .pattern
    }

    /// First Last "Abu X" al-Surname, David "Fathead" Newman: one person's name with a quoted
    /// nickname inside, one mention that links by both the name and the nickname with the surname.
    func mergeQuotedNicknames(_ mentions: [Mention], _ tokens: [Token]) -> [Mention] {
        guard mentions.count > 2 else { return mentions }
        var out: [Mention] = []
        out.reserveCapacity(mentions.count)
        var i = 0
        while i < mentions.count {
            let gap = i + 1 < mentions.count ? mentions[i].tokens.upperBound..<mentions[i + 1].tokens.lowerBound : 0..<0
            guard i + 2 < mentions.count, isQuotedNickname(mentions, i, gap, tokens) else {
                out.append(mentions[i])
                i += 1
                continue
            }
            let first = mentions[i], nickname = mentions[i + 1], last = mentions[i + 2]
            let range = first.tokens.lowerBound..<last.tokens.upperBound
            var merged = Mention(start: first.start, end: last.end, text: text(tokens, range), type: .person,
                                 evidence: min(first.evidence, last.evidence, .pattern), tokens: range)
            merged.title = first.title
            merged.knownID = [nickname, last, first].first { $0.knownID != nil && $0.type == .person }?.knownID
            merged.alternateNames = [first.text + " " + last.text, nickname.text + " " + last.text]
            out.append(merged)
            i += 3
        }
        return out
    }

    func isQuotedNickname(_ mentions: [Mention], _ i: Int, _ gap: Range<Int>, _ tokens: [Token]) -> Bool {
        let j = i + 1
        guard gap.count == 1, Self.quotes.contains(tokens[gap.lowerBound].text), tokens[gap.lowerBound].spaceBefore,
              j + 1 < mentions.count else { return false }
        let close = mentions[j].tokens.upperBound..<mentions[j + 1].tokens.lowerBound
        guard close.count == 1, Self.quotes.contains(tokens[close.lowerBound].text), !tokens[close.lowerBound].spaceBefore,
              tokens[mentions[j + 1].tokens.lowerBound].spaceBefore else { return false }
        let first = mentions[i], nickname = mentions[j]
        // The nickname is a name or a word or two ("Fathead"), not a quoted phrase.
        return (first.type == .person || knowledge.isGivenName(tokens[first.tokens.lowerBound].text))
            && (first.knownID == nil || first.type == .person)
            && (mentions[j + 1].type == .person || mentions[j + 1].type == .other && mentions[j + 1].evidence == .fallback)
            && (startsWithKunya(nickname) || nickname.type == .person || nickname.evidence >= .pattern)
    }

    /// Marks `j` another name of `i`; an untyped or weakly typed one takes the other's type.
    func join(_ mentions: inout [Mention], _ i: Int, _ j: Int) {
        let a = mentions[i], b = mentions[j]
        let type: EntityType
        if (a.type == .person || b.type == .person) && (startsWithKunya(a) || startsWithKunya(b)) { type = .person }
        else if a.type == .other && a.evidence == .fallback { type = b.type }
        else if b.type == .other && b.evidence == .fallback { type = a.type }
        else { type = b.evidence < a.evidence ? b.type : a.type }
        for k in [i, j] where mentions[k].type != type && mentions[k].knownID == nil {
            mentions[k].type = type
            mentions[k].evidence = min(mentions[k].evidence, .alias)
        }
        mentions[j].aliasOf = i
    }
}
