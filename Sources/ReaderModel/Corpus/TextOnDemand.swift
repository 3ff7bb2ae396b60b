import Foundation

/// Where an article's text is read again when it is not held in memory: the file holding
/// that one article (text, Markdown, HTML), read and extracted as when the collection was
/// loaded. Shared by every copy of the document, so letting the text go frees it for all.
///
/// A text read again is checked against the first reading (its length and hash): a file
/// changed on disk since gives the text now there, and `changedOnDisk` says so, so the
/// reader can say it rather than draw highlights at offsets into another text.
public final class TextSource: @unchecked Sendable {
    public let path: PathBytes
    public let format: ArticleFormat
    /// Code points of the text as first read (known without reading it again).
    public let count: Int
    private let hash: Int
    private let sizeLimit: Int
    private let residency: TextResidency
    /// The collection's one lock (an `NSLock` each would cost more than a short article's text).
    private var lock: NSLock { residency.lock }
    private var held: ScalarText?
    private var changed = false

    init(text: ScalarText, path: PathBytes, format: ArticleFormat, sizeLimit: Int, residency: TextResidency) {
        self.path = path
        self.sizeLimit = sizeLimit
        self.format = format
        count = text.count
        hash = text.hashValue
        self.residency = residency
        held = text
    }

    /// The text, held or read again from the file (nothing, if it can no longer be read).
    public func text() -> ScalarText {
        if let text = lock.withLock({ held }) { return text }
        let read = Self.read(path, format, sizeLimit: sizeLimit)
        let text: ScalarText = lock.withLock {
            if let held { return held } // read meanwhile on another thread
            let text = read ?? ScalarText()
            if read == nil || text.count != count || text.hashValue != hash { changed = true }
            held = text
            return text
        }
        residency.didRead(self)
        return text
    }

    /// Whether the text read again is not the one first read (the file changed or went away).
    public var changedOnDisk: Bool { lock.withLock { changed } }

    /// Whether the text is in memory now.
    public var isHeld: Bool { lock.withLock { held != nil } }

    /// Lets the text go; the next `text()` reads it again.
    public func release() { lock.withLock { held = nil } }

    /// A one-article file's text, read and extracted as the loader does.
    static func read(_ path: PathBytes, _ format: ArticleFormat, sizeLimit: Int) -> ScalarText? {
        guard case .success(let bytes) = FileAccess.read(path, limit: sizeLimit),
              case .text(let decoded) = TextDecoder.decode(bytes: bytes),
              let article = format.read(decoded.text).articles.first else { return nil }
        return ScalarText(article.text)
    }
}

/// How many texts read again stay in memory: past `limit`, the one read longest ago is let go.
/// One per loaded collection.
public final class TextResidency: @unchecked Sendable {
    public let limit: Int
    /// Guards this and every `TextSource` of the collection.
    let lock = NSLock()
    private var recent: [TextSource] = []

    public init(limit: Int = 64) { self.limit = max(1, limit) }

    func didRead(_ source: TextSource) {
        let oldest: TextSource? = lock.withLock {
            recent.append(source)
            return recent.count > limit ? recent.removeFirst() : nil
        }
        if let oldest, oldest !== source { oldest.release() }
    }
}

extension Document {
    /// Holds the text in a `TextSource` that can let it go and read it again from `path`.
    mutating func readTextOnDemand(from path: PathBytes, format: ArticleFormat, sizeLimit: Int, residency: TextResidency) {
        guard textSource == nil, !format.holdsMany else { return }
        textSource = TextSource(text: scalars, path: path, format: format, sizeLimit: sizeLimit, residency: residency)
        heldText = ScalarText()
    }

    /// Whether the text, read again, is not the text first read and analysed: its offsets
    /// (mentions, events) do not fit it.
    public var textChangedOnDisk: Bool { textSource?.changedOnDisk ?? false }
}

extension Corpus {
    /// Lets go of the text of every article read on demand, except `keeping`.
    public func releaseTexts(keeping: Set<Int> = []) {
        for (d, document) in documents.enumerated() where !keeping.contains(d) { document.textSource?.release() }
    }
}
