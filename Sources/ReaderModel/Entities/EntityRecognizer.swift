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
        let capitalLines = CapitalLines(tokens)
        var onCapitalLines: [Range<Int>] = []
        // Surnames of the people named so far: "Italian Ranieri" after "Claudio Ranieri".
        var surnames = Set<String>()
        // First names and surnames of the people named so far with some evidence: "for Jerzy"
        // after "Jerzy Dudek".
        var namedParts = Set<String>()
        for run in joinCoordinatedBodies(joinKnownNames(runFinder.runs(in: tokens), tokens, memo: memo), tokens, memo: memo) where tokens[run.lowerBound].start < limit {
            // Lines all in capitals ("PAYBACK") and in Title Case ("Top Hamas Leader Killed In
            // Strike") are read once the rest of the article is known: their capitals say nothing.
            if capitalLines.contains(run.lowerBound) || tokens[run.lowerBound].inHeadline { onCapitalLines.append(run); continue }
            for segment in segments(of: run, in: tokens, memo: memo, surnames: surnames) {
                for piece in splitHyphenatedPair(segment, tokens, memo: memo) {
                    guard var mention = classify(piece, in: tokens, memo: memo) else { continue }
                    let ws = words(tokens, mention.tokens)
                    // "Robinson, who…" after "Andy Robinson" and "Jason Robinson", "for Jerzy" after
                    // "Jerzy Dudek": a lone unknown word that names someone named earlier is a person,
                    // whoever of them the linker finds it is.
                    if mention.type != .person, mention.knownID == nil, mention.evidence >= .context, ws.count == 1 {
                        let key = NameKey.exact(mention.text)
                        if namedParts.contains(key) { mention.type = .person; mention.evidence = .pattern }
                    }
                    mentions.append(mention)
                    if mention.type == .person, ws.count > 1, let first = ws.first, let last = ws.last {
                        surnames.insert(NameKey.exact(tokens[last].text))
                        // Only from a name with evidence of a person or a given name: "Avdiivka Coke"
                        // guessed from its shape makes no "Avdiivka" someone.
                        if mention.evidence < .fallback || knowledge.isGivenName(tokens[first].text) {
                            namedParts.insert(NameKey.exact(tokens[last].text))
                            if tokens[first].text.unicodeScalars.count > 2 { namedParts.insert(NameKey.exact(tokens[first].text)) }
                        }
                    }
                }
            }
        }
        if !onCapitalLines.isEmpty {
            mentions += capitalLineMentions(onCapitalLines, tokens, confirmedBy: mentions, memo: memo)
            mentions.sort { $0.start < $1.start }
        }
        mentions = droppingDescribedAcronyms(mentions, tokens)
        agreeWithTitledSurnames(&mentions, tokens)
        agreeOnNameTypes(&mentions, tokens)
        keepPossessiveNames(&mentions, tokens)
        shareHints(&mentions)
        readTeamSheets(&mentions, tokens, memo: memo)
        clubsAgree(&mentions, tokens)
        mentions = mergeQuotedNicknames(mentions, tokens)
        linkDeclaredAliases(&mentions, tokens)
        inheritThroughCoordination(&mentions, tokens)
        return mentions
    }

    /// The known entity a name from the text denotes. A capitalized ordinary word is not the
    /// acronym it spells: "Who" is not the WHO, "Us" not the US (unless the list writes it so: "Nato").
    func lookupName(_ name: String, memo: LookupMemo) -> Knowledge.KnownEntity? {
        guard let entity = memo.lookup(name) else { return nil }
        guard !name.contains(" "), name.unicodeScalars.contains(where: { $0.properties.isLowercase }),
              name.unicodeScalars.count <= 3 || knowledge.isCommonWord(name) else { return entity }
        let key = NameKey.exact(name)
        let sameKey = ([entity.name] + entity.aliases).filter { NameKey.exact($0) == key }
        let onlyCapitals = sameKey.allSatisfy { !$0.unicodeScalars.contains(where: { $0.properties.isLowercase }) }
        return onlyCapitals ? nil : entity
    }

    /// Function words written in capitals for emphasis, never an acronym.
    static let emphasisWords: Set<String> = ["and", "or", "but", "not", "the", "for", "all", "any", "now", "yet", "was", "are",
                                             "did", "has", "had", "can", "too", "off", "own", "his", "her", "our", "you", "she"]

    /// "X, which": no person.
    func followedByWhich(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        range.upperBound + 1 < tokens.count && tokens[range.upperBound].text == "," && tokens[range.upperBound + 1].text == "which"
    }

    /// Function words that a title in capitals writes with a capital: "Of", "In", "The".
    static let functionWords: Set<String> = ["of", "in", "on", "at", "to", "with", "from", "by", "as", "the", "a", "an", "and", "or", "for"]

    /// Spelt-out numbers that are also names ("Five", the channel).
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                           "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand"]

    /// Words after an agency's name in a photo credit: "AP Photo", "Reuters Photos".
    static let creditWords: Set<String> = ["photo", "photos"]

    /// Legislatures often named by one capitalized word.
    static let legislatures: Set<String> = ["parliament", "senate"]

    /// Place cue words that are common English surnames too.
    static let surnameCues: Set<String> = ["field", "hall", "hills", "lake", "park", "castle", "bridge", "tower", "street", "camp", "port", "bay"]

    // MARK: - Typing

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

    func classify(_ segment: Segment, in tokens: [Token], memo: LookupMemo) -> Mention? {
        let range = segment.range
        let name = text(tokens, range)
        let ws = words(tokens, range)
        guard let firstWord = ws.first, let lastWord = ws.last else { return nil }
        func mention(_ type: EntityType, _ evidence: Mention.Evidence, known: String? = nil) -> Mention {
            Mention(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end, text: name,
                    type: type, evidence: evidence, tokens: range, knownID: known)
        }
        // "Every activist I spoke to": the pronoun is no name.
        if ws.count == 1, name == "I" { return nil }
        // "Five other episodes…": a number opening a sentence, not the channel of that name.
        if ws.count == 1, tokens[firstWord].opensSentence, Self.numberWords.contains(Knowledge.fold(name)) { return nil }
        // "The Lord Of the Rings": a function word in a title's capitals names nothing.
        if ws.count == 1, Self.functionWords.contains(Knowledge.fold(name)) { return nil }
        // "Lord", "Judge" alone: a title on its own is no entity, whatever plural a list holds ("Lords").
        if let entity = ws.count == 1 && knowledge.isTitle(name) ? nil : lookupName(tokens, range, memo: memo) {
            // "Valencia coach", "played for Barcelona": a town's club, not the town.
            if entity.type == .place, !knowledge.countryIDs.contains(entity.id), !knowledge.venueIDs.contains(entity.id),
               matches(knowledge.clubContexts, tokens, around: range) || pluralVerbAfter(tokens, range) {
                return mention(.organization, .context)
            }
            var m = mention(entity.type, .known, known: entity.id)
            if entity.type == .person { m.title = segment.title }
            return m
        }
        if knowledge.isDemonym(name) || knowledge.nonEntities.contains(Knowledge.fold(name)) { return nil }
        // "Rebel forces have launched…", "Government troops": an ordinary word capitalized only
        // because it opens the sentence names nothing, whatever follows it.
        if ws.count == 1, tokens[firstWord].opensSentence, knowledge.isCommonWord(name), !tokens[firstWord].isAllCaps { return nil }
        // "OneStat.com": a web address is the firm's name.
        if range.count >= 3, NameRunFinder.domainEnds.contains(tokens[range.upperBound - 1].text),
           tokens[range.upperBound - 2].text == ".", !tokens[range.upperBound - 2].spaceBefore { return mention(.organization, .cue) }
        // "into Parliament", "the Senate voted": a legislature named by its head word alone.
        if ws.count == 1, Self.legislatures.contains(Knowledge.fold(tokens[lastWord].text)) { return mention(.organization, .cue) }
        // "1989's Shirley Valentine", "2004's The Grudge": a year's film, album or show.
        if afterYearPossessive(tokens, range) { return mention(.other, .context) }
        // "the film Closer", "Ray star Jamie Foxx": a work, not who or where.
        if !knowledge.isGivenName(tokens[firstWord].text), matches(knowledge.otherContexts, tokens, around: range) {
            return mention(.other, .context)
        }
        if isPhotoCredit(tokens, range, memo: memo) { return mention(.person, .pattern) }
        if isDateline(tokens, range) { return mention(.place, .pattern) }
        // "Dame Barbara Castle": a given name after a title is a person whatever the last word.
        if segment.afterTitle, ws.count >= 2, knowledge.isGivenName(tokens[firstWord].text) {
            var m = mention(.person, .title)
            m.title = segment.title
            return m
        }
        // "Covington & Burling", "Procter & Gamble".
        if ws.count >= 2, range.contains(where: { k in tokens[k].text == "&" && k > range.lowerBound && k + 1 < range.upperBound
                && tokens[k - 1].text.unicodeScalars.count > 1 && tokens[k + 1].text.unicodeScalars.count > 1 }) {
            return mention(.organization, .cue)
        }
        if let head = connectorHead(tokens, range) {
            if knowledge.organizationCues.contains(head) { return mention(.organization, .cue) }
            if knowledge.placeCues.contains(head) { return mention(.place, .cue) }
            // "the European Convention on Human Rights": a treaty, neither a body nor a place.
            if knowledge.otherCues.contains(head) { return mention(.other, .cue) }
        }
        let last = Knowledge.fold(tokens[lastWord].text)
        let lastTwo = ws.count >= 2 ? Knowledge.fold(tokens[ws[ws.count - 2]].text) + " " + last : last
        // "Armistice Day", but "Chris Day": a given name makes the last word a surname.
        if knowledge.otherCues.contains(last), !(ws.count >= 2 && knowledge.isGivenName(tokens[firstWord].text)) { return mention(.other, .cue) }
        // "Tower 22": a numbered cue word is a name of its own.
        let numbered = tokens[range.upperBound - 1].kind == .number
        if numbered, ws.count == 1 {
            if knowledge.placeCues.contains(last) { return mention(.place, .cue) }
            if knowledge.organizationCues.contains(last) { return mention(.organization, .cue) }
        }
        // "Frank Field", "Stuart Hall": a given name before a cue word that is also a surname.
        let surnameCue = ws.count == 2 && Self.surnameCues.contains(last) && knowledge.isGivenName(tokens[firstWord].text)
        if !surnameCue, knowledge.placeCues.contains(lastTwo) || knowledge.placeCues.contains(last), ws.count >= 2 {
            return mention(.place, .cue)
        }
        if knowledge.organizationCues.contains(last), ws.count >= 2 || tokens[lastWord].isOrdinal { return mention(.organization, .cue) }
        if ws.count >= 2, knowledge.organizationPrefixes[Knowledge.fold(tokens[firstWord].text)] != nil {
            return mention(.organization, .cue)
        }
        // "River Thames", "Mount Kenya": a word that opens a place's name.
        if ws.count >= 2, knowledge.placePrefixes.contains(Knowledge.fold(tokens[firstWord].text)) { return mention(.place, .cue) }
        // "(AP Photo/…)": a photo credit names the agency; "Photo" is no part of its name.
        if ws.count == 2, Self.creditWords.contains(Knowledge.fold(tokens[lastWord].text)),
           let agency = lookupName(tokens[firstWord].text, memo: memo), agency.type == .organization {
            return Mention(start: tokens[firstWord].start, end: tokens[firstWord].end, text: tokens[firstWord].text,
                           type: .organization, evidence: .known, tokens: firstWord..<(firstWord + 1), knownID: agency.id)
        }
        // "BBC One", "Sony Pictures", "BBC Radio Wales": a known organization's name heading a longer one.
        if ws.count >= 2, ws.count <= 3, lookupName(tokens[firstWord].text, memo: memo)?.type == .organization,
           !knowledge.isTitle(tokens[firstWord].text), knowledge.isDictionaryWord(tokens[ws[1]].text) {
            return mention(.organization, .pattern)
        }
        let isAcronym = ws.count == 1 && tokens[firstWord].isAllCaps
        // "Former WorldCom boss Bernie Ebbers": a name qualifying a role after "former" is the body.
        if segment.afterTitle, ["former", "ex"].contains(segment.title ?? ""), roleBeforeName(tokens, at: range.upperBound) {
            return mention(.organization, .context)
        }
        // "Top Hamas Leader Killed": a verb in capitals after a title is no name.
        let verbForm = ws.count == 1 && knowledge.isCommonWord(name) && (last.hasSuffix("ed") || last.hasSuffix("ing"))
        if !isAcronym, !verbForm {
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
        // "Exhibitor Relations President Paul Dergarabedian": an unknown name before a capitalized
        // title and the title-holder's name is the body the title belongs to.
        if segment.beforeTitle, !segment.afterTitle, !(ws.count == 1 && tokens[firstWord].opensSentence),
           !knowledge.isGivenName(tokens[firstWord].text), !ws.allSatisfy({ knowledge.isCommonWord(tokens[$0].text) }) {
            return mention(.organization, .context)
        }
        // "Lib Dem chairman Matthew Taylor": a name qualifying a role is the body the role belongs to.
        if !(ws.count == 1 && tokens[firstWord].opensSentence), roleBeforeName(tokens, at: range.upperBound) {
            return mention(.organization, .context)
        }
        if followingCue(tokens, after: range.upperBound, in: knowledge.placeCuesFollowing) { return mention(.place, .context) }
        if appositivePlace(tokens, after: range.upperBound), !knowledge.isGivenName(tokens[firstWord].text) { return mention(.place, .context) }
        if placeContext(tokens, range), !knowledge.isGivenName(tokens[firstWord].text) || ws.count == 1 { return mention(.place, .context) }
        let placeWords = !knowledge.isGivenName(tokens[firstWord].text) && matches(knowledge.placeContexts, tokens, around: range)
        if placeWords, ws.count >= 2 { return mention(.place, .context) }
        if appositiveOrganization(tokens, after: range.upperBound) || qualifiedKindNounBefore(tokens, range)
            || !knowledge.isGivenName(tokens[firstWord].text) && matches(knowledge.organizationContexts, tokens, around: range) {
            return mention(.organization, .context)
        }
        if personPattern(tokens, range) || initialsAndSurname(tokens, ws, memo: memo) {
            // "Laura Ashley, which floated in 1995": a person's name followed by "which" is the firm named after them.
            return followedByWhich(tokens, range) ? mention(.organization, .context) : mention(.person, .pattern)
        }
        // "BREAKING", "WATCH": an ordinary word in capitals is no acronym.
        if isAcronym, tokens[firstWord].text.unicodeScalars.count >= 4, knowledge.isCommonWord(tokens[firstWord].text) { return nil }
        // "if we can do this AND keep him": a function word in capitals is emphasis.
        if isAcronym, Self.emphasisWords.contains(last) { return nil }
        if isAcronym { return mention(.organization, .pattern) }
        let inHeadline = tokens[firstWord].inHeadline
        // Two to four capitalized words with no cue: most often a person, unless a word is
        // an ordinary English word, a known name or a demonym ("New Labour", "Lib Dem").
        if ws.count >= 2, ws.count <= 4, !inHeadline,
           ws.allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isAllCaps && tokens[$0].text.unicodeScalars.count > 1 }),
           !ws.contains(where: { knowledge.isCommonWord(tokens[$0].text) || memo.lookup(tokens[$0].text) != nil
                                 || knowledge.isDemonym(tokens[$0].text) || knowledge.nonEntities.contains(Knowledge.fold(tokens[$0].text)) }) {
            // "Radio Shack", "Podcast Alley", "Evening Chronicle": a person's name seldom opens
            // with an ordinary word that is not also a given name; such a name is a body's.
            if knowledge.isDictionaryWord(tokens[firstWord].text), !knowledge.isGivenName(tokens[firstWord].text) {
                return mention(.organization, .fallback)
            }
            return mention(.person, .fallback)
        }
        // A lone unknown word ("Rasoul", "al-Sudani"): kept untyped so the linker can
        // still read it as a surname or a short name; dropped otherwise.
        let nameWords = ws.filter { !runFinder.isParticle(tokens[$0]) }
        // "We can't keep Steven": a given name alone is someone, whoever the linker finds it is.
        if ws.count == 1, !inHeadline, !isAcronym, knowledge.isGivenName(name) { return mention(.person, .fallback) }
        // "McIlroy, who is third": a Scots or Irish "Mc" surname names someone.
        if ws.count == 1, !inHeadline, isMcSurname(tokens[firstWord].text) { return mention(.person, .pattern) }
        if nameWords.count == 1, !inHeadline {
            var m = mention(.other, .fallback)
            if !knowledge.isCommonWord(name), matches(knowledge.organizationHints, tokens, around: range) { m.hint = .organization }
            else if placeWords { m.hint = .place }
            else if matches(knowledge.personHints, tokens, around: range) || ageAfter(tokens, range) { m.hint = .person }
            return m
        }
        return nil
    }
}
