/// What a cell is drawn as; the terminal maps each style to colours or, without colour, to attributes.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal, dim, title, heading, bar, border
    /// A selected row in an unfocused pane, and in the focused one.
    case selected, selectedFocused
    /// Entity mentions and names, one style per entity type.
    case person, organization, place, other
    /// The mention under cursor, and the current search match.
    case cursor
    /// The other matches of the search.
    case searchHit
    /// The sentence a jump (timeline, event) landed on.
    case jumped
    case unread
    case prompt
}

/// One terminal cell.
public struct Cell: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    public var style: Style
    /// The right half of a wide character: drawn by the cell before it.
    public var isContinuation: Bool
    /// Combining marks drawn with `scalar` in the same cell (a grapheme cluster kept whole).
    public var marks: [Unicode.Scalar]

    public init(scalar: Unicode.Scalar, style: Style, isContinuation: Bool, marks: [Unicode.Scalar] = []) {
        self.scalar = scalar
        self.style = style
        self.isContinuation = isContinuation
        self.marks = marks
    }

    public static let blank = Cell(scalar: " ", style: .normal, isContinuation: false)

    /// The cell's text: its base and its combining marks.
    public var text: String {
        var view = String.UnicodeScalarView()
        view.append(scalar)
        view.append(contentsOf: marks)
        return String(view)
    }
}

/// A whole screen of cells: what the renderer produces and a screen draws.
public struct Frame: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        get { cells[row * width + column] }
        set { cells[row * width + column] = newValue }
    }

    /// Fills a rectangle's cells with a style (and blanks).
    public mutating func fill(rows: Range<Int>, columns: Range<Int>, style: Style) {
        for r in rows where r >= 0 && r < height {
            for c in columns where c >= 0 && c < width { self[r, c] = Cell(scalar: " ", style: style, isContinuation: false) }
        }
    }

    /// Sets the style of a rectangle's cells, keeping their text.
    public mutating func restyle(rows: Range<Int>, columns: Range<Int>, style: Style) {
        for r in rows where r >= 0 && r < height {
            for c in columns where c >= 0 && c < width { self[r, c].style = style }
        }
    }

    /// Writes text from a column, clipped at `limit` (exclusive); returns the column after it.
    /// Text is sanitized: control characters never reach a cell. A zero-width mark joins
    /// the cell before it, so a grapheme cluster stays whole.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, limit: Int? = nil, style: Style) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var c = column
        // The base a mark joins: the last one written, or the cell just left of the start
        // (text drawn a scalar at a time keeps its clusters too).
        var last = column - 1
        if last >= 1, last < width, self[row, last].isContinuation { last -= 1 }
        for raw in text.unicodeScalars {
            for s in TextSanitizer.display(raw == "\n" ? " " : raw) {
                let joined = last >= 0 && last < width && self[row, last].marks.last == "\u{200D}"
                let w = joined ? 0 : DisplayWidth.of(s)
                if w == 0 {
                    if last >= 0, last < width, joined || DisplayWidth.joinsPrevious(s), self[row, last].marks.count < 4 {
                        self[row, last].marks.append(s)
                    }
                    continue
                }
                if c + w > end { return c }
                if c >= 0 {
                    self[row, c] = Cell(scalar: s, style: style, isContinuation: false)
                    if w == 2 { self[row, c + 1] = Cell(scalar: " ", style: style, isContinuation: true) }
                    last = c
                }
                c += w
            }
        }
        return c
    }

    /// The characters of one row, trailing spaces kept.
    public func text(row: Int) -> String {
        var view = String.UnicodeScalarView()
        for c in 0..<width where !self[row, c].isContinuation {
            view.append(self[row, c].scalar)
            view.append(contentsOf: self[row, c].marks)
        }
        return String(view)
    }

    /// The whole frame as lines of text, trailing spaces trimmed.
    public var text: String {
        (0..<height).map { r in
            var line = text(row: r)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
