import Foundation

/// Search inside one article, as less does: every occurrence of the typed text, found as
/// you type, ignoring case and accents ("cafe" finds "Café", "kataib" finds "Kata’ib").
public struct ArticleSearch: Sendable, Equatable {
    /// The article's text folded for matching, marks and apostrophes dropped, each folded
    /// scalar remembering its source offset.
    public let document: Int
    let folded: [UInt32]
    let source: [Int]
    let count: Int
    /// Combining marks, kept with the character before them at the end of a match.
    let marks: [Bool]

    public init<Text: Collection>(document: Int, scalars: Text) where Text.Element == Unicode.Scalar {
        self.document = document
        count = scalars.count
        var folded: [UInt32] = [], source: [Int] = [], marks = [Bool](repeating: false, count: scalars.count)
        folded.reserveCapacity(scalars.count)
        source.reserveCapacity(scalars.count)
        for (i, s) in scalars.enumerated() {
            if let f = Self.fold(s) {
                // A run of white space is one space, as the reader draws it (a re-flowed line
                // break with CRLF or indentation reads "third round", and is found so).
                if f == 0x20, folded.last == 0x20 { continue }
                folded.append(f)
                source.append(i)
            } else if DisplayWidth.joinsPrevious(s) {
                marks[i] = true
            }
        }
        self.folded = folded
        self.source = source
        self.marks = marks
    }

    /// One scalar folded: lower case, no accent, any space one space; nil for what matching
    /// skips (combining marks, apostrophes, soft hyphens).
    static func fold(_ s: Unicode.Scalar) -> UInt32? {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v + 32 }
            if v == 0x27 { return nil }
            if v == 0x09 || v == 0x0A || v == 0x0D { return 0x20 }
            return v
        }
        switch v {
        case 0x2018, 0x2019, 0x02BC, 0x02BB, 0x00AD, 0x200B...0x200D: return nil
        case 0x00A0, 0x2028, 0x2029, 0x2000...0x200A: return 0x20
        default: break
        }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return nil
        default: break
        }
        let f = String(s).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).unicodeScalars
        return f.first?.value ?? v
    }

    /// The folded form of a query; empty when nothing is left to find.
    static func foldQuery(_ query: String) -> [UInt32] {
        var out: [UInt32] = []
        for s in query.replacingOccurrences(of: "\"", with: "").unicodeScalars {
            guard let f = fold(s) else { continue }
            if f == 0x20, out.last == 0x20 || out.isEmpty { continue }
            out.append(f)
        }
        while out.last == 0x20 { out.removeLast() }
        return out
    }

    /// Code-point ranges of every occurrence, in order; each ends after the marks of its last character.
    public func ranges(of query: String) -> [Range<Int>] {
        let q = Self.foldQuery(query)
        guard let first = q.first, q.count <= folded.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        let last = folded.count - q.count
        while i <= last {
            if folded[i] == first {
                var k = 1
                while k < q.count, folded[i + k] == q[k] || (q[k] == 0x20 && folded[i + k] == 0x20) { k += 1 }
                if k == q.count {
                    var end = source[i + q.count - 1] + 1
                    while end < count, marks[end] { end += 1 }
                    out.append(source[i]..<end)
                    i += q.count
                    continue
                }
            }
            i += 1
        }
        return out
    }
}
