/// Greedy line breaking of one paragraph by display width and grapheme cluster: a line breaks
/// at a space, or between two wide (CJK) characters, and never inside a cluster.
enum LineWrapper {
    /// The range (into `scalars`) of each line. The spaces a line breaks at are left out; a
    /// cluster wider than the line gets a line of its own.
    /// `firstWidth`: the first line's room when it differs (a hanging indent narrows the rest).
    static func lines(_ scalars: [Unicode.Scalar], width: Int, firstWidth: Int? = nil) -> [Range<Int>] {
        let lengths = GraphemeClusters.lengths(scalars)
        let n = lengths.count
        var starts: [Int] = []
        var widths: [Int] = []
        starts.reserveCapacity(n + 1)
        widths.reserveCapacity(n)
        var position = 0
        for length in lengths {
            starts.append(position)
            widths.append(length == 1 ? DisplayWidth.of(scalars[position]) : DisplayWidth.of(cluster: scalars[position..<position + length]))
            position += length
        }
        starts.append(position)
        func isSpace(_ c: Int) -> Bool { lengths[c] == 1 && scalars[starts[c]] == " " }
        // Ideographic text has no spaces: a line may break between wide characters, but not
        // before closing punctuation (。、」) nor after opening punctuation (「).
        func canBreak(before c: Int) -> Bool {
            guard c > 0, widths[c - 1] == 2 || widths[c] == 2 else { return false }
            switch scalars[starts[c]].properties.generalCategory {
            case .closePunctuation, .otherPunctuation, .finalPunctuation: return false
            default: break
            }
            switch scalars[starts[c - 1]].properties.generalCategory {
            case .openPunctuation, .initialPunctuation: return false
            default: return true
            }
        }
        var out: [Range<Int>] = []
        var i = 0
        while i < n, isSpace(i) { i += 1 }
        while i < n {
            var used = 0, j = i, lastBreak = -1
            let width = out.isEmpty ? firstWidth ?? width : width
            while j < n, used + widths[j] <= width {
                if j > i, isSpace(j) || canBreak(before: j) { lastBreak = j }
                used += widths[j]
                j += 1
            }
            var end = j
            if j < n, !isSpace(j), !(j > i && canBreak(before: j)), lastBreak > i { end = lastBreak }
            if end == i { end = i + 1 }
            var last = end
            while last > i, isSpace(last - 1) { last -= 1 }
            out.append(starts[i]..<starts[last])
            i = end
            while i < n, isSpace(i) { i += 1 }
        }
        return out
    }
}
