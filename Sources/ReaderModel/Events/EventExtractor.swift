/// Finds the events one article reports: a sentence with an event word (outside quotations,
/// not after "demanding", "threatened to" and the like) is an event of that word's type,
/// dated by the nearest date phrase in the sentence; each further date in the sentence is
/// an event too ("two depots in the Najaf Sea on 7 June, another … on 30 June").
public struct EventExtractor: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge) { self.knowledge = knowledge }

    /// An event of one article, before events are merged across articles.
    public struct Found: Sendable, Equatable {
        public var type: String
        public var date: DateValue?
        public var sentence: Range<Int>
        public var actors: [Int]
        public var agent: Int?
        public var patient: Int?
        public var places: [Int]
        public var summary: String
    }

    struct Trigger { var token: Int; var type: String }

    /// Events, the article's date (dateline or inferred), and whether it was inferred.
    public func extract(_ doc: AnalyzedDocument, entityTypes: [EntityType]) -> (events: [Found], date: DateValue?, inferred: Bool) {
        let tokens = doc.tokens
        let sentences = sentenceRanges(doc)
        var paragraph = 0
        var inputs: [DateResolver.Input] = []
        var triggersBySentence: [[Trigger]] = []
        var datesBySentence: [[Int]] = []
        var inQuote = false
        for (s, range) in sentences.enumerated() {
            var triggers: [Trigger] = []
            var quoted = Set<Int>()
            for k in range {
                let t = tokens[k]
                if t.newlinesBefore > 0 { inQuote = false }
                if t.text == "\u{201C}" { inQuote = true; continue }
                if t.text == "\u{201D}" { inQuote = false; continue }
                if t.text == "\"" { inQuote.toggle(); continue }
                if inQuote { quoted.insert(k) }
                guard !inQuote, t.kind == .word, !t.isCapitalized || k == range.lowerBound,
                      let type = knowledge.eventTriggers[t.isCapitalized ? t.text.lowercased() : t.text],
                      !blocked(tokens, k, in: range) else { continue }
                triggers.append(Trigger(token: k, type: type))
            }
            if s > 0, tokens[range.lowerBound].newlinesBefore > 0 { paragraph += 1 }
            var dateIndices: [Int] = []
            // What a quotation says happened is reported speech: its dates do not date events.
            for expression in DateFinder.find(tokens, in: range) where !quoted.contains(expression.tokens.lowerBound) {
                let nearest = triggers.min { abs($0.token - expression.tokens.lowerBound) < abs($1.token - expression.tokens.lowerBound) }
                let before = expression.tokens.lowerBound - 1
                let refersBack = before >= range.lowerBound && tokens[before].text.lowercased() == "the"
                    && triggers.contains { $0.token == expression.tokens.upperBound }
                dateIndices.append(inputs.count)
                var input = DateResolver.Input(expression: expression, sentence: s, paragraph: paragraph, eventType: nearest.map { EventFamily.of($0.type) },
                                               refersBack: refersBack, datesSentence: datesSentence(expression, tokens, range, triggers))
                // "since October 7" starts a period: what happens in it is known to the month only.
                input.startsPeriod = before >= range.lowerBound && tokens[before].text.lowercased() == "since"
                inputs.append(input)
            }
            triggersBySentence.append(triggers)
            datesBySentence.append(dateIndices)
        }
        let dateline = doc.document.date.flatMap(DateValue.init(iso:))
        let resolved = DateResolver().resolve(inputs, dateline: dateline)
        var events: [Found] = []
        let titled = titledPeople(doc)
        for (s, range) in sentences.enumerated() {
            let triggers = triggersBySentence[s]
            guard !triggers.isEmpty else { continue }
            let dated = datesBySentence[s].compactMap { i in resolved.dates[i].map { (inputs[i].expression, $0) } }
            var pairs: [(Trigger, DateValue?)] = []
            for trigger in triggers {
                let nearest = dated.filter { canDate(trigger, $0.0) }
                    .min { abs($0.0.tokens.lowerBound - trigger.token) < abs($1.0.tokens.lowerBound - trigger.token) }
                pairs.append((trigger, nearest?.1))
            }
            for (expression, date) in dated where !pairs.contains(where: { $0.1 == date }) {
                guard let nearest = triggers.filter({ canDate($0, expression) })
                    .min(by: { abs($0.token - expression.tokens.lowerBound) < abs($1.token - expression.tokens.lowerBound) }) else { continue }
                pairs.append((nearest, date))
            }
            // One event per family and date; a year is dropped when the sentence also gives a day in it.
            var kept: [(Trigger, DateValue?)] = []
            for pair in pairs {
                let family = EventFamily.of(pair.0.type)
                if kept.contains(where: { EventFamily.of($0.0.type) == family && $0.1 == pair.1 }) { continue }
                if let d = pair.1, pairs.contains(where: { EventFamily.of($0.0.type) == family && $0.1 != nil && $0.1! != d
                                                        && $0.1!.isCompatible(with: d) && $0.1!.precision > d.precision }) { continue }
                if pair.1 == nil, pairs.contains(where: { $0.1 != nil }) { continue }
                kept.append(pair)
            }
            if kept.allSatisfy({ $0.1 == nil }) { kept = Array(kept.prefix(1)) }
            let participants = self.participants(doc, range, titled: titled, entityTypes: entityTypes)
            let sentenceRange = tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
            for (trigger, date) in kept {
                let agent = participants.actors.last { $0.token < trigger.token }?.entity
                let patient = participants.actors.first { $0.token > trigger.token }?.entity
                events.append(Found(type: trigger.type, date: date, sentence: sentenceRange,
                                    actors: unique(participants.actors.map(\.entity)), agent: agent, patient: patient,
                                    places: unique(participants.places), summary: summary(doc.document, sentenceRange)))
            }
        }
        return (events, resolved.documentDate, resolved.documentDateInferred)
    }

    /// A date well after a reporting verb belongs to what was said, not to the saying:
    /// "announced on Friday" dates the announcement, "said it could launch in 2007" does not.
    func canDate(_ trigger: Trigger, _ expression: DateExpression) -> Bool {
        EventFamily.of(trigger.type) != "statement" || expression.tokens.lowerBound <= trigger.token + 4
    }

    /// A relative phrase dates its sentence when it opens it ("Two months later, on 12 March")
    /// or is "… after the <event>" ("days after the high-profile assassination").
    func datesSentence(_ e: DateExpression, _ tokens: [Token], _ range: Range<Int>, _ triggers: [Trigger]) -> Bool {
        guard case .offset(_, _, .later) = e.kind else { return true }
        var words = 0
        for k in range.lowerBound..<e.tokens.lowerBound where tokens[k].kind == .word || tokens[k].kind == .number { words += 1 }
        if words == 0 { return true }
        let last = e.tokens.upperBound - 1
        guard tokens[last].text.lowercased() == "after" else { return false }
        return triggers.contains { $0.token > last && $0.token <= last + 6 }
    }

    func sentenceRanges(_ doc: AnalyzedDocument) -> [Range<Int>] {
        let starts = doc.sentenceStarts
        return starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : doc.tokens.count) }.filter { !$0.isEmpty }
    }

    func blocked(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Bool {
        if k > range.lowerBound, tokens[k - 1].text.lowercased() == "to" { return true }
        var j = k - 1, seen = 0
        var after = ""
        while j >= range.lowerBound, seen < 3 {
            if tokens[j].kind == .word {
                let word = tokens[j].text.lowercased()
                // One word ("demanding") or two ("called for").
                if knowledge.eventBlockers.contains(word) || (!after.isEmpty && knowledge.eventBlockers.contains(word + " " + after)) { return true }
                after = word
                seen += 1
            }
            j -= 1
        }
        return false
    }

    /// People introduced with a title, by the title's last word ("minister" → al-Sudani), in text order.
    func titledPeople(_ doc: AnalyzedDocument) -> [(start: Int, word: String, entity: Int)] {
        doc.mentions.indices.compactMap { i in
            guard let title = doc.mentions[i].title, doc.entityOfMention[i] >= 0,
                  let word = title.split(separator: " ").last.map(String.init) else { return nil }
            return (doc.mentions[i].start, word, doc.entityOfMention[i])
        }
    }

    /// Actors (people and organizations, with the token where each is named) and places in a sentence.
    /// "The Iraqi prime minister" names the last person introduced as prime minister.
    func participants(_ doc: AnalyzedDocument, _ range: Range<Int>, titled: [(start: Int, word: String, entity: Int)],
                      entityTypes: [EntityType]) -> (actors: [(token: Int, entity: Int)], places: [Int]) {
        var actors: [(token: Int, entity: Int)] = []
        var places: [Int] = []
        let first = doc.tokens[range.lowerBound].start, last = doc.tokens[range.upperBound - 1].end
        // Mentions are in text order: find the first in the sentence by binary search.
        var lo = 0, hi = doc.mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.mentions[mid].start < first { lo = mid + 1 } else { hi = mid } }
        for i in lo..<doc.mentions.count {
            let m = doc.mentions[i]
            if m.start >= last { break }
            guard m.end <= last else { continue }
            let e = doc.entityOfMention[i]
            guard e >= 0 else { continue }
            switch entityTypes[e] {
            case .person, .organization: actors.append((m.tokens.lowerBound, e))
            case .place: places.append(e)
            case .other: break
            }
        }
        for k in range where k > range.lowerBound && doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized {
            let word = doc.tokens[k].text.lowercased()
            guard knowledge.isTitle(word) || knowledge.isRole(word) else { continue }
            // Only a bare title ("the … minister"), not one directly before a name.
            if k + 1 < doc.tokens.count, doc.tokens[k + 1].isCapitalized, doc.tokens[k + 1].spaceBefore { continue }
            if let person = titled.last(where: { $0.word == word && $0.start < doc.tokens[k].start }) {
                actors.append((k, person.entity))
            }
        }
        actors.sort { $0.token < $1.token }
        return (actors, places)
    }

    func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }

    /// The sentence on one line, white space collapsed, cut at 160 cells.
    func summary(_ document: Document, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        var lastWasSpace = false
        for s in document.scalars[range.lowerBound..<min(range.upperBound, range.lowerBound + 400)] {
            if s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{00A0}" {
                if !lastWasSpace { view.append(" ") }
                lastWasSpace = true
            } else {
                TextSanitizer.append(s, to: &view)
                lastWasSpace = false
            }
        }
        return DisplayWidth.truncate(String(view), to: 160)
    }
}
