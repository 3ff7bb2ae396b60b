/// How often each lower-case word of four or more letters occurs in one article, its words
/// numbered in one vocabulary for the whole collection: 8 bytes a distinct word, where a
/// dictionary of strings per article took several times that for every article at once.
struct TermCounts: Sendable {
    /// Vocabulary indices, ascending.
    private var words: [UInt32] = []
    private var counts: [UInt32] = []

    /// Each word's index and its count.
    var pairs: some Sequence<(Int, Double)> { zip(words, counts).lazy.map { (Int($0), Double($1)) } }

    /// Articles are counted this many at a time, in parallel, their tokens made again and dropped.
    static let chunk = 512

    /// Every article's counts, the vocabulary (index → word) and each word's document frequency.
    static func count(_ analysis: Analysis) -> (counts: [TermCounts], vocabulary: [String], documentFrequency: [Int]) {
        var ids: [String: Int] = [:]
        var vocabulary: [String] = []
        var df: [Int] = []
        var all: [TermCounts] = []
        all.reserveCapacity(analysis.documents.count)
        for lower in stride(from: 0, to: analysis.documents.count, by: chunk) {
            let chunk = Array(lower..<min(analysis.documents.count, lower + chunk))
            // Lower-case tokens are their own keys.
            let counted: [[String: UInt32]] = ParallelMap.map(chunk) { d in
                var counts: [String: UInt32] = [:]
                for token in analysis.unmarkedTokens(of: d) where token.kind == .word && !token.isCapitalized && token.text.utf8.count >= 4 {
                    counts[token.text, default: 0] += 1
                }
                return counts
            }
            for counts in counted {
                var pairs: [(UInt32, UInt32)] = []
                pairs.reserveCapacity(counts.count)
                for (word, count) in counts {
                    let id: Int
                    if let known = ids[word] { id = known } else { id = vocabulary.count; ids[word] = id; vocabulary.append(word); df.append(0) }
                    df[id] += 1
                    pairs.append((UInt32(id), count))
                }
                pairs.sort { $0.0 < $1.0 }
                all.append(TermCounts(words: pairs.map(\.0), counts: pairs.map(\.1)))
            }
        }
        return (all, vocabulary, df)
    }
}
