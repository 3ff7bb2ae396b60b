/// An article wrapped to a width: display lines that remember where their text came from.
public struct ArticleLayout: Sendable {
    /// One display line.
    public struct Line: Sendable, Equatable {
        /// What to draw, already made safe for a terminal.
        public var scalars: [Unicode.Scalar]
        /// Source code-point offset of each scalar (placeholders keep their source's offset; the
        /// space that joins two re-flowed lines has the offset of the line break it stands for).
        public var offsets: [Int]
        public var kind: Kind
        /// Source offset where the line's paragraph begins, to keep the place on reflow.
        public var paragraphStart: Int
        /// Cells before the text: a list item's or quote's indentation.
        public var indent = 0
        /// Drawn at the start of the indent: a list item's bullet or number, a quote's bar.
        public var prefix: [Unicode.Scalar] = []

        /// The source offset drawn at a cell of the line (0 = the first cell of the indent).
        public func offset(atCell column: Int) -> Int? {
            var c = indent
            var afterJoiner = false
            for (j, s) in scalars.enumerated() {
                let w = afterJoiner ? 0 : DisplayWidth.of(s)
                afterJoiner = s.value == 0x200D
                if w > 0, column >= c, column < c + w { return offsets[j] }
                c += w
            }
            return nil
        }
    }

    /// What a line belongs to.
    public enum Kind: Sendable, Equatable { case title, dateline, body, blank, furniture, heading }

    public var width: Int
    public var lines: [Line]

    /// Wraps a document's text by display width and grapheme cluster: paragraphs kept,
    /// hard-wrapped lines re-flowed, Markdown headings, list items, quotes and code set out.
    public init(document: Document, width: Int) {
        self.width = max(1, width)
        var lines: [Line] = []
        let scalars = document.scalars
        for paragraph in ArticleParagraphs.of(document) {
            let wrapped = Self.wrap(scalars, paragraph, width: self.width)
            guard !wrapped.isEmpty else { continue }
            if !lines.isEmpty, !paragraph.tight { lines.append(Line(scalars: [], offsets: [], kind: .blank, paragraphStart: paragraph.segments[0].lowerBound)) }
            lines.append(contentsOf: wrapped)
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

    static func wrap(_ scalars: ScalarText, _ paragraph: DisplayParagraph, width: Int) -> [Line] {
        // Make safe first: every source scalar becomes zero or more display scalars.
        var shown: [Unicode.Scalar] = []
        var offsets: [Int] = []
        let start = paragraph.segments[0].lowerBound
        shown.reserveCapacity(paragraph.segments.reduce(0) { $0 + $1.count })
        offsets.reserveCapacity(shown.capacity)
        for (k, segment) in paragraph.segments.enumerated() {
            if k > 0, paragraph.spaced[k - 1], shown.last != " " { shown.append(" "); offsets.append(segment.lowerBound - 1) }
            for i in segment {
                // Runs of spaces draw as one: Markdown marks read as spaces keep their offsets, not room.
                for s in TextSanitizer.display(scalars[i]) where paragraph.keepsSpaces || !(s == " " && shown.last == " ") {
                    shown.append(s)
                    offsets.append(i)
                }
            }
        }
        // Drop leading indentation (code keeps its own).
        var first = 0
        if !paragraph.keepsSpaces { while first < shown.count, shown[first] == " " { first += 1 } }
        if first > 0 { shown.removeFirst(first); offsets.removeFirst(first) }
        let room = max(1, width - paragraph.indent)
        // A hanging indent only where it leaves room for text.
        let hang = paragraph.hang * 3 <= room ? paragraph.hang : 0
        let ranges = paragraph.keepsSpaces ? Self.cut(shown, width: room)
            : LineWrapper.lines(shown, width: room - hang, firstWidth: room)
        return ranges.enumerated().map { n, r in
            Line(scalars: Array(shown[r]), offsets: Array(offsets[r]), kind: paragraph.kind, paragraphStart: start,
                 indent: paragraph.indent + (n == 0 ? 0 : hang), prefix: n == 0 || paragraph.prefixOnEveryLine ? paragraph.prefix : [])
        }
    }

    /// Code: cut at the width, spaces kept, never inside a grapheme cluster.
    static func cut(_ shown: [Unicode.Scalar], width: Int) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0, position = 0, used = 0
        for length in GraphemeClusters.lengths(shown) {
            let w = DisplayWidth.of(cluster: shown[position..<position + length])
            if used + w > width, position > start { out.append(start..<position); start = position; used = 0 }
            used += w
            position += length
        }
        if position > start || out.isEmpty { out.append(start..<position) }
        return out
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
        if v >= 0x20 && v < 0x7F || v >= 0xA0 && v < 0x200E && v != 0x061C { view.append(s); return }
        view.append(contentsOf: display(s))
    }

    /// A whole string made safe for one terminal line.
    public static func clean(_ text: String) -> String {
        // Most text has nothing to change: returned as it is, with no copy (the list and the
        // sidebar clean every row they draw).
        if text.unicodeScalars.allSatisfy({ s in let v = s.value; return v >= 0x20 && v < 0x7F || v >= 0xA0 && v < 0x200E && v != 0x061C }) { return text }
        var view = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" { view.append(" "); continue }
            view.append(contentsOf: display(s))
        }
        return String(view)
    }
}
