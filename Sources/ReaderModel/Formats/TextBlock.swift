/// A structural block of an article's text, for the reader to draw (headings bold, list items indented).
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A heading of level 1–6.
        case heading(Int)
        /// A list item, nested `depth` levels deep (0 for a top-level item).
        case listItem(depth: Int)
        case quote
        case code
    }

    public var kind: Kind
    /// Code-point range in the document's text.
    public var range: Range<Int>
    /// A list item's number as written ("3.", "b)"); nil for a bullet.
    public var marker: String?

    public init(kind: Kind, range: Range<Int>, marker: String? = nil) {
        self.kind = kind
        self.range = range
        self.marker = marker
    }
}

/// A link in an article: its text (a code-point range of the document's text) and where it points.
public struct TextLink: Sendable, Equatable {
    public var range: Range<Int>
    public var url: String

    public init(range: Range<Int>, url: String) {
        self.range = range
        self.url = url
    }
}
