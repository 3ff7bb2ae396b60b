import Foundation

/// A thread-safe memo of a pure function's results, for values the reader rebuilds often
/// from an immutable world (the sidebar of an article, an entity's card). Bounded: it is
/// emptied when full rather than tracking what was used last.
public final class Memo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]
    private let capacity: Int

    public init(capacity: Int = 2048) { self.capacity = capacity }

    /// The value for a key, made by `make` the first time.
    public func value(_ key: Key, _ make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] { lock.unlock(); return known }
        lock.unlock()
        let made = make()
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = made
        lock.unlock()
        return made
    }

    /// How many values are kept (for tests).
    public var count: Int { lock.lock(); defer { lock.unlock() }; return values.count }
}

/// What the sidebar's rows depend on besides the world: the mode, the open article, and
/// whether the events were found yet.
public struct SidebarKey: Hashable, Sendable {
    /// The entity of a card; nil for the article's sidebar.
    var entity: Int?
    var document: Int?
    var eventsReady: Bool
}

extension ReaderWorld {
    /// The sidebar's rows for a mode and open article, built once per world and kept: going
    /// back, `r`, and reopening an article or a card do not rebuild the related list.
    public func sidebarRows(for mode: SidebarMode, document: Int?) -> [SidebarRow] {
        let eventsReady = eventsIfReady != nil
        // An entity's card does not depend on the open article.
        let key: SidebarKey
        switch mode {
        case .document: key = SidebarKey(entity: nil, document: document, eventsReady: eventsReady)
        case .entity(let e): key = SidebarKey(entity: e, document: nil, eventsReady: eventsReady)
        }
        return memos.sidebar.value(key) { SidebarContent.rows(for: mode, document: document, world: self) }
    }
}

/// What an article's rows in the list depend on: the article, the width, whether it is
/// drawn whole (selected) and how many lines it may take, and whether events (which may
/// date it) were found.
public struct ListLinesKey: Hashable, Sendable {
    var document: Int
    var width: Int
    var whole: Bool
    var maxLines: Int
    var eventsReady: Bool
}

/// A snippet's document, range and width.
public struct SnippetKey: Hashable, Sendable {
    var document: Int
    var lower: Int
    var upper: Int
    var width: Int
}

/// The memos of a world: values the reader draws at every key, made once.
public final class ReaderMemos: Sendable {
    let sidebar = Memo<SidebarKey, [SidebarRow]>()
    let listLines = Memo<ListLinesKey, ListLines>(capacity: 8192)
    let snippets = Memo<SnippetKey, String>(capacity: 8192)
    public init() {}
}

/// An article's lines in the list: its title wrapped, and its date and source when shown.
public struct ListLines: Sendable {
    public var title: [String]
    public var meta: String?
}

extension ReaderWorld {
    /// `ArticleList.lines` for an article, made once per width (the list draws every visible
    /// article at every key).
    public func listLines(of d: Int, width: Int, whole: Bool, maxLines: Int) -> ListLines {
        let key = ListLinesKey(document: d, width: width, whole: whole, maxLines: whole ? maxLines : 0, eventsReady: eventsIfReady != nil)
        return memos.listLines.value(key) {
            let doc = analysis.documents[d].document
            let lines = ArticleList.lines(title: doc.title.isEmpty ? doc.id : doc.title, meta: meta(of: d), width: width, whole: whole, maxLines: maxLines)
            return ListLines(title: lines.title, meta: lines.meta)
        }
    }

    /// `snippet(document:around:width:)`, made once (sidebar cards and search results draw
    /// them at every key).
    public func cachedSnippet(document: Int, around range: Range<Int>, width: Int = 70) -> String {
        memos.snippets.value(SnippetKey(document: document, lower: range.lowerBound, upper: range.upperBound, width: width)) {
            snippet(document: document, around: range, width: width)
        }
    }
}
