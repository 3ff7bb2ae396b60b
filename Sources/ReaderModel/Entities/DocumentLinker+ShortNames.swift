/// Short forms that are not a name's tail or leading words: a familiar first name cut from the
/// full one ("Rafa" for Rafael Benitez), a place without its kind word ("Belmarsh" for Belmarsh
/// Prison), and a titled surname that two people here bear ("Mr Howard" beside Michael and John
/// Howard), which can only stand for the nearest of them.
extension DocumentLinker {
    /// Lone unexplained words that begin the first name of exactly one person named in full here
    /// ("Rafa" before or after "Rafael Benitez") are that person: typed person here, and the full
    /// first name returned by the mention's start, for the grouping to find the person by.
    func resolveShortenedFirstNames(_ mentions: inout [Mention]) -> [Int: String] {
        var peopleByFirstName: [String: Set<String>] = [:]
        for m in mentions where m.type == .person {
            let words = knowledge.fullGivenName(NameKey.significantWords(m.text))
            if words.count >= 2 { peopleByFirstName[words[0], default: []].insert(words.joined(separator: " ")) }
        }
        guard !peopleByFirstName.isEmpty else { return [:] }
        var found: [Int: String] = [:]
        for i in mentions.indices where mentions[i].type == .other && mentions[i].evidence == .fallback && mentions[i].knownID == nil {
            let words = NameKey.significantWords(mentions[i].text)
            // Three letters at least ("Al" begins too many names); a given name of its own, an
            // ordinary word or a demonym is not a cut first name.
            guard words.count == 1, words[0].count >= 3, peopleByFirstName[words[0]] == nil,
                  !knowledge.isGivenName(words[0]), !knowledge.isCommonWord(mentions[i].text),
                  !knowledge.isDemonym(mentions[i].text) else { continue }
            var first: String? = nil
            var people = 0
            for (name, bearers) in peopleByFirstName where name.count > words[0].count && name.hasPrefix(words[0]) {
                first = name
                people += bearers.count
            }
            guard people == 1, let full = first else { continue }
            mentions[i].type = .person
            mentions[i].evidence = .linked
            found[mentions[i].start] = full
        }
        return found
    }

    /// Surnames that two people named in full here bear and that a title cannot tell apart: by
    /// the title's sex, those for which two bearers are of that sex or of no known sex.
    func crowdedSurnames(_ mentions: [Mention], shared: Set<String>) -> [String: Set<PersonSex.Sex>] {
        guard !shared.isEmpty else { return [:] }
        var bearers: [String: [String: PersonSex.Sex?]] = [:]
        for m in mentions where m.type == .person {
            let words = NameKey.significantWords(m.text)
            guard words.count >= 2, let last = words.last, shared.contains(last) else { continue }
            bearers[last, default: [:]][words.joined(separator: " ")] = personSex(m)
        }
        var crowded: [String: Set<PersonSex.Sex>] = [:]
        for (surname, people) in bearers {
            for sex in [PersonSex.Sex.male, .female] where people.values.filter({ $0 == nil || $0 == sex }).count >= 2 {
                crowded[surname, default: []].insert(sex)
            }
        }
        return crowded
    }

    /// Whether a titled surname alone ("Mr Howard") is one that two people of the title's sex bear here.
    func isCrowdedTitledSurname(_ m: Mention, _ crowded: [String: Set<PersonSex.Sex>]) -> Bool {
        guard !crowded.isEmpty, m.type == .person, let sex = sex.sex(ofTitle: m.title) else { return false }
        let words = NameKey.significantWords(m.text)
        return words.count == 1 && crowded[words[0]]?.contains(sex) == true
    }
}
