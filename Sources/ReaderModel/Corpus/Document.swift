/// One article: its stored text and what was read from its layout.
public struct Document: Sendable, Identifiable {
    /// Path relative to the corpus folder given (the file name for a file given directly).
    public var id: String
    /// Where it was read from; nil for the bundled corpus.
    public var path: String?
    /// The text as code points, stored compactly (`ScalarText`): mention offsets index into this.
    /// Read again from the file when it was let go (see `TextSource`): take it once into a
    /// local rather than in a loop.
    public var scalars: ScalarText {
        get { textSource?.text() ?? heldText }
        set { heldText = newValue; textSource = nil }
    }
    /// The text, when the document holds it itself.
    var heldText: ScalarText
    /// Where the text is held and read again from, for an article read on demand.
    public internal(set) var textSource: TextSource?
    /// Code points in the text (known without reading it again).
    public var textCount: Int { textSource?.count ?? heldText.count }
    /// The stored text (made from `scalars` when asked: a collection keeps one copy of its text, not two).
    public var text: String { scalars.string }
    public var title: String
    /// Code-point range of the title line.
    public var titleRange: Range<Int>
    public var source: String?
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    public var date: String?
    /// Code-point range of a dateline such as "The Cradle, December 4, 2023 —".
    public var datelineRange: Range<Int>?
    /// Where trailing site furniture (comment forms, advertising) begins; not analysed.
    public var furnitureStart: Int?
    /// True when `date` and `source` came from the file's metadata (meta tags, feed or record
    /// fields, front matter): they take precedence over what the text suggests.
    public var dateFromMetadata = false
    /// The article's address (canonical link, feed item link, record URL), when known.
    public var url: String?
    public var author: String?
    /// True when `text` was extracted from markup or records (HTML, feeds, JSON, CSV, front matter)
    /// rather than being the file as stored: offsets index this text, and the export carries it.
    public var textIsExtracted = false
    /// Structure for the reader: headings, list items, quotes (empty for plain text).
    public var blocks: [TextBlock] = []
    /// Links whose text is in the article, with their address kept as metadata.
    public var links: [TextLink] = []

    public init(id: String, path: String? = nil, text: String) {
        self.id = id
        self.path = path
        self.heldText = ScalarText(text)
        self.title = ""
        self.titleRange = 0..<0
    }

    /// End of the analysed text.
    public var analysedEnd: Int { furnitureStart ?? textCount }

    /// The text of a code-point range.
    public func slice(_ range: Range<Int>) -> String {
        scalars.string(range)
    }
}
