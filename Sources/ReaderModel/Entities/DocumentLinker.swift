/// Groups one article's mentions into the entities they name.
///
/// Surnames and partial names resolve to a fuller name used in the article
/// ("Khazali" → "Qais Khazali", "Al Sudani" → "Mohammed Shia Al Sudani",
/// "Kata’ib" → "Kata’ib Hezbollah"), acronyms and bracketed aliases join what they
/// define, and equal keys join. Lone words that match nothing are dropped.
public struct DocumentLinker: Sendable {
    public var knowledge: Knowledge
    /// Titles and given names that tell a man from a woman ("Mr"/"Mrs Blair").
    var sex = PersonSex.bundled

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// The kept mentions and the groups of indices into them.
    public func link(_ input: [Mention], tokens: [Token]) -> (mentions: [Mention], groups: [[Int]]) {
        let split = splitHyphenatedMentions(input, tokens)
        var mentions = split
        dropKnownReadingsOfTheOtherSex(&mentions)
        agreeOnTypes(&mentions)
        resolvePartialNames(&mentions, tokens)
        let shortenedFirstNames = resolveShortenedFirstNames(&mentions)
        typeRepeatedLoneNames(&mentions, tokens)
        // A lone word no other name explains takes the type its context hints at ("Axios reported").
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback {
            if let hint = mentions[i].hint { mentions[i].type = hint; mentions[i].evidence = .context }
        }
        mentions = mentions.enumerated().filter { _, m in !(m.type == .other && m.evidence == .fallback) }.map { $0.element }
        // Before aliases are re-pointed, so that their indices stay right.
        mentions = dropUnconfirmedHeadlineNames(mentions, tokens)
        // Bracketed aliases point at indices of the unfiltered list: re-point them by offsets.
        let byStart = Dictionary(split.enumerated().map { ($0.offset, $0.element.start) }, uniquingKeysWith: { a, _ in a })
        let indexOfStart = Dictionary(mentions.enumerated().map { ($0.element.start, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for i in mentions.indices {
            if let target = mentions[i].aliasOf { mentions[i].aliasOf = byStart[target].flatMap { indexOfStart[$0] } }
        }
        var sets = UnionFind(count: mentions.count)
        var firstByKey: [String: Int] = [:]
        var keyCache: [String: [String]] = [:]
        let sexedSurnames = sharedSurnames(mentions)
        let crowded = crowdedSurnames(mentions, shared: sexedSurnames)
        for (i, m) in mentions.enumerated() {
            if let alias = m.aliasOf, alias < mentions.count { sets.union(i, alias) }
            if let known = m.knownID {
                if let j = firstByKey["k|" + known] { sets.union(i, j) } else { firstByKey["k|" + known] = i }
            }
            // "Mrs Blair" and "Mr Blair" beside Tony and Cherie Blair are two people, not one name.
            var sexMark = ""
            if !sexedSurnames.isEmpty, m.type == .person, let sex = sex.sex(ofTitle: m.title),
               sexedSurnames.contains(NameKey.exact(m.text)) { sexMark = sex == .female ? "|f" : "|m" }
            // "Mr Howard" beside two Mr Howards joins only the nearest of them, below, not every other "Mr Howard".
            if isCrowdedTitledSurname(m, crowded) { continue }
            for name in [m.text] + m.alternateNames {
                let cacheKey = m.type.rawValue + "|" + name
                let keys = keyCache[cacheKey] ?? LinkKeys.keys(for: name, type: m.type, knowledge: knowledge)
                keyCache[cacheKey] = keys
                for key in keys.map({ $0 + sexMark }) {
                    if let j = firstByKey[key] { sets.union(i, j) } else { firstByKey[key] = i }
                }
            }
        }
        for (i, j) in acronymReferences(mentions) {
            if mentions[i].type != mentions[j].type { mentions[i].type = mentions[j].type; mentions[i].evidence = .linked }
            sets.union(i, j)
        }
        let words = mentions.map { m -> [String] in
            let words = NameKey.significantWords(m.text)
            guard m.type == .person else { return words }
            // Familiar first names in full ("Dave" → "david"), alone too when a person here bears the full one.
            return words.count == 1 ? [shortenedFirstNames[m.start] ?? knowledge.givenNameVariants[words[0]] ?? words[0]] : knowledge.fullGivenName(words)
        }
        var index = ShortFormIndex(mentions: mentions, words: words, placeKinds: knowledge.placeCuesFollowing)
        // A nickname with the surname ("Abu Mahdi al-Muhandis") is a full name its short forms may stand for.
        for (j, m) in mentions.enumerated() where m.type == .person {
            for name in m.alternateNames { index.add(j, words: knowledge.fullGivenName(NameKey.significantWords(name)), type: .person) }
        }
        for (i, m) in mentions.enumerated() where m.type != .other {
            if let j = fullerName(for: i, in: mentions, words: words, index: index, afterThe: Self.followsThe(m, tokens),
                                  nearest: isCrowdedTitledSurname(m, crowded) ? tokens : nil) { sets.union(i, j) }
        }
        for (i, j) in misspelledNamePairs(mentions, words: words) { sets.union(i, j) }
        let groups = sets.groups().filter { group in group.contains { mentions[$0].type != .other } }
        return (mentions, groups)
    }

    /// A name of two words or more guessed to be a person only from its shape takes the
    /// type the article gives the same name elsewhere by a cue, its context or a list:
    /// "the siege of El Fasher" types "El Fasher" in "fighting around El Fasher".
    func agreeOnTypes(_ mentions: inout [Mention]) {
        var typed: [String: EntityType] = [:]
        var guessed = false
        for m in mentions where m.knownID == nil {
            if m.type == .person, m.evidence == .fallback { guessed = true; continue }
            guard m.type == .place || m.type == .organization, m.evidence <= .context else { continue }
            let key = NameKey.exact(m.text)
            // Two different types for one name say nothing.
            if let other = typed[key], other != m.type { typed[key] = .other } else { typed[key] = m.type }
        }
        guard guessed, !typed.isEmpty else { return }
        for i in mentions.indices where mentions[i].type == .person && mentions[i].evidence == .fallback {
            guard let type = typed[NameKey.exact(mentions[i].text)], type != .other else { continue }
            mentions[i].type = type
            mentions[i].evidence = .linked
        }
    }

    /// Types lone words that shorten a name used in the article: a person's surname
    /// ("Rasoul"), or the head word of an organization ("the Kata’ib").
    func resolvePartialNames(_ mentions: inout [Mention], _ tokens: [Token]) {
        // Each mention's words, found once for the passes below (texts do not change here).
        let significant = mentions.map { NameKey.significantWords($0.text) }
        var shortForms: [String: EntityType] = [:]
        // First words of longer organization names ("Consumer" of "Consumer Electronics Association").
        var headWords = Set<String>()
        for (i, m) in mentions.enumerated() where m.type == .organization && m.evidence != .fallback {
            let words = significant[i]
            if words.count >= 2, shortForms[words[0]] == nil { shortForms[words[0]] = .organization; headWords.insert(words[0]) }
        }
        // "Wippit" typed once by its context ("chief executive of Wippit") types its other mentions.
        for (i, m) in mentions.enumerated() where (m.type == .organization || m.type == .place) && m.evidence <= .context {
            let words = significant[i]
            guard words.count == 1, words[0].count > 1 else { continue }
            if shortForms[words[0]] == nil { shortForms[words[0]] = m.type }
            // A name used alone too is more than a head word.
            if shortForms[words[0]] == m.type { headWords.remove(words[0]) }
        }
        // Last words of organization names, for "the Commission" after "the European Commission":
        // each with the distinct names it ends.
        var headNouns: [String: Set<String>] = [:]
        for (i, m) in mentions.enumerated() where m.type == .organization && m.evidence != .fallback {
            let words = significant[i]
            for head in Self.headNouns(words) { headNouns[head, default: []].insert(words.joined(separator: " ")) }
        }
        // A word that is some person's first name here is ambiguous as a surname.
        var firstNames = Set<String>()
        for (i, m) in mentions.enumerated() where m.type == .person {
            let words = knowledge.fullGivenName(significant[i])
            if words.count >= 2 {
                shortForms[words[words.count - 1]] = .person
                firstNames.insert(words[0])
            }
        }
        // Surnames shared by two different people here are ambiguous.
        var peopleBySurname: [String: Set<String>] = [:]
        var peopleByFirstName: [String: Set<String>] = [:]
        for (i, m) in mentions.enumerated() where m.type == .person {
            let words = knowledge.fullGivenName(significant[i])
            if words.count >= 2 {
                peopleBySurname[words[words.count - 1], default: []].insert(words.joined(separator: " "))
                peopleByFirstName[words[0], default: []].insert(words.joined(separator: " "))
            }
        }
        for (surname, people) in peopleBySurname where people.count > 1 {
            if !people.contains(where: { p in people.allSatisfy { $0.hasSuffix(p) } }) { shortForms[surname] = nil }
        }
        // The article's words, gathered when first asked for: a scan per mention was quadratic.
        var lowerCaseWords: Set<String>? = nil
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback {
            let words = significant[i]
            // "Consumer electronics…" after "Consumer Electronics Association": a sentence's first
            // word that the article also writes in lower case is no short form of an organization.
            let first = tokens[mentions[i].tokens.lowerBound]
            let ordinary = words.count == 1 && (first.opensSentence || first.inHeadline) && headWords.contains(words[0])
                && (knowledge.isCommonWord(first.text) || writtenInLowerCase(first.text, words: &lowerCaseWords, tokens))
            if words.count == 1, let type = shortForms[words[0]], !firstNames.contains(words[0]), !ordinary {
                mentions[i].type = type
                mentions[i].evidence = .linked
            } else if words.count == 1, headNouns[words[0]]?.count == 1, Self.followsThe(mentions[i], tokens), !firstNames.contains(words[0]) {
                mentions[i].type = .organization
                mentions[i].evidence = .linked
            } else if words.count == 1, peopleByFirstName[knowledge.givenNameVariants[words[0]] ?? words[0]]?.count == 1,
                      knowledge.isGivenName(words[0]) {
                // "David" after "David Collins", when he is the only David here.
                mentions[i].type = .person
                mentions[i].evidence = .linked
            }
        }
    }

    /// Whether the article writes `word` in lower case somewhere ("consumer" for "Consumer").
    /// The article's word texts are kept in `words`, built on the first call, for the next ones.
    func writtenInLowerCase(_ word: String, words: inout Set<String>?, _ tokens: [Token]) -> Bool {
        let lower = word.lowercased()
        guard lower != word else { return false }
        if words == nil { words = Set(tokens.lazy.filter { $0.kind == .word }.map(\.text)) }
        return words!.contains(lower)
    }

    /// Longer names by the shorter forms they can be cut to: people by their name tails,
    /// organizations by their leading words. Built once per article, so that finding a
    /// fuller name does not compare every mention with every other.
    struct ShortFormIndex {
        /// Short forms longer than this are not indexed: a mention of n words would otherwise
        /// add n keys of up to n words (quadratic on a hostile run of names).
        static let longestShortForm = 8
        var longer: [String: [Int]] = [:]
        var firstNames = Set<String>()
        /// Last words that name a place's kind ("prison", "airbase"): "Belmarsh" for "Belmarsh Prison".
        var placeKinds: Set<String> = []

        init(mentions: [Mention], words: [[String]], placeKinds: Set<String> = []) {
            self.placeKinds = placeKinds
            for (j, m) in mentions.enumerated() { add(j, words: words[j], type: m.type) }
        }

        mutating func add(_ j: Int, words w: [String], type: EntityType) {
            guard w.count >= 2 else { return }
            switch type {
            case .person:
                firstNames.insert(w[0])
                longer["f|" + w[0], default: []].append(j)
                for k in 1..<min(w.count, Self.longestShortForm + 1) { longer["p|" + w.suffix(k).joined(separator: " "), default: []].append(j) }
                // "Abu Fadak" after "Abu Fadak al-Mohammadawi": a kunya stands for the whole name.
                if w.count >= 3, EntityRecognizer.kunyas.contains(w[0]) {
                    longer["p|" + w.prefix(2).joined(separator: " "), default: []].append(j)
                }
            case .organization:
                for k in 1..<min(w.count, Self.longestShortForm + 1) { longer["o|" + w.prefix(k).joined(separator: " "), default: []].append(j) }
                for head in DocumentLinker.headNouns(w) { longer["h|" + head, default: []].append(j) }
            case .place:
                if let last = w.last, placeKinds.contains(last) { longer["l|" + w.dropLast().joined(separator: " "), default: []].append(j) }
            default:
                break
            }
        }
    }

    /// A lone unknown word capitalized mid-sentence twice or more in an article, and not an
    /// ordinary English word, is a name; in news it is most often an organization ("Yahoo").
    func typeRepeatedLoneNames(_ mentions: inout [Mention], _ tokens: [Token]) {
        var counts: [String: Int] = [:]
        for m in mentions where m.type == .other && m.evidence == .fallback && !tokens[m.tokens.lowerBound].opensSentence {
            counts[NameKey.exact(m.text), default: 0] += 1
        }
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback {
            let m = mentions[i]
            let words = NameKey.significantWords(m.text)
            guard words.count == 1, counts[words[0], default: 0] >= 2, !knowledge.isCommonWord(m.text) || Self.hasInnerCapital(m.text),
                  !knowledge.isDemonym(m.text), !knowledge.isGivenName(m.text), Self.looksLikeAName(m.text) else { continue }
            // A name the article also writes with a hint ("the advance on X") takes it.
            mentions[i].type = m.hint ?? .organization
        }
    }

    /// "iTunes", "eBay": a capital after a lower-case first letter marks a name, whatever
    /// the word's lower-case twin.
    static func hasInnerCapital(_ word: String) -> Bool {
        var scalars = word.unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isLowercase else { return false }
        while let s = scalars.next() { if s.properties.isUppercase { return true } }
        return false
    }

    /// At least two letters, no digits, and not a contraction such as "I’m" or "We’ve".
    static func looksLikeAName(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.filter({ $0.properties.isAlphabetic }).count >= 2,
              !scalars.contains(where: { $0.properties.numericType != nil }) else { return false }
        if let apostrophe = scalars.firstIndex(where: { Tokenizer.apostrophes.contains($0) }) {
            let tail = String(String.UnicodeScalarView(scalars[(apostrophe + 1)...])).lowercased()
            if ["m", "ve", "d", "ll", "re", "t", "s"].contains(tail) { return false }
        }
        return true
    }

    /// Index of a longer mention this one abbreviates: a surname or name tail for people,
    /// a leading part for organizations.
    /// With `nearest` (the article's tokens), a short form two full names fit stands for the nearest
    /// before it ("Mr Howard"), unless the other is named in the same sentence as that one.
    func fullerName(for i: Int, in mentions: [Mention], words allWords: [[String]], index: ShortFormIndex, afterThe: Bool = false,
                    nearest tokens: [Token]? = nil) -> Int? {
        let m = mentions[i]
        guard m.knownID == nil || m.type == .person else { return nil }
        let words = allWords[i]
        guard !words.isEmpty else { return nil }
        // A word that is someone's first name here is no surname, but that person when only one bears it.
        let firstName = m.type == .person && words.count == 1 && index.firstNames.contains(words[0])
        let key: String
        switch m.type {
        case .person: key = (firstName ? "f|" : "p|") + words.joined(separator: " ")
        case .organization: key = "o|" + words.joined(separator: " ")
        case .place: key = "l|" + words.joined(separator: " ")
        default: return nil
        }
        // "the Commission" after "the European Commission": a head noun after "the" stands for the name it ends.
        let headNoun = m.type == .organization && words.count == 1 && afterThe ? index.longer["h|" + words[0]] : nil
        guard var candidates = index.longer[key] ?? headNoun else { return nil }
        // "Steven" with "Steven Gerrard" and "Steve Morgan" here: the first name written the same way.
        if firstName, let written = NameKey.significantWords(m.text).first {
            let same = candidates.filter { NameKey.significantWords(mentions[$0].text).first == written }
            if !same.isEmpty { candidates = same }
        }
        // "Mrs Blair" beside Tony and Cherie Blair: the title's sex rules out the other.
        if m.type == .person, let sex = sex.sex(ofTitle: m.title) {
            // Those known to be of that sex first, else those not known to be of the other.
            let same = candidates.filter { personSex(mentions[$0]) == sex }
            let compatible = candidates.filter { personSex(mentions[$0]).map { $0 == sex } ?? true }
            if !same.isEmpty { candidates = same } else if !compatible.isEmpty { candidates = compatible }
        }
        if let tokens { return nearestFullName(for: i, among: candidates, in: mentions, words: allWords, tokens) }
        // Two different full names that both fit ("Tony Blair", "Cherie Blair") make the short form ambiguous.
        var fullNames = Set<String>()
        var best: Int? = nil
        for j in candidates where j != i {
            // Organizations: only a known full name, or an unknown short form, joins.
            if m.type == .organization, mentions[j].knownID == nil, m.knownID != nil { continue }
            fullNames.insert(allWords[j].joined(separator: " "))
            if fullNames.count > 1 { return nil }
            // The nearest earlier full name wins; a later one only when none came before.
            if j < i || best == nil { best = j }
        }
        return best
    }

    /// The nearest full name before mention `i`, else the first after it; none when the runner-up,
    /// another full name, shares that one's sentence ("Gordon Brannock met Nick Brannock. Mr Brannock…").
    private func nearestFullName(for i: Int, among candidates: [Int], in mentions: [Mention], words allWords: [[String]],
                                 _ tokens: [Token]) -> Int? {
        let before = candidates.filter { $0 < i }.sorted(by: >)
        let ordered = before.isEmpty ? candidates.filter { $0 > i }.sorted() : before
        guard let j = ordered.first else { return nil }
        if let k = ordered.first(where: { allWords[$0] != allWords[j] }) {
            let (a, b) = k < j ? (mentions[k], mentions[j]) : (mentions[j], mentions[k])
            let between = a.tokens.upperBound..<max(a.tokens.upperBound, b.tokens.lowerBound + 1)
            if !tokens[between].contains(where: \.opensSentence) { return nil }
        }
        return j
    }

    /// Surnames that two people named in full here bear (Tony and Cherie Blair): their titled short
    /// forms ("Mr Blair", "Mrs Blair") are told apart by the title's sex.
    func sharedSurnames(_ mentions: [Mention]) -> Set<String> {
        var names: [String: Set<String>] = [:]
        for m in mentions where m.type == .person {
            let words = NameKey.significantWords(m.text)
            guard words.count >= 2, let last = words.last else { continue }
            names[last, default: []].insert(words.joined(separator: " "))
        }
        return Set(names.filter { $0.value.count >= 2 }.keys)
    }

    /// A person's sex as the mention tells it: by its title, else by its given name.
    func personSex(_ m: Mention) -> PersonSex.Sex? {
        if let byTitle = sex.sex(ofTitle: m.title) { return byTitle }
        let words = NameKey.significantWords(m.text)
        guard words.count >= 2, let first = words.first else { return nil }
        return sex.sex(ofGivenName: first, knowledge: knowledge)
    }

    /// "Mrs Blair" is not Tony Blair, whom the knowledge files also call "Blair": a surname alone taken
    /// for a known person loses that reading when its title says the other sex and the article names
    /// someone else of that surname.
    func dropKnownReadingsOfTheOtherSex(_ mentions: inout [Mention]) {
        for i in mentions.indices where mentions[i].type == .person && mentions[i].knownID != nil {
            guard let titleSex = sex.sex(ofTitle: mentions[i].title), let id = mentions[i].knownID else { continue }
            let surname = NameKey.significantWords(mentions[i].text)
            guard surname.count == 1,
                  let known = knowledge.known.first(where: { $0.id == id }),
                  let knownFirst = NameKey.significantWords(known.name).first,
                  let knownSex = sex.sex(ofGivenName: knownFirst, knowledge: knowledge), knownSex != titleSex else { continue }
            let other = mentions.contains { o in
                o.type == .person && o.knownID != id && NameKey.significantWords(o.text).count >= 2
                    && NameKey.significantWords(o.text).last == surname[0]
            }
            if other { mentions[i].knownID = nil }
        }
    }

    /// Names found only in headline-case lines must be known or also named in the body.
    func dropUnconfirmedHeadlineNames(_ mentions: [Mention], _ tokens: [Token]) -> [Mention] {
        var bodyKeys = Set<String>()
        for m in mentions where !tokens[m.tokens.lowerBound].inHeadline {
            // The exact key is the significant words joined: found once for both.
            let words = NameKey.significantWords(m.text)
            bodyKeys.insert(words.joined(separator: " "))
            // A headline names a person by surname: "Biden Vows Response" after "Joe Biden".
            if m.type == .person, words.count >= 2, let last = words.last { bodyKeys.insert(last) }
        }
        return mentions.filter { m in
            !tokens[m.tokens.lowerBound].inHeadline || m.knownID != nil || bodyKeys.contains(NameKey.exact(m.text))
                // Photo credits ("JOHN SMITH/Reuters") and bylines are found by their pattern.
                || m.type == .person && m.evidence == .pattern
        }
    }
}
