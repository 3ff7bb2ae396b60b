/// One person's name written twice in one article, once with a slip of the keyboard: "Mikhail
/// Khodorkovsky" and "Mikhail Khordokovsky", "Hassan Nasrallah" and "Hassan Narallah". Real pages
/// carry such slips, in captions most of all.
extension DocumentLinker {
    /// Pairs of person mentions whose names differ in one word only, by a slip: one letter added,
    /// dropped, changed or two swapped; two for long words (seven letters or more). Only names of
    /// two words or more, so a surname alone never meets another by its spelling.
    func misspelledNamePairs(_ mentions: [Mention], words: [[String]]) -> [(Int, Int)] {
        // Names by every "all words but one" pattern: two names can only be slips of each other
        // when they share one, so no name is compared with every other.
        var byPattern: [String: [Int]] = [:]
        var seen = Set<String>()
        for (i, m) in mentions.enumerated() where m.type == .person && (2...4).contains(words[i].count) {
            let w = words[i]
            guard seen.insert(w.joined(separator: " ")).inserted else { continue }
            for k in w.indices {
                var pattern = w
                pattern[k] = "*"
                byPattern["\(k)|" + pattern.joined(separator: " "), default: []].append(i)
            }
        }
        var pairs: [(Int, Int)] = []
        for (key, names) in byPattern where names.count > 1 && names.count <= 8 {
            guard let bar = key.firstIndex(of: "|"), let k = Int(key[..<bar]) else { continue }
            for a in names.indices {
                for b in names.indices where b > a {
                    let x = words[names[a]][k], y = words[names[b]][k]
                    if Self.isSlip(x, y) { pairs.append((names[a], names[b])) }
                }
            }
        }
        return pairs
    }

    /// Whether two different words are one slip apart (two when one has seven letters or more:
    /// "Haniyeh"/"Hiyeh"); words under five letters never ("Mi"/"Ma", "Ross"/"Rose" are other names).
    static func isSlip(_ a: String, _ b: String) -> Bool {
        guard a != b else { return false }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard min(x.count, y.count) >= 5 else { return false }
        let allowed = max(x.count, y.count) >= 7 ? 2 : 1
        // Typos keep the first letter ("Mikhail", not "Nikhail").
        guard x[0] == y[0], abs(x.count - y.count) <= allowed else { return false }
        return editDistance(x, y, limit: allowed) <= allowed
    }

    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps),
    /// stopped early past `limit`.
    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int {
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowBest = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            if rowBest > limit { return rowBest }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[y.count]
    }
}
