/// Where grapheme clusters (user-perceived characters) begin in a run of scalars, by the
/// standard library's Unicode segmentation, so a line is never broken inside one: a letter and
/// its accents, a Devanagari syllable, an emoji ZWJ sequence, a flag stay together.
public enum GraphemeClusters {
    /// The length in scalars of each cluster of `scalars`, in order (they sum to its count).
    public static func lengths(_ scalars: [Unicode.Scalar]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        let n = scalars.count
        while i < n {
            // Fast path: printable ASCII followed by ASCII (or the end) is a cluster of one.
            if isPlainASCII(scalars[i]), i + 1 == n || scalars[i + 1].value < 0x80 {
                out.append(1)
                i += 1
                continue
            }
            // A run up to the next printable ASCII scalar: no cluster continues into one (an ASCII
            // letter is never a mark or a joiner's partner), so the run's ends are boundaries.
            var k = i + 1
            while k < n, !isPlainASCII(scalars[k]) { k += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[i..<k])
            for character in String(view) { out.append(character.unicodeScalars.count) }
            i = k
        }
        return out
    }

    @inline(__always)
    static func isPlainASCII(_ s: Unicode.Scalar) -> Bool { s.value >= 0x20 && s.value < 0x7F }
}
