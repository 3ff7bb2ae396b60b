/// Whether an event is reported as having happened, and how.
public enum EventContext: String, Sendable, Codable, CaseIterable {
    /// What the article reports as having happened.
    case reported
    /// An earlier event named as the time of something else ("four years after the killing of X").
    case background
    /// Still to come: "will meet on Monday", "plans to withdraw".
    case planned
    /// Did not (or not yet) happen: threats, demands, calls, conditions, denials.
    case hypothetical

    /// Planned and hypothetical events did not happen (yet): the reader marks them.
    public var isUnreal: Bool { self == .planned || self == .hypothetical }

    /// The mark the sidebar and timeline put on such an event ("[planned]"), or nil.
    public var mark: String? {
        switch self {
        case .planned: return "[planned]"
        case .hypothetical: return "[hypothetical]"
        default: return nil
        }
    }
}

/// The cue words of `Assets/knowledge/event-context.txt`: what makes an event planned or
/// background, and which words mark a clause as past.
public struct EventCues: Sendable {
    /// One word ("will") or two joined by a space ("due to").
    public var planned: Set<String> = []
    public var background: Set<String> = []
    public var past: Set<String> = []
    /// Spans of the calendar ("Ramadan", "the season") and the verbs that start or end them
    /// ("began", "ends"): "Ramadan began March 10" is a date of the calendar, no event.
    public var periods: Set<String> = []
    public var periodVerbs: Set<String> = []
    /// Nouns a year before them makes events ("the 1978 film"), with their event type.
    public var nouns: [String: String] = [:]
    /// What a statistic is ("figures"): "figures released by …" publish numbers, no event.
    public var figures: Set<String> = []
    /// Problems to deal with: "address the problem" is no speech.
    public var issueObjects: Set<String> = []
    /// "received", "collected": an honour only before an honour noun ("received an OBE").
    public var honourVerbs: Set<String> = []
    /// "left": a departure only before an organization's name ("left Apple").
    public var departureVerbs: Set<String> = []
    /// "open", "close": an event only after "to" or "will" ("set to open in 2007"), with its type.
    public var plannedVerbs: [String: String] = [:]
    /// Two words that make an event only together ("stepped down"), by their joined form "stepped down".
    public var phrasal: [String: String] = [:]
    /// Every word that makes an event only with its neighbours (honour, departure, planned
    /// verbs, the first words of phrasal events): one lookup rules the rest out.
    public var neighbourWords: Set<String> = []
    /// Event words the next word undoes ("ruled out"), by their joined form.
    public var undoneBy: Set<String> = []
    /// "lowest", "first": "the lowest rate since September 1995" names a baseline.
    public var superlatives: Set<String> = []
    /// "than", "compared": a year after them is a figure's baseline, no date of an event.
    public var comparison: Set<String> = []

    public init(text: String, nouns: String = "") {
        for line in nouns.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let type = line[..<colon].trimmingCharacters(in: .whitespaces)
            for word in line[line.index(after: colon)...].split(separator: " ") { self.nouns[word.lowercased()] = type }
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let words = Set(line[line.index(after: colon)...].split(separator: " ").map { $0.replacingOccurrences(of: "_", with: " ").lowercased() })
            switch line[..<colon].trimmingCharacters(in: .whitespaces) {
            case "planned": planned = words
            case "background": background = words
            case "past": past = words
            case "periods": periods = words
            case "period verbs": periodVerbs = words
            case "figures": figures = words
            case "issue objects": issueObjects = words
            case "honour verbs": honourVerbs = words
            case "departure verbs": departureVerbs = words
            case "planned verbs":
                // "open=release": the verb and its event type.
                for w in words { let p = w.split(separator: "="); if p.count == 2 { plannedVerbs[String(p[0])] = String(p[1]) } }
            case "comparison": comparison = words
            case "undone by": undoneBy = words
            case "superlatives": superlatives = words
            case "phrasal":
                for w in words { let p = w.split(separator: "="); if p.count == 2 { phrasal[String(p[0])] = String(p[1]) } }
            default: break
            }
        }
        collectNeighbourWords()
    }

    mutating func collectNeighbourWords() {
        neighbourWords = honourVerbs.union(departureVerbs).union(plannedVerbs.keys)
            .union(phrasal.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// The cues shipped in the binary.
    public static let bundled = EventCues(text: AssetStore.text("knowledge/event-context.txt") ?? "",
                                          nouns: AssetStore.text("knowledge/event-nouns.txt") ?? "")

    /// Whether the word at `k`, or the two words ending at `k`, are in `set`.
    static func matches(_ set: Set<String>, _ tokens: [Token], _ k: Int, from lower: Int) -> Bool {
        let w = tokens[k].text.lowercased()
        if set.contains(w) { return true }
        if k > lower, tokens[k - 1].kind == .word, set.contains(tokens[k - 1].text.lowercased() + " " + w) { return true }
        return false
    }

    /// The position of a background cue within four words before the event word at `k`
    /// ("after the killing", "since the 2020 assassination"), stopping at a comma or quote.
    func backgroundCue(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Int? {
        var j = k - 1, words = 0
        while j >= range.lowerBound, words < 4 {
            let t = tokens[j]
            // An abbreviation's full stop ("the group’s Oct. 7 attack") does not end the phrase.
            let abbreviation = t.text == "." && j > range.lowerBound && tokens[j - 1].isCapitalized && tokens[j - 1].text.count <= 4
            if t.kind == .punctuation, t.text != "-", t.text != "’", t.text != "'", !abbreviation { return nil }
            if t.kind == .word || t.kind == .number {
                if Self.matches(background, tokens, j, from: range.lowerBound) { return j }
                // A date inside the phrase ("after the group’s Oct. 7 attack") is no word of it.
                if t.kind == .word, DateFinder.month(t) == nil { words += 1 }
            }
            j -= 1
        }
        return nil
    }

    /// Whether the date phrase at `at` is the baseline of a figure: "more than they did in
    /// 2003", "compared with the same period in 2003", "than in 2003" (only function words
    /// between the comparison word and the date).
    func isComparisonBaseline(_ tokens: [Token], at: Int, in range: Range<Int>) -> Bool {
        // "the lowest rate since September 1995", "the first time since 1990".
        if at - 1 > range.lowerBound, tokens[at - 1].text.lowercased() == "since" {
            var j = at - 2, words = 0
            while j >= range.lowerBound, words < 5, tokens[j].kind == .word || tokens[j].kind == .number {
                if superlatives.contains(tokens[j].text.lowercased()) { return true }
                j -= 1
                words += 1
            }
            return false
        }
        var j = at - 1, steps = 0
        while j >= range.lowerBound, steps < 7, tokens[j].kind == .word {
            let w = tokens[j].text.lowercased()
            if comparison.contains(w) { return true }
            guard Self.comparisonFiller.contains(w) else { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    /// Words that may stand between a comparison word and its year.
    static let comparisonFiller: Set<String> = ["in", "during", "the", "same", "period", "quarter", "month", "of", "they", "it", "he", "she", "we",
                                                "did", "was", "were", "had", "is", "are", "do", "does", "with", "to", "a", "year", "earlier", "that"]

    /// The tense of a clause, as its nearest cue word shows.
    public enum Tense: Sendable, Equatable { case past, future }

    /// The tense of the clause around a date phrase (or event word) at `k`: the nearest tense
    /// cue within eight words before it, else within six after it; nil when none is found
    /// (present tense, or no verb).
    func tense(_ tokens: [Token], at k: Int, end: Int, in range: Range<Int>) -> Tense? {
        var j = k - 1, words = 0
        while j >= range.lowerBound, words < 8 {
            if tokens[j].kind == .word {
                // "The vote was originally scheduled for Saturday": a plan told in the past is for a day gone by.
                if Self.matches(planned, tokens, j, from: range.lowerBound), isPastPlan(tokens, j, in: range) { return .past }
                if Self.matches(planned, tokens, j, from: range.lowerBound) || isWould(tokens, j, in: range) { return .future }
                if isPast(tokens[j]) { return .past }
                words += 1
            }
            j -= 1
        }
        j = end
        words = 0
        while j < range.upperBound, words < 6 {
            if tokens[j].kind == .word {
                if Self.matches(planned, tokens, j, from: range.lowerBound) || isWould(tokens, j, in: range) { return .future }
                if isPast(tokens[j]) { return .past }
                words += 1
            }
            j += 1
        }
        return nil
    }

    /// "would" looking ahead from a past report ("announced that he would speak on Thursday"),
    /// not "would have" (what did not happen).
    func isWould(_ tokens: [Token], _ j: Int, in range: Range<Int>) -> Bool {
        tokens[j].text.lowercased() == "would" && !(j + 1 < range.upperBound && tokens[j + 1].text.lowercased() == "have")
    }

    /// Whether a planning word at `j` ("scheduled", "due") follows "was"/"were"/"had been",
    /// one adverb ("originally") allowed between.
    func isPastPlan(_ tokens: [Token], _ j: Int, in range: Range<Int>) -> Bool {
        var i = j - 1
        if i >= range.lowerBound, tokens[i].text.lowercased() == "due" || tokens[i].text.lowercased() == "set" || tokens[i].text.lowercased() == "expected" { i -= 1 }
        if i >= range.lowerBound, tokens[i].kind == .word, tokens[i].text.lowercased().hasSuffix("ly") { i -= 1 }
        guard i >= range.lowerBound else { return false }
        let w = tokens[i].text.lowercased()
        return w == "was" || w == "were" || (w == "been" && i > range.lowerBound && tokens[i - 1].text.lowercased() == "had")
    }

    /// Whether the clause around `k` speaks of the future ("will meet on Monday").
    func isFuture(_ tokens: [Token], at k: Int, end: Int, in range: Range<Int>) -> Bool {
        tense(tokens, at: k, end: end, in: range) == .future
    }

    /// A past-tense verb: one of the listed words, or a lower-case word in "-ed".
    func isPast(_ t: Token) -> Bool {
        let w = t.text.lowercased()
        if past.contains(w) { return true }
        return !t.isCapitalized && w.count > 4 && w.hasSuffix("ed")
    }
}
