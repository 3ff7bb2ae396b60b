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

    struct EntityForm: Sendable {
        var entity: Int
        var words: [String]
        var skeletons: [String]
    }

    var forms: [EntityForm] = []
    /// Folded word → (document, token index) postings.
    var postings: [String: [(doc: Int, token: Int)]] = [:]
    var mentionCounts: [Int] = []
    let documents: [[Token]]

    public init(_ analysis: Analysis) {
        documents = analysis.documents.map(\.tokens)
        mentionCounts = analysis.entities.map(\.occurrences.count)
        for (i, entity) in analysis.entities.enumerated() where entity.type != .other {
            for name in Set([entity.name] + entity.aliases) {
                let words = NameKey.words(name)
                forms.append(EntityForm(entity: i, words: words, skeletons: words.map { NameKey.skeleton(word: $0) }))
            }
        }
        for (d, tokens) in documents.enumerated() {
            for (t, token) in tokens.enumerated() where token.kind == .word || token.kind == .number {
                postings[Self.fold(token.text), default: []].append((d, t))
            }
        }
    }

    static func fold(_ word: String) -> String { NameKey.words(word).joined() }

    /// Entities matching the query, best first.
    public func entities(_ query: String, limit: Int = 20) -> [Int] {
        let q = NameKey.words(query.replacingOccurrences(of: "\"", with: " "))
        guard !q.isEmpty else { return [] }
        let qSkeletons = q.map { NameKey.skeleton(word: $0) }
        var best: [Int: Double] = [:]
        for form in forms {
            var total = 0.0
            var matchedAll = true
            for (k, word) in q.enumerated() {
                var score = 0.0
                for (w, candidate) in form.words.enumerated() {
                    let s: Double
                    if candidate == word { s = 3 }
                    else if candidate.hasPrefix(word) { s = 2 }
                    // Transliteration variants: same consonants, similar length ("sulaimani", "hizballah").
                    else if word.count >= 4, abs(candidate.count - word.count) <= 2, form.skeletons[w] == qSkeletons[k] { s = 1.8 }
                    else if word.count >= 4, candidate.count >= word.count, form.skeletons[w].hasPrefix(qSkeletons[k]),
                            qSkeletons[k].count >= 3, Self.withinOneEdit(String(candidate.prefix(word.count)), word) || candidate.first == word.first && qSkeletons[k].count >= 4 { s = 1.2 }
                    else if word.count >= 5, Self.withinOneEdit(candidate, word) || Self.withinOneEdit(String(candidate.prefix(word.count)), word) { s = 1 }
                    else { s = 0 }
                    score = max(score, s)
                }
                if score == 0 { matchedAll = false; break }
                total += score
            }
            guard matchedAll else { continue }
            // Whole-name matches rank above partial ones; busier entities break ties.
            if form.words.count == q.count { total += 0.5 }
            best[form.entity] = max(best[form.entity] ?? 0, total)
        }
        return best.sorted { a, b in
            (a.value, mentionCounts[a.key], b.key) > (b.value, mentionCounts[b.key], a.key)
        }.prefix(limit).map(\.key)
    }

    /// Text matches of all query words (or of a quoted phrase), in document order.
    public func text(_ query: String, limit: Int = 200, in onlyDocument: Int? = nil) -> [Hit] {
        let phrase = query.contains("\"")
        let words = NameKey.words(query.replacingOccurrences(of: "\"", with: " ")).map { $0 }
        guard let first = words.first, let firstPostings = postings[first] else { return [] }
        var hits: [Hit] = []
        for (d, t) in firstPostings {
            if let only = onlyDocument, d != only { continue }
            let tokens = documents[d]
            if phrase || words.count > 1 {
                // Consecutive words: a phrase, and (unquoted) a multi-word query read the same way.
                var j = t
                var ok = true
                for w in words.dropFirst() {
                    j += 1
                    while j < tokens.count, tokens[j].kind == .punctuation || tokens[j].kind == .possessive { j += 1 }
                    if j >= tokens.count || Self.fold(tokens[j].text) != w { ok = false; break }
                }
                if ok { hits.append(.text(document: d, range: tokens[t].start..<tokens[j].end)) }
            } else {
                hits.append(.text(document: d, range: tokens[t].start..<tokens[t].end))
            }
            if hits.count >= limit { break }
        }
        return hits
    }

    /// Entities first, then text matches.
    public func search(_ query: String, limit: Int = 50) -> [Hit] {
        let es = entities(query, limit: 10).map { Hit.entity($0) }
        return es + text(query, limit: max(0, limit - es.count))
    }

    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
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
