/// What a cell is drawn as; the terminal maps each style to colours or, without colour, to attributes.
public enum Style: UInt8, Sendable, CaseIterable {
    case normal, dim, title, heading, bar, border
    /// A selected row in an unfocused pane, and in the focused one.
    case selected, selectedFocused
    case person, organization, place
    /// The mention under the cursor.
    case cursor
    case searchHit
    case unread
    case prompt
}

/// One terminal cell.
public struct Cell: Sendable, Equatable {
    public var scalar: Unicode.Scalar
    public var style: Style
    /// The right half of a wide character: drawn by the cell before it.
    public var isContinuation: Bool

    public static let blank = Cell(scalar: " ", style: .normal, isContinuation: false)
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

    /// Writes text from a column, clipped at `limit` (exclusive); returns the column after it.
    /// Text is sanitized: control characters never reach a cell.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, limit: Int? = nil, style: Style) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var c = column
        for raw in text.unicodeScalars {
            for s in TextSanitizer.display(raw == "\n" ? " " : raw) {
                let w = DisplayWidth.of(s)
                if w == 0 { continue }
                if c + w > end { return c }
                if c >= 0 {
                    self[row, c] = Cell(scalar: s, style: style, isContinuation: false)
                    if w == 2 { self[row, c + 1] = Cell(scalar: " ", style: style, isContinuation: true) }
                }
                c += w
            }
        }
        return c
    }

    /// The characters of one row, trailing spaces kept.
    public func text(row: Int) -> String {
        var view = String.UnicodeScalarView()
        for c in 0..<width where !self[row, c].isContinuation { view.append(self[row, c].scalar) }
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
