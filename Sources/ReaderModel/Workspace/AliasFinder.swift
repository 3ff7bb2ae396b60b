/// Finds where alias forms (`alias: NAME = FORM`) are written in the articles, word by
/// word with case, accents and apostrophes folded, in one pass over each article's tokens.
enum AliasFinder {
    /// A place in an article written as a form.
    struct Place: Sendable {
        var document: Int
        var start: Int
        var end: Int
        var text: String
        var tokens: Range<Int>
    }

    /// Places of each form, keyed by the form's name key.
    static func occurrences(of forms: [String], in analysis: Analysis) -> [String: [Place]] {
        let wanted = Dictionary(forms.map { (NameKey.words($0), 0) }.filter { !$0.0.isEmpty }, uniquingKeysWith: { a, _ in a }).keys
        guard !wanted.isEmpty else { return [:] }
        let byFirst = Dictionary(grouping: Array(wanted), by: { $0[0] })
        let perDocument = ParallelMap.map(Array(analysis.documents.indices)) { d -> [(String, Place)] in
            let doc = analysis.documents[d]
            let tokens = analysis.tokens(of: d).tokens
            var words: [Int: [String]] = [:]
            func folded(_ t: Int) -> [String] {
                if let w = words[t] { return w }
                let w = NameKey.words(tokens[t].text)
                words[t] = w
                return w
            }
            var found: [(String, Place)] = []
            for t in tokens.indices where tokens[t].kind == .word || tokens[t].kind == .number {
                guard let first = folded(t).first, let candidates = byFirst[first] else { continue }
                for form in candidates.sorted(by: { $0.count > $1.count }) {
                    guard let end = match(form, tokens, from: t, folded) else { continue }
                    let range = tokens[t].start..<tokens[end - 1].end
                    found.append((form.joined(separator: " "),
                                  Place(document: d, start: range.lowerBound, end: range.upperBound, text: doc.document.slice(range), tokens: t..<end)))
                    break
                }
            }
            return found
        }
        var result: [String: [Place]] = [:]
        for list in perDocument { for (k, place) in list { result[k, default: []].append(place) } }
        return result
    }

    /// The token after a match of the form's words starting at token `t`; hyphens may join words.
    static func match(_ form: [String], _ tokens: [Token], from t: Int, _ folded: (Int) -> [String]) -> Int? {
        var w = 0, j = t
        while w < form.count {
            guard j < tokens.count else { return nil }
            let token = tokens[j]
            if w > 0, token.kind == .punctuation, ["-", "\u{2010}", "\u{2011}"].contains(token.text), !token.spaceBefore { j += 1; continue }
            guard token.kind == .word || token.kind == .number, w == 0 || token.newlinesBefore == 0 else { return nil }
            let words = folded(j)
            guard !words.isEmpty, w + words.count <= form.count, Array(form[w..<(w + words.count)]) == words else { return nil }
            w += words.count
            j += 1
        }
        return j
    }
}
