/// The file formats articles are read from, by file extension.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText, markdown, html, feed, xml, jsonLines, json, csv

    public static let byExtension: [String: ArticleFormat] = [
        "txt": .plainText, "text": .plainText, "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html, "rss": .feed, "atom": .feed, "xml": .xml,
        "jsonl": .jsonLines, "ndjson": .jsonLines, "json": .json, "csv": .csv,
    ]

    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), let format = Self.byExtension[fileName[fileName.index(after: dot)...].lowercased()]
        else { return nil }
        self = format
    }

    /// Whether one file holds many articles, numbered `FILE#1`, `FILE#2`… in ids.
    public var holdsMany: Bool { [.feed, .xml, .jsonLines, .json, .csv].contains(self) }

    /// Reads a file's decoded text. Pure: no file access.
    public func read(_ text: String) -> FormatOutput {
        switch self {
        case .plainText: return FormatOutput(articles: [ExtractedArticle(text: text, isExtracted: false)])
        case .markdown: return MarkdownReader.read(text)
        case .html: return HTMLReader.read(text)
        case .feed, .xml: return FeedReader.read(text)
        case .jsonLines: return RecordReader.readLines(text)
        case .json: return RecordReader.readJSON(text)
        case .csv: return RecordReader.readCSV(text)
        }
    }
}

extension ExtractedArticle {
    init(text: String, isExtracted: Bool) {
        self.init(text: text)
        self.isExtracted = isExtracted
    }
}

/// Articles of one file as documents.
public struct FormatReader: Sendable {
    public var parser: DocumentParser

    public init(parser: DocumentParser) { self.parser = parser }

    /// What one file gave: its documents, problems to report, or why it gave none.
    public struct Result: Sendable {
        public var documents: [Document]
        public var problems: [String]
        public var failure: String?
    }

    /// Reads a file's decoded text as articles: `id` names a single article, `id#N` each of many.
    public func documents(text: String, format: ArticleFormat, id: String, path: String?) -> Result {
        let output = format.read(text)
        if let failure = output.failure { return Result(documents: [], problems: output.problems, failure: failure) }
        let many = format.holdsMany
        let documents = output.articles.enumerated().map { n, article in
            document(article, id: many ? "\(id)#\(n + 1)" : id, path: path)
        }
        return Result(documents: documents, problems: output.problems, failure: nil)
    }

    /// A document from an extracted article: layout read from its text, then metadata, which takes precedence.
    public func document(_ article: ExtractedArticle, id: String, path: String?) -> Document {
        var doc = parser.parse(Document(id: id, path: path, text: article.text))
        if let title = article.title, !title.isEmpty {
            doc.title = title
            if let range = article.titleRange { doc.titleRange = range }
        }
        if let date = article.date.flatMap(MetadataDate.iso) {
            doc.date = date
            doc.dateFromMetadata = true
        }
        if let source = article.source, !source.isEmpty { doc.source = source }
        doc.url = article.url
        doc.author = article.author
        doc.textIsExtracted = article.isExtracted
        doc.blocks = article.blocks
        doc.links = article.links
        return doc
    }
}
