/// An article read out of a file in one of the formats, before it becomes a `Document`.
public struct ExtractedArticle: Sendable, Equatable {
    /// The article's text: offsets of mentions index its code points.
    public var text: String
    public var title: String?
    /// Code-point range of the title line in `text`, when the text carries one.
    public var titleRange: Range<Int>?
    /// As written in the file; `MetadataDate.iso` makes it `YYYY-MM-DD`.
    public var date: String?
    public var source: String?
    public var url: String?
    public var author: String?
    public var blocks: [TextBlock] = []
    public var links: [TextLink] = []
    /// False only for Markdown without front matter, whose text is the file as stored.
    public var isExtracted = true

    public init(text: String, title: String? = nil, titleRange: Range<Int>? = nil, date: String? = nil,
                source: String? = nil, url: String? = nil, author: String? = nil) {
        self.text = text
        self.title = title
        self.titleRange = titleRange
        self.date = date
        self.source = source
        self.url = url
        self.author = author
    }
}

/// What reading one file in an article format gave.
public struct FormatOutput: Sendable, Equatable {
    public var articles: [ExtractedArticle] = []
    /// One line each, without the file name: "line 3: not valid JSON", "2 records without text skipped".
    public var problems: [String] = []
    /// Set when the file gave no article at all: why.
    public var failure: String?

    public init(articles: [ExtractedArticle] = [], problems: [String] = [], failure: String? = nil) {
        self.articles = articles
        self.problems = problems
        self.failure = failure
    }

    static func failed(_ reason: String) -> FormatOutput { FormatOutput(failure: reason) }
}

/// Builds an extracted article's text: the title line, a blank line, then the body's blocks
/// separated by blank lines, keeping each block's range and the ranges of link texts.
struct ArticleTextBuilder {
    private(set) var scalars = String.UnicodeScalarView()
    private(set) var count = 0
    private(set) var blocks: [TextBlock] = []
    private(set) var links: [TextLink] = []
    private(set) var titleRange: Range<Int>?

    init(title: String?) {
        if let title = title.map(FormatText.collapse), !title.isEmpty {
            append(title)
            titleRange = 0..<count
        }
    }

    /// One block; `links` are (range within `text`, url).
    mutating func add(_ text: String, kind: TextBlock.Kind? = nil, marker: String? = nil, links blockLinks: [(Range<Int>, String)] = []) {
        guard !text.isEmpty else { return }
        if count > 0 { append("\n\n") }
        let start = count
        append(text)
        if let kind { blocks.append(TextBlock(kind: kind, range: start..<count, marker: marker)) }
        for (range, url) in blockLinks { links.append(TextLink(range: (range.lowerBound + start)..<(range.upperBound + start), url: url)) }
    }

    var isBodyEmpty: Bool { count == (titleRange?.upperBound ?? 0) }

    private mutating func append(_ s: String) {
        for u in s.unicodeScalars { scalars.append(u); count += 1 }
    }

    func article() -> ExtractedArticle {
        var a = ExtractedArticle(text: String(scalars), titleRange: titleRange)
        a.blocks = blocks
        a.links = links
        return a
    }
}

/// Small text helpers shared by the formats.
enum FormatText {
    /// Runs of white space (including no-break spaces and line breaks) become one space; ends
    /// trimmed; control characters dropped (extracted text has no terminal codes to keep).
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "\u{00A0}" {
                pendingSpace = !out.isEmpty
            } else if u.properties.generalCategory == .control {
                continue
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(u)
            }
        }
        return String(out)
    }
}
