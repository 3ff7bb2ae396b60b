/// The curated knowledge the analysis reads from `Assets/knowledge`: gazetteers,
/// title and cue words, given names, common words.
public struct Knowledge: Sendable {
    /// One entry of a gazetteer: a known entity and the names it goes by.
    public struct KnownEntity: Sendable, Equatable {
        public var id: String
        public var type: EntityType
        public var name: String
        public var aliases: [String]

        /// Whether a leading "The" belongs to the name: "The Cradle", not "The US".
        public var keepsLeadingThe: Bool {
            ([name] + aliases).contains { $0.lowercased().hasPrefix("the ") }
        }
    }

    public private(set) var known: [KnownEntity] = []
    /// Known entities by exact key.
    public private(set) var knownByKey: [String: Int] = [:]
    /// Known entities by skeleton key (only names long enough for a skeleton to be safe).
    public private(set) var knownBySkeleton: [String: Int] = [:]
    /// Longest known name in words, to bound lookups.
    public private(set) var longestKnownName = 1

    public var demonyms: Set<String> = []
    public var titles: Set<String> = []
    public var longestTitle = 1
    public var roles: Set<String> = []
    public var organizationCues: Set<String> = []
    public var organizationCuesFollowing: Set<String> = []
    public var organizationPrefixes: [String: String] = [:]
    /// Head nouns of an appositive that makes the name before it an organization: "X, the Houston-based firm".
    public var organizationAppositives: Set<String> = []
    /// Head nouns of an appositive that makes the name before it a place: "X, the country's second city".
    public var placeAppositives: Set<String> = []
    /// Words around a name that make it an organization ("a spokesman for _"), and
    /// weaker ones that only type a lone unexplained word ("told _", "_ reported").
    public var organizationContexts = ContextPhrases()
    public var organizationHints = ContextPhrases()
    /// Words around a lone unexplained word that make it someone: "X, who was", "X's wife".
    public var personHints = ContextPhrases()
    public var placeCues: Set<String> = []
    /// Words around a name that make it a place: "the siege of _", "attack on _".
    public var placeContexts = ContextPhrases()
    /// Words around a town's name that make it the club named after it: "_ coach", "played for _".
    public var clubContexts = ContextPhrases()
    /// Words around a name that make it a work: "the film _", "_ star".
    public var otherContexts = ContextPhrases()
    /// Known places that are countries or regions: never a club's name ("England coach").
    public private(set) var countryIDs: Set<String> = []
    /// Known places that are venues and grounds: never the club that plays there ("Anfield boss").
    public private(set) var venueIDs: Set<String> = []
    /// Words a number completes into a name: "Tower 22", "Camp 6", "Route 1".
    public var numberedNameHeads: Set<String> = []
    public var placeCuesFollowing: Set<String> = []
    public var placePrepositions: Set<String> = []
    public var otherCues: Set<String> = []
    public var ofHeads: Set<String> = []
    public var particles: Set<String> = []
    public var givenNames: Set<String> = []
    /// Familiar forms of given names to their full form, folded: "dave" → "david".
    public var givenNameVariants: [String: String] = [:]
    public var commonWords: Set<String> = []
    /// Ordinary words names also use, written in lower case often enough ("blue", "radio").
    public var dictionaryWords: Set<String> = []
    /// Words that open a place's name: "River Thames", "Mount Kenya", "Lake Tana".
    public var placePrefixes: Set<String> = []
    /// Known names that end in a possessive ("Moody's", "Sainsbury's"), by their name without it, folded.
    public private(set) var possessiveNames: Set<String> = []
    /// Capitalized words and acronyms that never name an entity ("MP", "HIV", "TV").
    public var nonEntities: Set<String> = []
    public var dateWords: Set<String> = []
    public var abbreviations: Set<String> = []
    public var furniture: [String] = []
    /// Event words and the event type each reports.
    public var eventTriggers: [String: String] = [:]
    /// Words that, just before an event word, mean the event did not happen.
    public var eventBlockers: Set<String> = []

    public init() {}

    /// Knowledge parsed from files keyed by name ("places.txt"); missing files are empty.
    public init(files: [String: String]) {
        func lines(_ name: String) -> [String] {
            guard let text = files[name] else { return [] }
            return text.split(whereSeparator: \.isNewline).compactMap { raw in
                let line = raw.trimmingCharacters(in: .whitespaces)
                return line.isEmpty || line.hasPrefix("#") ? nil : line
            }
        }
        func folded(_ name: String) -> Set<String> { Set(lines(name).map { NameKey.words($0).joined(separator: " ") }) }

        for (file, type) in [("places.txt", EntityType.place), ("organizations.txt", .organization), ("people.txt", .person)] {
            for line in lines(file) {
                let names = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard let first = names.first else { continue }
                add(KnownEntity(id: Self.knownID(first),
                                type: type, name: first, aliases: Array(names.dropFirst())))
            }
        }
        demonyms = folded("demonyms.txt")
        titles = folded("titles.txt")
        longestTitle = titles.map { $0.split(separator: " ").count }.max() ?? 1
        roles = folded("roles.txt")
        organizationCues = folded("organization-cues.txt")
        organizationCuesFollowing = folded("organization-cues-following.txt")
        for line in lines("organization-prefixes.txt") {
            let parts = line.split(separator: "=").map { NameKey.words(String($0)).joined(separator: " ") }
            if parts.count == 2 { organizationPrefixes[parts[0]] = parts[1] }
        }
        organizationAppositives = folded("organization-appositives.txt")
        placeAppositives = folded("place-appositives.txt")
        organizationContexts = ContextPhrases(lines("organization-contexts.txt"))
        organizationHints = ContextPhrases(lines("organization-hints.txt"))
        personHints = ContextPhrases(lines("person-hints.txt"))
        placeCues = folded("place-cues.txt")
        placeContexts = ContextPhrases(lines("place-contexts.txt"))
        clubContexts = ContextPhrases(lines("club-contexts.txt"))
        otherContexts = ContextPhrases(lines("other-contexts.txt"))
        // The sections of places.txt that hold countries, regions and former states.
        var section = ""
        for raw in (files["places.txt"] ?? "").split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("# ---") { section = line.lowercased(); continue }
            guard !line.isEmpty, !line.hasPrefix("#"),
                  let first = line.split(separator: "|").first?.trimmingCharacters(in: .whitespaces) else { continue }
            if ["grounds", "venues"].contains(where: { section.contains($0) }) { venueIDs.insert(Self.knownID(first)) }
            guard ["countries", "regions", "former states"].contains(where: { section.contains($0) }) else { continue }
            countryIDs.insert(Self.knownID(first))
        }
        numberedNameHeads = folded("numbered-name-heads.txt")
        // "Band Aid 20", "BBC News 24", "Maroon 5": a known name ending in a number lets its
        // word before the number take one, so that the run reaches the whole name.
        for entity in known {
            for name in [entity.name] + entity.aliases {
                let words = NameKey.words(name)
                if words.count >= 2, let last = words.last, last.allSatisfy(\.isNumber) { numberedNameHeads.insert(words[words.count - 2]) }
            }
        }
        placeCuesFollowing = folded("place-cues-following.txt")
        placePrepositions = folded("place-prepositions.txt")
        otherCues = folded("other-cues.txt")
        ofHeads = folded("of-heads.txt")
        particles = Set(lines("particles.txt"))
        givenNames = Set(lines("given-names.txt").flatMap { $0.split(separator: " ").map { Self.fold(String($0)) } })
        for line in lines("given-name-variants.txt") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let full = Self.fold(line[..<colon].trimmingCharacters(in: .whitespaces))
            for variant in line[line.index(after: colon)...].split(separator: " ") { givenNameVariants[Self.fold(String(variant))] = full }
        }
        commonWords = folded("common-words.txt")
        dictionaryWords = folded("dictionary-words.txt")
        placePrefixes = folded("place-prefixes.txt")
        for entity in known {
            for name in [entity.name] + entity.aliases where name.hasSuffix("'s") || name.hasSuffix("\u{2019}s") {
                possessiveNames.insert(Self.fold(String(name.dropLast(2))))
            }
        }
        nonEntities = folded("non-entities.txt")
        dateWords = folded("date-words.txt")
        abbreviations = Set(lines("abbreviations.txt"))
        furniture = lines("furniture.txt").map { $0.lowercased() }
        for line in lines("event-triggers.txt") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let type = line[..<colon].trimmingCharacters(in: .whitespaces)
            for word in line[line.index(after: colon)...].split(separator: " ") { eventTriggers[String(word).lowercased()] = type }
        }
        eventBlockers = folded("event-blockers.txt")
    }

    /// The id of the known entity whose canonical name is `name`.
    static func knownID(_ name: String) -> String { "kb:" + NameKey.exact(name).replacingOccurrences(of: " ", with: "-") }

    /// The knowledge shipped in the binary.
    public static let bundled = Knowledge(files: AssetStore.knowledgeFiles)

    mutating func add(_ entity: KnownEntity) {
        let index = known.count
        known.append(entity)
        for name in Self.spellings([entity.name] + entity.aliases) {
            let key = NameKey.exact(name)
            if knownByKey[key] == nil { knownByKey[key] = index }
            let singular = NameKey.singular(name)
            if knownByKey[singular] == nil { knownByKey[singular] = index }
            // Skeletons of single words collide across unrelated names (Melbourne/Milburn).
            let skeleton = NameKey.skeleton(name)
            if skeleton.count >= 5, skeleton.contains(" "), knownBySkeleton[skeleton] == nil { knownBySkeleton[skeleton] = index }
            longestKnownName = max(longestKnownName, NameKey.words(name).count + 1)
        }
    }

    /// The names with "Air Base" also written "Airbase" and the other way round.
    static func spellings(_ names: [String]) -> [String] {
        var out = names
        for name in names {
            if name.contains("Air Base") { out.append(name.replacingOccurrences(of: "Air Base", with: "Airbase")) }
            if name.contains("Airbase") { out.append(name.replacingOccurrences(of: "Airbase", with: "Air Base")) }
        }
        return out
    }

    /// The known entity a name denotes, matched exactly or by skeleton.
    public func lookup(_ name: String) -> KnownEntity? {
        let words = NameKey.significantWords(name)
        guard !words.isEmpty, words.count <= longestKnownName else { return nil }
        if let i = knownByKey[words.joined(separator: " ")] { return known[i] }
        if let i = knownByKey[words.map(NameKey.singular(word:)).joined(separator: " ")] { return known[i] }
        guard words.count >= 2 else { return nil }
        let skeleton = words.map { NameKey.skeleton(word: $0) }.joined(separator: " ")
        if skeleton.count >= 5, let i = knownBySkeleton[skeleton] { return known[i] }
        return nil
    }

    /// Folded form of a word for the word lists.
    public static func fold(_ word: String) -> String {
        // Plain ASCII words (nearly all) only need lower-casing, and those already in lower
        // case (most words of a text) none: they are returned as they are, without a copy.
        var upper = false
        for b in word.utf8 {
            if b >= 0x80 || b == 0x27 || b == 0x2E || b == 0x2D || b == 0x20 || b == 0x2C || b == 0x60 {
                return NameKey.words(word).joined(separator: " ")
            }
            if b >= 0x41 && b <= 0x5A { upper = true }
        }
        return upper ? word.lowercased() : word
    }

    public func isDemonym(_ phrase: String) -> Bool { demonyms.contains(Self.fold(phrase)) }
    public func isTitle(_ phrase: String) -> Bool { titles.contains(Self.fold(phrase)) }
    public func isRole(_ word: String) -> Bool { roles.contains(Self.fold(word)) }
    public func isGivenName(_ word: String) -> Bool { givenNames.contains(Self.fold(word)) }
    /// A person's significant words with a familiar first name in its full form ("dave collins" → "david collins").
    public func fullGivenName(_ words: [String]) -> [String] {
        guard words.count >= 2, let full = givenNameVariants[words[0]] else { return words }
        return [full] + words.dropFirst()
    }
    public func isCommonWord(_ word: String) -> Bool { commonWords.contains(Self.fold(word)) }
    /// A common word, or an ordinary word that names also use ("Blue", "Evening").
    public func isDictionaryWord(_ word: String) -> Bool {
        let folded = Self.fold(word)
        return commonWords.contains(folded) || dictionaryWords.contains(folded)
    }
    public func isDateWord(_ word: String) -> Bool { dateWords.contains(Self.fold(word)) }
}

/// The kinds of entity Dossier finds. Person, organization and place are actors and scored.
public enum EntityType: String, Sendable, Codable, CaseIterable, Comparable {
    case person, organization, place
    /// Demonyms and other named things that are not actors ("Iraqi", "Al-Aqsa Flood").
    case other

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Phrases written around a name, "_" standing for the name: "a spokesman for _", "_ said in a statement".
public struct ContextPhrases: Sendable {
    /// Words before the name, nearest last, by their nearest word.
    public private(set) var before: [String: [[String]]] = [:]
    /// Words after the name, nearest first, by their nearest word.
    public private(set) var after: [String: [[String]]] = [:]

    public init() {}

    public init(_ lines: [String]) {
        for line in lines {
            let parts = line.components(separatedBy: "_")
            guard parts.count == 2 else { continue }
            let left = parts[0].split(separator: " ").map { Self.word(String($0)) }
            let right = parts[1].split(separator: " ").map { Self.word(String($0)) }
            // One side only: a phrase is matched on the side it is written.
            if let nearest = left.last, right.isEmpty { before[nearest, default: []].append(left) }
            if let nearest = right.first, left.isEmpty { after[nearest, default: []].append(right) }
        }
    }

    /// A token's text as the phrases hold it: lower case, straight apostrophe.
    public static func word(_ text: String) -> String {
        // Most words are plain lower-case ASCII and need no change.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return text }
        return text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }
}
