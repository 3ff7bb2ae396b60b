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
    /// Folded word → where it stands (article, index among the article's words), in article
    /// order, packed (see `PostingList`).
    var postings: [String: PostingList] = [:]
    var mentionCounts: [Int] = []
    /// Each document's word offsets (its tokens are not kept).
    let wordOffsets: [WordOffsets]
    /// Tokens of every kind in every document.
    let totalTokens: Int

    /// Documents are read this many at a time, in parallel, their tokens made again and dropped.
    static let chunk = 512

    public init(_ analysis: Analysis) {
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
        var offsets: [WordOffsets] = []
        offsets.reserveCapacity(analysis.documents.count)
        var total = 0
        for lower in stride(from: 0, to: analysis.documents.count, by: Self.chunk) {
            let chunk = Array(lower..<min(analysis.documents.count, lower + Self.chunk))
            let read = ParallelMap.map(chunk) { d -> (WordOffsets, [String]) in
                let tokens = analysis.unmarkedTokens(of: d)
                // Folding is costly: each distinct spelling is folded once.
                var folded: [String: String] = [:]
                var keys: [String] = []
                for token in tokens where token.kind == .word || token.kind == .number {
                    if let known = folded[token.text] { keys.append(known) } else {
                        let key = Self.fold(token.text)
                        folded[token.text] = key
                        keys.append(key)
                    }
                }
                return (WordOffsets(tokens), keys)
            }
            for (d, (words, keys)) in zip(chunk, read) {
                for (k, key) in keys.enumerated() { postings[key, default: PostingList()].append(document: d, word: k) }
                offsets.append(words)
                total += words.tokenCount
            }
        }
        // Lists grown by appending keep up to half their room spare: trimmed one by one (the keys
        // copied out first, so each old list is freed as it is replaced).
        for key in Array(postings.keys) {
            postings[key] = postings[key]?.trimmed()
        }
        wordOffsets = offsets
        totalTokens = total
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
        // The other words' lists read alongside the first's, article by article.
        var others: [PostingList.Cursor] = []
        for w in words.dropFirst() {
            guard let list = postings[w] else { return [] }
            others.append(PostingList.Cursor(list))
        }
        var hits: [Hit] = []
        var document = -1
        var positions: [[Int]] = []
        for p in firstPostings {
            if p.document != document {
                document = p.document
                positions = others.indices.map { others[$0].words(in: document) }
            }
            if let range = match(words.count, positions, in: p.document, at: p.word) { hits.append(.text(document: p.document, range: range)) }
            if hits.count >= limit { break }
        }
        return hits
    }

    /// Text matches in one document.
    public func text(_ query: String, in document: Int) -> [Range<Int>] {
        let words = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard let first = words.first, document >= 0, document < wordOffsets.count else { return [] }
        let ranges = wordOffsets[document].ranges()
        let positions = words.dropFirst().map { perWordTokens($0, document) }
        return perWordTokens(first, document).compactMap { match(words.count, positions, in: document, at: $0, ranges: ranges) }
    }

    /// The range of a query's `count` words when they follow one another from word `t` of document
    /// `d` (punctuation between them aside), or nil. `positions`: the word indices in `d` of each
    /// query word after the first, ascending; `ranges`: the document's word ranges, when at hand.
    func match(_ count: Int, _ positions: [[Int]], in d: Int, at t: Int, ranges: [Range<Int>]? = nil) -> Range<Int>? {
        for (i, list) in positions.enumerated() where !Self.contains(list, t + i + 1) { return nil }
        let last = t + count - 1
        if let ranges { return ranges[t].lowerBound..<ranges[last].upperBound }
        return wordOffsets[d].range(t).lowerBound..<wordOffsets[d].range(last).upperBound
    }

    /// Whether an ascending list holds `value` (binary search).
    static func contains(_ list: [Int], _ value: Int) -> Bool {
        var lo = 0, hi = list.count
        while lo < hi { let mid = (lo + hi) / 2; if list[mid] < value { lo = mid + 1 } else { hi = mid } }
        return lo < list.count && list[lo] == value
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
