/// An article wrapped to a width: display lines that remember where their text came from.
public struct ArticleLayout: Sendable {
    /// One display line.
    public struct Line: Sendable, Equatable {
        /// What to draw, already made safe for a terminal.
        public var scalars: [Unicode.Scalar]
        /// Source code-point offset of each scalar (placeholders keep their source's offset).
        public var offsets: [Int]
        public var kind: Kind
        /// Source offset where the line's paragraph begins, to keep the place on reflow.
        public var paragraphStart: Int
    }

    /// What a line belongs to.
    public enum Kind: Sendable, Equatable { case title, dateline, body, blank, furniture }

    public var width: Int
    public var lines: [Line]

    /// Wraps a document's text by display width, paragraphs kept.
    public init(document: Document, width: Int) {
        self.width = max(1, width)
        var lines: [Line] = []
        let scalars = document.scalars
        var start = 0
        var lastWasBlank = true
        for i in 0...scalars.count where i == scalars.count || LineBreak.ends(scalars, at: i) {
            let range = start..<i
            start = i + 1
            let isBlank = range.allSatisfy { scalars[$0] == " " || scalars[$0] == "\r" || scalars[$0] == "\t" }
            if isBlank {
                if !lastWasBlank { lines.append(Line(scalars: [], offsets: [], kind: .blank, paragraphStart: range.lowerBound)) }
                lastWasBlank = true
                continue
            }
            let kind: Kind
            if range.lowerBound == document.titleRange.lowerBound { kind = .title }
            else if let d = document.datelineRange, d.lowerBound == range.lowerBound { kind = .dateline }
            else if let f = document.furnitureStart, range.lowerBound >= f { kind = .furniture }
            else { kind = .body }
            // Paragraphs in articles are lines; keep a blank line between them for reading.
            if !lastWasBlank, !lines.isEmpty { lines.append(Line(scalars: [], offsets: [], kind: .blank, paragraphStart: range.lowerBound)) }
            lines.append(contentsOf: Self.wrap(scalars, range, width: self.width, kind: kind))
            lastWasBlank = false
        }
        if lines.isEmpty { lines = [Line(scalars: [], offsets: [], kind: .blank, paragraphStart: 0)] }
        self.lines = lines
    }

    /// Index of the line showing the given source offset (or the nearest before it).
    public func line(containing offset: Int) -> Int {
        var lo = 0, hi = lines.count - 1, best = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            let first = lines[mid].offsets.first ?? lines[mid].paragraphStart
            if first <= offset { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return best
    }

    static func wrap(_ scalars: [Unicode.Scalar], _ range: Range<Int>, width: Int, kind: Kind) -> [Line] {
        // Make safe first: every source scalar becomes zero or more display scalars.
        var cells: [(Unicode.Scalar, Int, Int)] = []  // scalar, source offset, width
        cells.reserveCapacity(range.count)
        for i in range {
            // Runs of spaces draw as one: Markdown marks read as spaces keep their offsets, not room.
            for s in TextSanitizer.display(scalars[i]) where !(s == " " && cells.last?.0 == " ") {
                cells.append((s, i, DisplayWidth.of(s)))
            }
        }
        // Drop leading indentation; keep the rest.
        while let first = cells.first, first.0 == " " { cells.removeFirst() }
        var lines: [Line] = []
        var i = 0
        while i < cells.count {
            var used = 0
            var j = i
            var lastBreak = -1
            while j < cells.count, used + cells[j].2 <= width {
                if cells[j].0 == " " { lastBreak = j }
                used += cells[j].2
                j += 1
            }
            var end = j
            if j < cells.count, lastBreak > i { end = lastBreak }
            if end == i { end = min(cells.count, i + 1) }
            let piece = cells[i..<end]
            lines.append(Line(scalars: piece.map(\.0), offsets: piece.map(\.1), kind: kind, paragraphStart: range.lowerBound))
            i = end
            while i < cells.count, cells[i].0 == " " { i += 1 }
        }
        return lines
    }
}

/// Keeps control characters and escape sequences from reaching the terminal.
public enum TextSanitizer {
    /// Display scalars for one source scalar: controls become visible pictures (␛, ␀),
    /// a tab becomes spaces, bidirectional overrides and other invisible formatting become "�".
    public static func display(_ s: Unicode.Scalar) -> [Unicode.Scalar] {
        let v = s.value
        if v == 0x09 { return [" ", " ", " ", " "] }
        if v == 0x0D { return [] }
        if v < 0x20 { return [Unicode.Scalar(0x2400 + v)!] }
        if v == 0x7F { return ["\u{2421}"] }
        if (0x80..<0xA0).contains(v) { return ["\u{FFFD}"] }
        if (0x2028...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C { return ["\u{FFFD}"] }
        return [s]
    }

    /// Appends the display form of a scalar; ordinary characters take a fast path with no allocation.
    @inline(__always)
    public static func append(_ s: Unicode.Scalar, to view: inout String.UnicodeScalarView) {
        let v = s.value
        if v >= 0x20 && v < 0x7F || v >= 0xA0 && v < 0x200E { view.append(s); return }
        view.append(contentsOf: display(s))
    }

    /// A whole string made safe for one terminal line.
    public static func clean(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" { view.append(" "); continue }
            view.append(contentsOf: display(s))
        }
        return String(view)
    }
}
