/// Finds the events one article reports: a sentence with an event word (outside quotations,
/// not after "demanding", "threatened to" and the like) is an event of that word's type,
/// dated by the nearest date phrase in the sentence; each further date in the sentence is
/// an event too ("two depots in the Najaf Sea on 7 June, another … on 30 June").
public struct EventExtractor: Sendable {
    public var knowledge: Knowledge
    public var cues: EventCues

    public init(knowledge: Knowledge, cues: EventCues = .bundled) {
        self.knowledge = knowledge
        self.cues = cues
    }

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
        public var context: EventContext = .reported
        /// The event word names an event as already known: "the assassination of X", "Sunday's
        /// strike", "the January 4 strike", "after the killing": it may join that event.
        public var isReference = false
        /// The occasion a year names ("the 2004 Olympics" → "olympic"): reports of it meet by it.
        public var name: String? = nil
        /// The actors its own clause names, without those of another event's background phrase
        /// ("hours before the assassination of X"); nil when they are all of `actors`.
        public var ownActors: [Int]? = nil
        /// The weekday (1 Sunday … 7 Saturday) the sentence names but the article cannot date
        /// ("on Wednesday" without a date line): which day of the week it happened, or was reported.
        public var weekday: Int? = nil
    }

    struct Trigger {
        var token: Int
        var type: String
        var context: EventContext = .reported
        /// For a background mention: where its cue word is ("after", "since").
        var cue: Int? = nil
        var isReference = false
        var name: String? = nil
        /// The quotation it stands in (0: outside any).
        var quote = 0
        /// For a saying that closes its sentence after a comma ("…, the bank said."): the comma.
        /// The dates before it belong to what was said.
        var attribution: Int? = nil

        init(token: Int, type: String, quote: Int = 0) {
            self.token = token
            self.type = type
            self.quote = quote
        }
    }

    /// Events, the article's date (date line, metadata or inferred), and whether it was inferred.
    ///
    /// Work per sentence is linear in its length: each event word finds its nearest date, and
    /// each date its nearest event word, by binary search; nothing compares all pairs.
    /// `reporters`: the entities that are news agencies (never actors or victims).
    public func extract(_ doc: TokenizedDocument, entityTypes: [EntityType], reporters: Set<Int> = []) -> (events: [Found], date: DateValue?, inferred: Bool) {
        let tokens = doc.tokens
        let sentences = sentenceRanges(doc)
        var paragraph = 0
        var inputs: [DateResolver.Input] = []
        var triggersBySentence: [[Trigger]] = []
        var datesBySentence: [[Int]] = []
        var inQuote = false
        // Quotations are numbered in text order (0: outside any): what a quotation says is dated
        // only by the quotation's own dates, and the dates of a quotation date only it.
        var quotes = 0
        var quoteOfInput: [Int] = []
        // The date line ("Published: 2 January 2024") gives the article's date; it reports no event.
        let datelineRange = doc.document.datelineRange ?? 0..<0
        // Tokens where an organization's name starts ("left Apple"), found when first asked for.
        var organizationStarts = OrganizationStarts(doc: doc, entityTypes: entityTypes)
        for (s, range) in sentences.enumerated() {
            var triggers: [Trigger] = []
            var quoteOf: [Int: Int] = [:]
            for k in range {
                let t = tokens[k]
                if t.newlinesBefore > 0 { inQuote = false }
                // Quotation marks are punctuation tokens: words skip the three comparisons.
                if t.kind == .punctuation {
                    if t.text == "\u{201C}" { if !inQuote { quotes += 1 }; inQuote = true; continue }
                    if t.text == "\u{201D}" { inQuote = false; continue }
                    if t.text == "\"" { inQuote.toggle(); if inQuote { quotes += 1 }; continue }
                }
                if inQuote { quoteOf[k] = quotes }
                // "Ramadan began March 10 and ends April 9": the calendar's dates, taken by a mark that makes no event.
                if t.kind == .word, !t.isCapitalized, cues.periodVerbs.contains(t.text), isPeriod(tokens, k, in: range, after: triggers.last) {
                    triggers.append(Trigger(token: k, type: Self.periodType, quote: inQuote ? quotes : 0))
                    continue
                }
                guard t.kind == .word, !datelineRange.contains(t.start), !t.isCapitalized || k == range.lowerBound,
                      let type = triggerType(tokens, k, in: range, organizations: &organizationStarts) else { continue }
                // "the vote took place on Monday": "took place" says the event named happened; it is
                // no event of its own (not "took office").
                if k + 1 < range.upperBound, tokens[k + 1].text.lowercased() == "place", Self.isTake(t.text.lowercased()) { continue }
                var trigger = Trigger(token: k, type: Self.begun(type, tokens, k, in: range, nouns: cues.nouns))
                trigger.quote = inQuote ? quotes : 0
                trigger.isReference = isDefinite(tokens, k, in: range)
                setContext(&trigger, tokens, in: range)
                if trigger.context == .reported, EventFamily.of(type) == "statement" { trigger.attribution = Self.attributionComma(tokens, k, in: range) }
                triggers.append(trigger)
            }
            if s > 0, tokens[range.lowerBound].newlinesBefore > 0 { paragraph += 1 }
            var dateIndices: [Int] = []
            // What a quotation says happened is reported speech: its dates do not date events.
            // The date line gives the article's date; it reports no event.
            let dateline = datelineRange
            var expressions = DateFinder.find(tokens, in: range)
            // "the 2020 assassination", "his 1962 album", "the 2000 and 2004 Olympics": a year
            // right before an event word or event noun dates it (not "the 2020 troops").
            var yearNouns: [Trigger] = []
            var takenTokens = Set(triggers.map(\.token))
            for k in range where tokens[k].kind == .number && k > range.lowerBound {
                guard let year = DateFinder.year(tokens[k]), let v = DateValue.checked(year: year) else { continue }
                let det = tokens[k - 1], d = det.text.lowercased()
                let listed = (d == "and" || d == ",") && k >= range.lowerBound + 2 && DateFinder.year(tokens[k - 2]) != nil
                guard listed || det.kind == .possessive || ["the", "its", "their", "his", "her", "a", "an", "this", "that"].contains(d) else { continue }
                // The noun: the next word, or after one or two words ("1962 ABC album", "1974 World Cup");
                // a list of years ("2000 and 2004 Olympics") shares the noun after the last.
                var j = k + 1
                while j + 2 < range.upperBound, (tokens[j].text == "and" || tokens[j].text == ","), DateFinder.year(tokens[j + 1]) != nil { j += 2 }
                var found: (Int, String)? = nil
                for n in j..<min(j + 3, range.upperBound) where tokens[n].kind == .word {
                    let w = tokens[n].text.lowercased()
                    if let type = cues.nouns[w] ?? (tokens[n].isCapitalized ? nil : knowledge.eventTriggers[w]) { found = (n, type); break }
                    if !tokens[n].isCapitalized, n > j { break }
                }
                guard let (n, type) = found else { continue }
                expressions.append(DateExpression(kind: .absolute(v), tokens: k..<(k + 1), range: tokens[k].start..<tokens[k].end))
                if takenTokens.insert(n).inserted {
                    var t = Trigger(token: n, type: type)
                    t.isReference = true
                    t.quote = quoteOf[n] ?? 0
                    t.name = Self.occasion(tokens[j...n].filter { $0.kind == .word }.map { $0.text.lowercased() })
                    yearNouns.append(t)
                }
            }
            for e in expressions { if let t = occasionBefore(e, tokens, in: range, taken: &takenTokens) { var t = t; t.quote = quoteOf[t.token] ?? 0; yearNouns.append(t) } }
            if !yearNouns.isEmpty {
                triggers += yearNouns
                triggers.sort { $0.token < $1.token }
            }
            if expressions.count > 1 { expressions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound } }
            for expression in expressions where !dateline.contains(expression.range.lowerBound) {
                let at = expression.tokens.lowerBound
                // "between January 1985 and November 2004": the end of a span is no happening.
                if expression.isRangeEnd { continue }
                // "The vote was originally scheduled for Saturday": the day a plan was for dates nothing.
                if isPastPlanDate(tokens, at: at, in: range) { continue }
                // "more than they did in 2003": a figure's baseline dates nothing (nor sets the paragraph's year).
                switch expression.kind {
                // (Not "the first deaths since the October 7 attack": that date names the attack.)
                case .absolute, .partial:
                    if cues.isComparisonBaseline(tokens, at: at, in: range), !Self.namesEventAfter(expression, tokens, in: range, triggers: triggers) { continue }
                default: break
                }
                let tense = cues.tense(tokens, at: at, end: expression.tokens.upperBound, in: range)
                // "Today, the difference is…" means nowadays: "today" dates only a clause in the past or future.
                if case .relativeDay(0) = expression.kind, tense == nil { continue }
                let nearest = Self.nearest(triggers, to: at, position: { $0.token })
                let before = at - 1
                let refersBack = before >= range.lowerBound && tokens[before].text.lowercased() == "the"
                    && Self.nearest(triggers, to: expression.tokens.upperBound, position: { $0.token })?.token == expression.tokens.upperBound
                dateIndices.append(inputs.count)
                var input = DateResolver.Input(expression: expression, sentence: s, paragraph: paragraph, eventType: nearest.map { EventFamily.of($0.type) },
                                               refersBack: refersBack, datesSentence: datesSentence(expression, tokens, range, triggers))
                // "since October 7" starts a period: what happens in it is known to the month only.
                // Not "since the October 7 attack": a date naming the event after it dates that event.
                input.startsPeriod = before >= range.lowerBound && tokens[before].text.lowercased() == "since"
                    && !Self.namesEventAfter(expression, tokens, in: range, triggers: triggers)
                input.future = tense == .future
                inputs.append(input)
                quoteOfInput.append(quoteOf[at] ?? 0)
            }
            // "a day after Sunday's strike": the offset counts from the date inside the background
            // phrase that follows it (found by binary search: bounded work per phrase).
            let triggerTokens = triggers.map(\.token)
            let datePositions = dateIndices.map { inputs[$0].expression.tokens.lowerBound }
            for (n, i) in dateIndices.enumerated() {
                guard case .offset(_, _, .later) = inputs[i].expression.kind else { continue }
                let last = inputs[i].expression.tokens.upperBound - 1
                let first = Self.lowerBound(triggerTokens, last + 1)
                guard let t = triggers[first..<min(first + 5, triggers.count)].first(where: { $0.cue == last }) else { continue }
                if n + 1 < datePositions.count, datePositions[n + 1] > last, datePositions[n + 1] < t.token {
                    inputs[i].baseInput = dateIndices[n + 1]
                }
            }
            // "after Israel said it had killed X": what a background phrase reports is background too.
            if triggers.contains(where: { $0.context == .background }) {
                let phrases = Self.backgroundPhrases(triggers, tokens, in: range)
                for i in triggers.indices where triggers[i].context == .reported {
                    guard let p = phrases.first(where: { $0.trigger < triggers[i].token && $0.span.contains(triggers[i].token) }) else { continue }
                    triggers[i].context = .background
                    triggers[i].cue = p.span.lowerBound
                    triggers[i].isReference = true
                }
            }
            triggersBySentence.append(triggers)
            datesBySentence.append(dateIndices)
        }
        let dateline = doc.document.date.flatMap(DateValue.init(iso:))
        let resolved = DateResolver().resolve(inputs, dateline: dateline)
        let anchor = resolved.anchor
        var events: [Found] = []
        let titled = TitledPeople(doc)
        for (s, range) in sentences.enumerated() {
            let triggers = triggersBySentence[s]
            guard !triggers.isEmpty else { continue }
            // Dated phrases of the sentence, in text order.
            let dated: [(expression: DateExpression, date: DateValue, quote: Int)] = datesBySentence[s].compactMap { i in
                resolved.dates[i].map { (inputs[i].expression, $0, quoteOfInput[i]) }
            }
            // The one weekday the sentence names outside quotations that the article cannot date.
            var weekdays = Set<Int>()
            for i in datesBySentence[s] where resolved.dates[i] == nil && quoteOfInput[i] == 0 && !inputs[i].future {
                if case .weekday(let w, nil, nil) = inputs[i].expression.kind { weekdays.insert(w) }
            }
            let phrases = Self.backgroundPhrases(triggers, tokens, in: range)
            // Dates of clauses still to come ("sales are expected to fall in 2005, Fiat said"): they do not date a saying.
            var ahead = Set<Int>()
            for i in datesBySentence[s] where inputs[i].future { ahead.insert(inputs[i].expression.tokens.lowerBound) }
            let pairs = pairInQuotes(triggers, dated, backgroundSpans: phrases.map(\.span), future: ahead)
            let kept = keep(pairs)
            guard !kept.isEmpty else { continue }
            let participants = self.participants(doc, range, titled: titled, entityTypes: entityTypes, reporters: reporters)
            let actors = unique(participants.actors.map(\.entity))
            let sentenceRange = tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
            let summary = self.summary(doc.document, sentenceRange)
            for (trigger, date) in kept {
                var context = trigger.context
                // What the article dates after itself has not happened yet.
                if context == .reported, let date, let anchor, DateResolver.isAfter(date, anchor) { context = .planned }
                // "The strike hit Beirut hours before the assassination of X": X is no agent or
                // victim of the strike. (All the sentence names stays among the actors: "the vote
                // days after the killing of X" in two articles is one vote.)
                // A phrase that names no one and nowhere ("since the 2020 assassination") takes the sentence's.
                let own = phrases.first { $0.trigger == trigger.token }?.span.nilIfEmpty(of: participants)
                func belongs(_ token: Int) -> Bool {
                    if let own { return own.contains(token) }
                    return !phrases.contains { $0.span.contains(token) }
                }
                let mine = participants.actors.filter { belongs($0.token) }
                // Where: the event's own clause or phrase ("hours before the killing of X in Tehran" is not where the strike was).
                let places = unique(participants.places.filter { belongs($0.token) }.map(\.entity))
                let roles = Self.roles(trigger.token, mine, tokens, in: range, entityTypes: entityTypes, type: trigger.type)
                var found = Found(type: trigger.type, date: date, sentence: sentenceRange, actors: actors, agent: roles.agent,
                                  patient: roles.patient, places: places, summary: summary, context: context,
                                  isReference: trigger.isReference || context == .background, name: trigger.name)
                if mine.count < participants.actors.count { found.ownActors = unique(mine.map(\.entity)) }
                if date == nil, trigger.quote == 0, weekdays.count == 1 { found.weekday = weekdays.first }
                events.append(found)
            }
        }
        return (events, resolved.documentDate, resolved.documentDateInferred)
    }

    /// A date after a background event word dates it when it names a calendar date, with or without
    /// its year ("since it captured the city in March 2023", "since it took Bakhmut last May").
    static func datesBackground(_ kind: DateExpression.Kind) -> Bool {
        switch kind {
        case .absolute, .partial: return true
        default: return false
        }
    }

    /// The phrase of each background mention: from its cue ("after", "before", "since") to the
    /// next comma, semicolon or dash, or the sentence's end.
    static func backgroundPhrases(_ triggers: [Trigger], _ tokens: [Token], in range: Range<Int>) -> [(trigger: Int, span: Range<Int>)] {
        var phrases: [(trigger: Int, span: Range<Int>)] = []
        for t in triggers where t.context == .background {
            guard let cue = t.cue else { continue }
            var end = t.token + 1
            while end < range.upperBound {
                let x = tokens[end].text
                if tokens[end].kind == .punctuation, x == "," || x == ";" || x == "—" || x == "–" || x == ":" {
                    // "after Israel said it had killed the group's top official, Fuad Shukr, in …": the
                    // name in apposition to a title belongs to the phrase.
                    if x == ",", let name = Self.nameInApposition(tokens, comma: end, in: range) { end = name; continue }
                    break
                }
                end += 1
            }
            phrases.append((t.token, cue..<end))
        }
        return phrases
    }

    /// After a title word and a comma, one to four capitalized words closed by a comma or the
    /// sentence's end ("official, Fuad Shukr,"): the position after the name, else nil.
    static func nameInApposition(_ tokens: [Token], comma: Int, in range: Range<Int>) -> Int? {
        guard comma > range.lowerBound, tokens[comma - 1].kind == .word, !tokens[comma - 1].isCapitalized else { return nil }
        var k = comma + 1
        while k < range.upperBound, k - comma <= 4, tokens[k].kind == .word, tokens[k].isCapitalized { k += 1 }
        guard k > comma + 1, k - comma <= 5 else { return nil }
        if k == range.upperBound || tokens[k].text == "," || tokens[k].text == "." { return k }
        return nil
    }

    /// "the war began on October 7", "fighting started": the outbreak of violence is an event of
    /// that violence (an attack), not a founding; the noun stands within two words before.
    static func begun(_ type: String, _ tokens: [Token], _ k: Int, in range: Range<Int>, nouns: [String: String]) -> String {
        guard type == "formation", ["began", "begun", "begins", "started", "starts", "broke"].contains(tokens[k].text.lowercased()) else { return type }
        for j in stride(from: k - 1, through: max(range.lowerBound, k - 2), by: -1) where tokens[j].kind == .word {
            if nouns[tokens[j].text.lowercased()] == "attack" { return "attack" }
        }
        return type
    }

    /// Token positions where an organization's name starts, made on first use.
    struct OrganizationStarts {
        let doc: TokenizedDocument
        let entityTypes: [EntityType]
        var starts: Set<Int>? = nil

        init(doc: TokenizedDocument, entityTypes: [EntityType]) {
            self.doc = doc
            self.entityTypes = entityTypes
        }

        mutating func contains(_ k: Int) -> Bool {
            if starts == nil {
                var s = Set<Int>()
                for i in doc.mentions.indices {
                    let e = doc.entityOfMention[i]
                    if e >= 0, e < entityTypes.count, entityTypes[e] == .organization { s.insert(doc.mentions[i].tokens.lowerBound) }
                }
                starts = s
            }
            return starts!.contains(k)
        }
    }

    /// The event type the word at `k` reports, or nil: an event word of the knowledge, less
    /// "figures released by …" and "address the problem"; "received" before an honour ("received
    /// an OBE"); "left" before an organization ("left Apple"); "open" after "to" or "will".
    func triggerType(_ tokens: [Token], _ k: Int, in range: Range<Int>, organizations: inout OrganizationStarts) -> String? {
        let t = tokens[k]
        let w = t.isCapitalized ? t.text.lowercased() : t.text
        let type = knowledge.eventTriggers[w]
        guard type != nil || cues.neighbourWords.contains(w) else { return nil }
        let next = k + 1 < range.upperBound && tokens[k + 1].kind == .word ? tokens[k + 1].text.lowercased() : ""
        if !next.isEmpty, let type = cues.phrasal[w + " " + next] { return type }
        if let type {
            // "ruled out a second term": no ruling.
            if !next.isEmpty, cues.undoneBy.contains(w + " " + next) { return nil }
            // "figures released by the trade body": numbers published, no event.
            if type == "release", k > range.lowerBound, tokens[k - 1].kind == .word, cues.figures.contains(tokens[k - 1].text.lowercased()) { return nil }
            // "sales passed 167 million", "passed the 1,000 mark": a figure reached, no vote.
            if type == "vote", w.hasPrefix("pass"), k + 1 < range.upperBound {
                let next = tokens[k + 1].kind == .word && ["the", "a"].contains(tokens[k + 1].text.lowercased()) && k + 2 < range.upperBound ? k + 2 : k + 1
                if tokens[next].kind == .number || tokens[next].text.hasPrefix("£") || tokens[next].text.hasPrefix("$") { return nil }
            }
            // "address the problem", "addressed concerns": dealing with an issue, no speech.
            if w.hasPrefix("address") {
                var j = k + 1, words = 0
                while j < range.upperBound, words < 3, tokens[j].kind == .word {
                    if cues.issueObjects.contains(tokens[j].text.lowercased()) { return nil }
                    j += 1; words += 1
                }
            }
            return type
        }
        if cues.honourVerbs.contains(w) {
            var j = k + 1, words = 0
            while j < range.upperBound, words < 3, tokens[j].kind == .word {
                if cues.nouns[tokens[j].text.lowercased()] == "honour" { return "honour" }
                j += 1; words += 1
            }
            return nil
        }
        if cues.departureVerbs.contains(w), k + 1 < range.upperBound {
            let next = tokens[k + 1].text.lowercased() == "the" ? k + 2 : k + 1
            return next < range.upperBound && organizations.contains(next) ? "departure" : nil
        }
        if let type = cues.plannedVerbs[w], k > range.lowerBound {
            let before = tokens[k - 1].text.lowercased()
            return before == "to" || before == "will" || before == "'ll" ? type : nil
        }
        return nil
    }

    /// The comma before a saying that closes its sentence: "…, the Bank of England said.",
    /// "…, officials said on Tuesday." (at most five words between the comma and the verb, and
    /// eight after it), or nil.
    static func attributionComma(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Int? {
        // "…, in 1968, he said: \u{201C}…": a saying that opens a quotation is no attribution.
        if k + 1 < range.upperBound, tokens[k + 1].kind == .punctuation, [":", "\u{201C}", "\""].contains(tokens[k + 1].text) { return nil }
        var after = 0
        for j in (k + 1)..<range.upperBound where tokens[j].kind == .word || tokens[j].kind == .number {
            after += 1
            if after > 8 { return nil }
        }
        var j = k - 1, words = 0
        while j > range.lowerBound, words <= 5 {
            let t = tokens[j]
            if t.kind == .punctuation {
                // Not the comma after an opening date ("On January 3, 2020, the Front said …"): a
                // clause of its own, with words beyond the date's, stands before it.
                if t.text == "," { return clauseBefore(tokens, j, in: range) ? j : nil }
                if t.text != "." && t.text != "-" && t.text != "'" && t.text != "’" { return nil }
            } else if t.kind == .word || t.kind == .number {
                words += 1
            }
            j -= 1
        }
        return nil
    }

    /// Whether the words before the comma at `comma` make a clause of their own, not only a date
    /// phrase ("On Friday, 4 March 2005"): three words or more besides date words and prepositions.
    static func clauseBefore(_ tokens: [Token], _ comma: Int, in range: Range<Int>) -> Bool {
        var words = 0
        for j in range.lowerBound..<comma where tokens[j].kind == .word {
            if DateFinder.month(tokens[j]) != nil || DateFinder.weekdayNames[tokens[j].text] != nil { continue }
            if ["on", "in", "at", "by", "early", "late", "last", "this", "the", "of", "since", "and", "then"].contains(tokens[j].text.lowercased()) { continue }
            words += 1
            if words >= 3 { return true }
        }
        return false
    }

    /// Forms of "take", for "take place".
    static func isTake(_ word: String) -> Bool { ["take", "takes", "took", "taken", "taking"].contains(word) }

    /// Event words paired with dates (`pair`) within each quotation and outside them apart: "In
    /// 2022 he said \u{201C}we bombed them\u{201D}" does not date the bombing, and a date a speaker gives
    /// ("until 1999, when we qualified") dates only what the speaker says.
    func pairInQuotes(_ triggers: [Trigger], _ dated: [(expression: DateExpression, date: DateValue, quote: Int)],
                      backgroundSpans: [Range<Int>] = [], future: Set<Int> = []) -> [(Trigger, DateValue?)] {
        let plain = dated.map { ($0.expression, $0.date) }
        if triggers.allSatisfy({ $0.quote == 0 }) && dated.allSatisfy({ $0.quote == 0 }) { return pair(triggers, plain, backgroundSpans: backgroundSpans, future: future) }
        var pairs: [(Trigger, DateValue?)] = []
        for q in Set(triggers.map(\.quote)).union(dated.map(\.quote)).sorted() {
            pairs += pair(triggers.filter { $0.quote == q }, dated.filter { $0.quote == q }.map { ($0.expression, $0.date) },
                          backgroundSpans: backgroundSpans, future: future)
        }
        return pairs
    }

    /// Each event word with the date nearest it that may date it, and each further date with
    /// the event word nearest it ("two depots on 7 June, another on 30 June").
    /// `future`: token positions of dates in clauses still to come, which date no reported saying.
    func pair(_ triggers: [Trigger], _ dated: [(expression: DateExpression, date: DateValue)], backgroundSpans: [Range<Int>] = [],
              future: Set<Int> = []) -> [(Trigger, DateValue?)] {
        var pairs: [(Trigger, DateValue?)] = []
        var used = Array(repeating: false, count: dated.count)
        let positions = dated.map(\.expression.tokens.lowerBound)
        // Positions of the event words that are not statements, for the statement rule.
        let others = triggers.filter { EventFamily.of($0.type) != "statement" && $0.context != .background }.map(\.token)
        // Sayings that report (not one still to come: "would address the nation on Thursday during the funeral").
        let sayings = triggers.filter { EventFamily.of($0.type) == "statement" && $0.context == .reported }.map(\.token)
        // A background mention is dated only inside its own phrase: "after Sunday's strike",
        // "since the 2020 assassination", "the killing of X on January 3, 2020".
        var backgroundChoice: [Int: Int] = [:]
        for trigger in triggers where trigger.context == .background {
            guard let cue = trigger.cue else { continue }
            let lo = Self.lowerBound(positions, cue + 1)
            if lo < positions.count, positions[lo] < trigger.token { backgroundChoice[trigger.token] = lo }
            else if lo < positions.count, positions[lo] > trigger.token, positions[lo] <= trigger.token + 8,
                    Self.datesBackground(dated[lo].expression.kind) { backgroundChoice[trigger.token] = lo }
        }
        // The dates of a background phrase ("following the group's Oct. 7 attack", "following the 11
        // September attacks in 2001") date nothing outside it.
        // "Ramadan began March 10 and ends April 9": the calendar's dates, right after their verb.
        for trigger in triggers where trigger.type == Self.periodType {
            let lo = Self.lowerBound(positions, trigger.token + 1)
            if lo < positions.count, positions[lo] <= trigger.token + 3 { backgroundChoice[trigger.token] = lo }
        }
        var taken = Set(backgroundChoice.values)
        for (i, p) in positions.enumerated() where backgroundSpans.contains(where: { $0.contains(p) }) { taken.insert(i) }
        let free = taken.isEmpty ? Array(dated.indices) : dated.indices.filter { !taken.contains($0) }
        let freePositions = taken.isEmpty ? positions : free.map { positions[$0] }
        let freeDated = taken.isEmpty ? dated : free.map { dated[$0] }
        for trigger in triggers {
            var choice: Int? = nil
            if trigger.context == .background || trigger.type == Self.periodType {
                choice = backgroundChoice[trigger.token]
            } else {
                choice = nearestDate(trigger, freePositions, freeDated, reportable: others, sayings: sayings, future: future).map { free[$0] }
            }
            if let c = choice { used[c] = true }
            pairs.append((trigger, choice.map { dated[$0].date }))
        }
        let reportable = triggers.filter { $0.context != .background }
        let triggerPositions = reportable.map(\.token)
        var pairedDates = Set(pairs.compactMap(\.1))
        let cues = triggers.compactMap(\.cue)   // ascending, as the triggers are
        for (i, d) in dated.enumerated() where !used[i] {
            // The same date already paired, or a date inside a background phrase, makes no new event.
            if pairedDates.contains(d.date) { continue }
            // "between 1965 and 1971" spans a period: its start is no happening of its own.
            if d.expression.isRangeStart { continue }
            let at = positions[i]
            let c = Self.lowerBound(cues, at)
            if c > 0, at < cues[c - 1] + 12 { continue }
            guard let t = nearestTrigger(reportable, triggerPositions, to: d.expression) else {
                if reportable.isEmpty, let b = triggers.first(where: { $0.context == .background && ($0.cue ?? -9) - d.expression.tokens.upperBound <= 1
                                                                        && ($0.cue ?? -9) >= d.expression.tokens.upperBound }),
                   let p = pairs.firstIndex(where: { $0.0.token == b.token }), pairs[p].1 == nil {
                    pairs[p].1 = d.date
                    pairedDates.insert(d.date)
                }
                continue
            }
            if future.contains(at), EventFamily.of(t.type) == "statement", t.context == .reported { continue }
            pairs.append((t, d.date))
            pairedDates.insert(d.date)
        }
        return pairs
    }

    /// The dated phrase nearest an event word among those that may date it (a statement is
    /// dated only by what stands before or just after its verb).
    func nearestDate(_ trigger: Trigger, _ positions: [Int], _ dated: [(expression: DateExpression, date: DateValue)],
                     reportable: [Int] = [], sayings: [Int] = [], future: Set<Int> = []) -> Int? {
        guard !positions.isEmpty else { return nil }
        var lower = 0, limit = positions.count
        if EventFamily.of(trigger.type) == "statement" {
            limit = Self.lowerBound(positions, trigger.token + 5)
            // "A strike on Sunday killed X, officials said": a date before another event word
            // dates that event, not the saying.
            let p = Self.lowerBound(reportable, trigger.token)
            if p > 0 { lower = Self.lowerBound(positions, reportable[p - 1]) }
        }
        guard limit > lower else { return nil }
        let i = min(max(Self.lowerBound(positions, trigger.token), lower), limit)
        var best: Int? = nil
        let saying = EventFamily.of(trigger.type) == "statement" && trigger.context == .reported
        if let comma = trigger.attribution { lower = max(lower, Self.lowerBound(positions, comma + 1)) }
        guard limit > lower else { return nil }
        for c in [i - 1, i] where c >= lower && c < limit {
            if saying, !future.isEmpty, future.contains(positions[c]) { continue }
            // "Hezbollah confirmed on Wednesday that X was killed": the day right after a saying
            // dates the saying, not the event it reports.
            if EventFamily.of(trigger.type) != "statement", positions[c] < trigger.token {
                let s = Self.lowerBound(sayings, positions[c])
                if s > 0, positions[c] - sayings[s - 1] <= 4 { continue }
            }
            if best == nil || abs(positions[c] - trigger.token) < abs(positions[best!] - trigger.token) { best = c }
        }
        return best
    }

    /// The event word nearest a date phrase that it may date.
    func nearestTrigger(_ triggers: [Trigger], _ positions: [Int], to e: DateExpression) -> Trigger? {
        guard !triggers.isEmpty else { return nil }
        let at = e.tokens.lowerBound
        let i = Self.lowerBound(positions, at)
        var best: Int? = nil
        // A few neighbours each side, enough to step over statements the date may not date.
        for c in max(0, i - 4)..<min(triggers.count, i + 4) where canDate(triggers[c], e) {
            if best == nil || abs(positions[c] - at) < abs(positions[best!] - at) { best = c }
        }
        return best.map { triggers[$0] }
    }

    /// One event per family, context and date in a sentence: a strike that kills is one
    /// event; a year gives way to a day of the same family in it; an undated event word
    /// stays only when the sentence dates none of its family (background mentions are kept
    /// as references).
    func keep(_ pairs: [(Trigger, DateValue?)]) -> [(Trigger, DateValue?)] {
        // Period marks ("Ramadan began March 10") have taken their dates; they are no events.
        let pairs = pairs.filter { $0.0.type != Self.periodType }
        struct Key: Hashable { var family: String; var group: Int; var date: DateValue? }
        func group(_ c: EventContext) -> Int { c == .reported ? 0 : (c == .background ? 1 : (c == .planned ? 2 : 3)) }
        var finer = Set<Key>()   // (family, group, coarser date) that a finer date of the sentence covers
        var datedFamilies = Set<String>()
        for (t, d) in pairs {
            guard let d else { continue }
            let family = EventFamily.of(t.type)
            datedFamilies.insert(family)
            if d.precision > .year { finer.insert(Key(family: family, group: group(t.context), date: d.truncated(to: .year))) }
            if d.precision > .month { finer.insert(Key(family: family, group: group(t.context), date: d.truncated(to: .month))) }
        }
        // "X was killed in a strike on Sunday, sources told Reuters": the saying of a real
        // event is no event of its own when it gives no other date than that event's.
        // (An undated quotation is no event: it does not make the saying around it one.)
        let real = pairs.filter { $0.0.context == .reported && EventFamily.of($0.0.type) != "statement" && ($0.0.quote == 0 || $0.1 != nil) }
        let realDates = Set(real.compactMap(\.1))
        // The one undated event word a sentence keeps: the first real one, else the first.
        // What a quotation says makes an event only where the quotation dates it.
        let undatedChoice = (real.first { $0.1 == nil && $0.0.quote == 0 }
            ?? pairs.first { $0.1 == nil && $0.0.context != .background && $0.0.quote == 0 })?.0.token
        var seen = Set<Key>()
        var kept: [(Trigger, DateValue?)] = []
        for (t, d) in pairs {
            let family = EventFamily.of(t.type)
            let key = Key(family: family, group: group(t.context), date: d)
            if let d, d.precision < .day, finer.contains(key) { continue }
            if family == "statement", t.context == .reported, !real.isEmpty, d == nil || realDates.contains(d!) { continue }
            // An undated event word makes one event for a sentence that dates none; background
            // mentions stay as references to the events they name.
            if d == nil, t.quote != 0 { continue }
            if d == nil, t.context != .background {
                if !datedFamilies.isEmpty || t.token != undatedChoice { continue }
            }
            guard seen.insert(key).inserted else { continue }
            kept.append((t, d))
        }
        return kept
    }

    /// Whether the event word at `k` names an event as known: "the strike", "the US drone
    /// strike", "Sunday's strike", "the January 4 strike" — a determiner or possessive within
    /// three words before it, with no verb between.
    func isDefinite(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Bool {
        // Only a noun names an event: "the Front attacked" is a verb after its subject.
        if cues.isPast(tokens[k]) { return false }
        var j = k - 1, words = 0
        while j >= range.lowerBound, words < 4 {
            let t = tokens[j]
            if t.kind == .possessive { return true }
            if t.kind == .word {
                let w = t.text.lowercased()
                if w == "the" || w == "this" || w == "that" || w == "its" || w == "their" || w == "his" || w == "her" { return true }
                if cues.isPast(t) || knowledge.eventTriggers[w] != nil { return false }
                words += 1
            } else if t.kind == .punctuation, t.text != "-" { return false }
            j -= 1
        }
        return false
    }

    /// Whether the event word of a trigger did not happen (yet), is named as the time of
    /// something else, or lies ahead: "threatened to strike", "after the killing", "will meet".
    func setContext(_ trigger: inout Trigger, _ tokens: [Token], in range: Range<Int>) {
        let k = trigger.token
        if let blocker = blocker(tokens, k, in: range) {
            // "announced that he would address the nation on Thursday": what a report says is to
            // come is planned; "it would hurt talks" stays a condition.
            let reportedFuture = blocker == "would" && saidBefore(tokens, k, in: range)
            trigger.context = cues.planned.contains(blocker) || reportedFuture ? .planned : .hypothetical
        } else if let cue = cues.backgroundCue(tokens, k, in: range) {
            trigger.context = .background
            trigger.cue = cue
        } else if !cues.isPast(tokens[k]), conditionalAfter(tokens, k, in: range) {
            // "a strike would end the talks": a condition, unless a report tells what is to come
            // ("officials said a vote would be held on Monday").
            trigger.context = saidBefore(tokens, k, in: range) ? .planned : .hypothetical
        } else if cues.isFuture(tokens, at: k, end: k + 1, in: range), !cues.isPast(tokens[k]) {
            trigger.context = .planned
        }
    }

    /// Whether the date phrase at `at` names what a plan told in the past was for: "was
    /// (originally) scheduled for Saturday", "had been due on Monday" — a day it was meant to
    /// happen, not one it happened on.
    func isPastPlanDate(_ tokens: [Token], at: Int, in range: Range<Int>) -> Bool {
        var j = at - 1
        if j >= range.lowerBound, ["for", "on", "to"].contains(tokens[j].text.lowercased()) { j -= 1 }
        guard j > range.lowerBound, ["scheduled", "due", "set", "planned", "slated"].contains(tokens[j].text.lowercased()) else { return false }
        return cues.isPastPlan(tokens, j, in: range)
    }

    /// Whether "would", "could" or "might" follows the event word within three words, before any
    /// "will" ("a strike would end the talks", "the deal could collapse").
    func conditionalAfter(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Bool {
        var j = k + 1, words = 0
        while j < range.upperBound, words < 3 {
            if tokens[j].kind == .punctuation, tokens[j].text != "-" { return false }
            if tokens[j].kind == .word {
                let w = tokens[j].text.lowercased()
                if w == "would" || w == "could" || w == "might" { return true }
                if w == "will" || w == "'ll" || cues.isPast(tokens[j]) { return false }
                words += 1
            }
            j += 1
        }
        return false
    }

    /// Whether a statement verb ("said", "announced") stands within twelve words before `k`.
    func saidBefore(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> Bool {
        var j = k - 1, words = 0
        while j >= range.lowerBound, words < 12 {
            if tokens[j].kind == .word {
                if let type = knowledge.eventTriggers[tokens[j].text.lowercased()], EventFamily.of(type) == "statement", cues.isPast(tokens[j]) { return true }
                words += 1
            }
            j -= 1
        }
        return false
    }

    /// The mark of a period verb ("Ramadan began"): it takes the dates beside it and makes no event.
    static let periodType = "period"

    /// Whether the verb at `k` starts or ends a period of the calendar: right after a period word
    /// ("Ramadan began", "the holy month began"), or after "and" continuing one ("… and ends April 9").
    func isPeriod(_ tokens: [Token], _ k: Int, in range: Range<Int>, after last: Trigger?) -> Bool {
        guard k > range.lowerBound else { return false }
        let before = tokens[k - 1].text.lowercased()
        if cues.periods.contains(before) { return true }
        if before == "and", let last, last.type == Self.periodType, k - last.token <= 8 { return true }
        return false
    }

    /// Event types whose nouns name an occasion a date after them dates ("the Beijing Olympics in
    /// 2008", "the European Cup in Poland in June 2004", "the war in 2003"); not works ("a record in 2004").
    static let occasionTypes: Set<String> = ["contest", "election", "meeting", "attack"]

    /// An occasion noun standing before "in" and a date, over a place and its "in" ("the
    /// European Cup in Poland in June 2004"): the event the date dates, or nil.
    func occasionBefore(_ e: DateExpression, _ tokens: [Token], in range: Range<Int>, taken: inout Set<Int>) -> Trigger? {
        switch e.kind {
        case .absolute, .partial: break
        default: return nil
        }
        var j = e.tokens.lowerBound - 1
        guard j > range.lowerBound, tokens[j].text.lowercased() == "in" else { return nil }
        j -= 1
        var steps = 0
        while j >= range.lowerBound, steps < 5, tokens[j].kind == .word {
            let w = tokens[j].text.lowercased()
            // A contest is named with a capital ("the Davis Cup"), not "games" or "the open market".
            if let type = cues.nouns[w], Self.occasionTypes.contains(type), type != "contest" || tokens[j].isCapitalized {
                guard taken.insert(j).inserted else { return nil }
                var t = Trigger(token: j, type: type)
                t.isReference = true
                setContext(&t, tokens, in: range)
                return t
            }
            guard tokens[j].isCapitalized || w == "in" else { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// The name of an occasion from the words after its year: "Olympic Games" and "Olympics"
    /// are both "olympic", "World Cup" is "world cup".
    static func occasion(_ words: [String]) -> String? {
        var kept = words.map { $0.count > 3 && $0.hasSuffix("s") ? String($0.dropLast()) : $0 }
        if kept.count > 1 { kept.removeAll { $0 == "game" } }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }

    /// Whether an event word follows the date phrase, over at most two names: "October 7 attack",
    /// "October 7 Hamas attack".
    static func namesEventAfter(_ e: DateExpression, _ tokens: [Token], in range: Range<Int>, triggers: [Trigger]) -> Bool {
        var k = e.tokens.upperBound
        while k < min(range.upperBound, e.tokens.upperBound + 3) {
            if triggers.contains(where: { $0.token == k }) { return true }
            guard tokens[k].kind == .word, tokens[k].isCapitalized || tokens[k].text == "-" else { return false }
            k += 1
        }
        return false
    }

    /// Index of the first position not below `value` (positions ascending).
    static func lowerBound(_ positions: [Int], _ value: Int) -> Int {
        var lo = 0, hi = positions.count
        while lo < hi { let mid = (lo + hi) / 2; if positions[mid] < value { lo = mid + 1 } else { hi = mid } }
        return lo
    }

    static func nearest(_ triggers: [Trigger], to at: Int, position: (Trigger) -> Int) -> Trigger? {
        guard !triggers.isEmpty else { return nil }
        var lo = 0, hi = triggers.count
        while lo < hi { let mid = (lo + hi) / 2; if position(triggers[mid]) < at { lo = mid + 1 } else { hi = mid } }
        let candidates = [lo - 1, lo].filter { $0 >= 0 && $0 < triggers.count }
        return candidates.min { abs(position(triggers[$0]) - at) < abs(position(triggers[$1]) - at) }.map { triggers[$0] }
    }

    /// A date well after a reporting verb belongs to what was said, not to the saying:
    /// "announced on Friday" dates the announcement, "said it could launch in 2007" does not.
    func canDate(_ trigger: Trigger, _ expression: DateExpression) -> Bool {
        EventFamily.of(trigger.type) != "statement"
            || (expression.tokens.lowerBound <= trigger.token + 4 && expression.tokens.lowerBound > (trigger.attribution ?? -1))
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
        let i = Self.lowerBound(triggers.map(\.token), last + 1)
        return i < triggers.count && triggers[i].token <= last + 6
    }

    func sentenceRanges(_ doc: TokenizedDocument) -> [Range<Int>] {
        let starts = doc.sentenceStarts
        return starts.indices.map { i in starts[i]..<(i + 1 < starts.count ? starts[i + 1] : doc.tokens.count) }.filter { !$0.isEmpty }
    }

    /// The word that makes the event word at `k` not (yet) happen — "to" ("threatened to
    /// strike"), a blocker within three words ("demanding the withdrawal", "called for") — or
    /// nil. "to" after a planning word ("plans to withdraw", "due to vote") gives that word.
    func blocker(_ tokens: [Token], _ k: Int, in range: Range<Int>) -> String? {
        var j = k - 1, seen = 0
        var after = ""
        let afterTo = k > range.lowerBound && tokens[k - 1].text.lowercased() == "to"
        while j >= range.lowerBound, seen < 3 {
            if tokens[j].kind == .word {
                let word = tokens[j].text.lowercased()
                if cues.planned.contains(word) { return word }
                if !after.isEmpty, cues.planned.contains(word + " " + after) { return word + " " + after }
                // One word ("demanding") or two ("called for").
                if knowledge.eventBlockers.contains(word) { return word }
                if !after.isEmpty, knowledge.eventBlockers.contains(word + " " + after) { return word + " " + after }
                after = word
                seen += 1
            }
            j -= 1
        }
        return afterTo ? "to" : nil
    }

    /// People introduced with a title, by the title's last word ("minister" → al-Sudani), in
    /// text order: the last one introduced before a place is found by binary search.
    struct TitledPeople {
        var byWord: [String: [(start: Int, entity: Int)]] = [:]

        init(_ doc: TokenizedDocument) {
            for i in doc.mentions.indices {
                guard let title = doc.mentions[i].title, doc.entityOfMention[i] >= 0,
                      let word = title.split(separator: " ").last.map(String.init) else { continue }
                byWord[word, default: []].append((doc.mentions[i].start, doc.entityOfMention[i]))
            }
        }

        func last(_ word: String, before offset: Int) -> Int? {
            guard let list = byWord[word] else { return nil }
            var lo = 0, hi = list.count
            while lo < hi { let mid = (lo + hi) / 2; if list[mid].start < offset { lo = mid + 1 } else { hi = mid } }
            return lo > 0 ? list[lo - 1].entity : nil
        }
    }

    /// Actors (people and organizations, with the token where each is named) and places in a sentence.
    /// "The Iraqi prime minister" names the last person introduced as prime minister.
    func participants(_ doc: TokenizedDocument, _ range: Range<Int>, titled: TitledPeople,
                      entityTypes: [EntityType], reporters: Set<Int> = []) -> (actors: [(token: Int, entity: Int)], places: [(token: Int, entity: Int)]) {
        var actors: [(token: Int, entity: Int)] = []
        var places: [(token: Int, entity: Int)] = []
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
            case .person: actors.append((m.tokens.lowerBound, e))
            case .organization:
                // A news agency, or an outlet named as the source ("told the BBC"), reports the event.
                if reporters.contains(e) || EventReporters.isSource(doc.tokens, mention: m.tokens, in: range) { continue }
                actors.append((m.tokens.lowerBound, e))
            case .place: places.append((m.tokens.lowerBound, e))
            case .other: break
            }
        }
        for k in range where k > range.lowerBound && doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized {
            let word = doc.tokens[k].text.lowercased()
            guard knowledge.isTitle(word) || knowledge.isRole(word) else { continue }
            // Only a bare title ("the … minister"), not one directly before a name.
            if k + 1 < doc.tokens.count, doc.tokens[k + 1].isCapitalized, doc.tokens[k + 1].spaceBefore { continue }
            if let person = titled.last(word, before: doc.tokens[k].start) {
                actors.append((k, person))
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

extension Range where Bound == Int {
    /// The range, or nil when none of the participants stands in it.
    func nilIfEmpty(of p: (actors: [(token: Int, entity: Int)], places: [(token: Int, entity: Int)])) -> Range<Int>? {
        p.actors.contains { contains($0.token) } || p.places.contains { contains($0.token) } ? self : nil
    }
}
