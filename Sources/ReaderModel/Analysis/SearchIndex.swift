/// One index over entity names and aliases and over article text.
///
/// Entity names match case-, diacritic- and transliteration-insensitively ("hizbullah"
/// finds "Kata’ib Hezbollah", "soleimani" finds "Qaseem Soleimani"), by word prefix and
/// with a small typo allowance; text matches whole words, or a "quoted phrase".
public struct SearchIndex: Sendable {
    /// A ranked result.
    public enum Hit: Sendable, Equatable {
        case entity(Int)
        /// A text match: document and code-point range of the match.
        case text(document: Int, range: Range<Int>)
    }

    /// One written form of an entity, in words.
    struct Form: Sendable {
        var entity: Int
        var words: [String]
    }

    var forms: [Form] = []
    /// Distinct name words, sorted, each with the forms that contain it: prefix lookups by binary search.
    var nameWords: [(word: String, forms: [Int])] = []
    /// Name-word skeleton → indices into `nameWords`.
    var skeletons: [String: [Int]] = [:]
    /// Folded word → (document, token index) postings.
    var postings: [String: [(doc: Int, token: Int)]] = [:]
    var mentionCounts: [Int] = []
    let documents: [[Token]]

    public init(_ analysis: Analysis) {
        documents = analysis.documents.map(\.tokens)
        mentionCounts = analysis.entities.map(\.occurrences.count)
        var formsByWord: [String: [Int]] = [:]
        for (i, entity) in analysis.entities.enumerated() where entity.type != .other {
            for name in Set([entity.name] + entity.aliases) {
                let words = NameKey.words(name)
                guard !words.isEmpty else { continue }
                for w in Set(words) { formsByWord[w, default: []].append(forms.count) }
                forms.append(Form(entity: i, words: words))
            }
        }
        nameWords = formsByWord.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        for (k, entry) in nameWords.enumerated() { skeletons[NameKey.skeleton(word: entry.word), default: []].append(k) }
        // Folding is costly: fold each distinct spelling once.
        var folded: [String: String] = [:]
        for (d, tokens) in documents.enumerated() {
            for (t, token) in tokens.enumerated() where token.kind == .word || token.kind == .number {
                let key: String
                if let known = folded[token.text] { key = known } else { key = Self.fold(token.text); folded[token.text] = key }
                postings[key, default: []].append((d, t))
            }
        }
    }

    static func fold(_ word: String) -> String { NameKey.words(word).joined() }

    /// Range of `nameWords` entries that start with a prefix.
    func prefixRange(_ prefix: String) -> Range<Int> {
        var lo = 0, hi = nameWords.count
        while lo < hi { let mid = (lo + hi) / 2; if nameWords[mid].word < prefix { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < nameWords.count, nameWords[end].word.hasPrefix(prefix) { end += 1 }
        return lo..<end
    }

    /// Best score of each name word for one query word: exact 3, prefix 2, transliteration 1.8, typo 1.
    func wordScores(_ q: String) -> [Int: Double] {
        var scores: [Int: Double] = [:]
        func offer(_ k: Int, _ s: Double) { if s > scores[k] ?? 0 { scores[k] = s } }
        for k in prefixRange(q) { offer(k, nameWords[k].word == q ? 3 : 2) }
        guard q.count >= 4 else { return scores }
        // Transliteration variants: same consonants, similar length ("sulaimani", "hizballah").
        for k in skeletons[NameKey.skeleton(word: q)] ?? [] where abs(nameWords[k].word.count - q.count) <= 2 { offer(k, 1.8) }
        guard q.count >= 5 else { return scores }
        // One typo, in the word or in its prefix of the query's length ("muhandes").
        let first = String(q.prefix(1))
        for k in prefixRange(first) where abs(nameWords[k].word.count - q.count) <= 1 || nameWords[k].word.count > q.count {
            let w = nameWords[k].word
            if Self.withinOneEdit(w, q) || Self.withinOneEdit(String(w.prefix(q.count)), q) { offer(k, 1) }
        }
        return scores
    }

    /// Entities matching the query, best first.
    public func entities(_ query: String, limit: Int = 20) -> [Int] {
        let q = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard !q.isEmpty else { return [] }
        // Per form: the sum over query words of the best score among the form's words.
        var totals: [Int: Double] = [:]
        for (n, word) in q.enumerated() {
            var best: [Int: Double] = [:]
            for (k, s) in wordScores(word) {
                for f in nameWords[k].forms where n == 0 || totals[f] != nil { best[f] = max(best[f] ?? 0, s) }
            }
            var next: [Int: Double] = [:]
            for (f, s) in best { next[f] = (totals[f] ?? 0) + s }
            totals = next
            if totals.isEmpty { return [] }
        }
        var byEntity: [Int: Double] = [:]
        for (f, total) in totals {
            // Whole-name matches rank above partial ones; busier entities break ties.
            let score = total + (forms[f].words.count == q.count ? 0.5 : 0)
            byEntity[forms[f].entity] = max(byEntity[forms[f].entity] ?? 0, score)
        }
        // The best `limit` by selection, not a sort of every match (a letter typed live matches thousands).
        let better = { (a: (key: Int, value: Double), b: (key: Int, value: Double)) in
            (a.value, mentionCounts[a.key], b.key) > (b.value, mentionCounts[b.key], a.key)
        }
        var best: [(key: Int, value: Double)] = []
        best.reserveCapacity(limit + 1)
        for item in byEntity where limit > 0 {
            if best.count == limit, !better(item, best[limit - 1]) { continue }
            best.insert(item, at: best.firstIndex { better(item, $0) } ?? best.count)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }

    /// Text matches of the query's words in sequence (a "quoted phrase" or plain words), in document order.
    public func text(_ query: String, limit: Int = 200) -> [Hit] {
        let words = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard let first = words.first, let firstPostings = postings[first] else { return [] }
        var hits: [Hit] = []
        for (d, t) in firstPostings {
            if let range = match(words, in: d, at: t) { hits.append(.text(document: d, range: range)) }
            if hits.count >= limit { break }
        }
        return hits
    }

    /// Text matches in one document, scanning its tokens.
    public func text(_ query: String, in document: Int) -> [Range<Int>] {
        let words = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard let first = words.first else { return [] }
        var ranges: [Range<Int>] = []
        for (t, token) in documents[document].enumerated() where token.kind == .word || token.kind == .number {
            guard token.text.count >= first.count, Self.fold(token.text) == first else { continue }
            if let r = match(words, in: document, at: t) { ranges.append(r) }
        }
        return ranges
    }

    func match(_ words: [String], in d: Int, at t: Int) -> Range<Int>? {
        let tokens = documents[d]
        var j = t
        for w in words.dropFirst() {
            j += 1
            while j < tokens.count, tokens[j].kind == .punctuation || tokens[j].kind == .possessive { j += 1 }
            if j >= tokens.count || Self.fold(tokens[j].text) != w { return nil }
        }
        return tokens[t].start..<tokens[j].end
    }

    /// Entities first, then text matches.
    public func search(_ query: String, limit: Int = 50) -> [Hit] {
        let es = entities(query, limit: 10).map { Hit.entity($0) }
        return es + text(query, limit: max(0, limit - es.count))
    }

    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        if abs(x.count - y.count) > 1 { return false }
        var i = 0, j = 0, edits = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.count - i) + (y.count - j) <= 1
    }
}
