import Foundation

/// The article list's order and rows: grouped by folder with a header (in folder order),
/// or sorted by date or title; filtered as you type. Each article takes two rows (its title
/// wrapped, or the title and its date and source); the selected one shows its whole title.
public struct ArticleList: Sendable, Equatable {
    /// How the list is ordered (`o` cycles through them).
    public enum Order: String, Sendable, CaseIterable { case folder, date, title }

    /// One slot of the list: a folder header or an article.
    public enum Slot: Sendable, Equatable {
        case header(folder: String, count: Int)
        case article(Int)
    }

    /// Which articles the list shows by their marks (`v` cycles through them).
    public enum Show: String, Sendable, CaseIterable { case all, unread, starred }

    public var order: Order = .folder
    public var show: Show = .all
    /// Words a title must contain (folded like search), or nil.
    public var filter: String?
    /// Folders whose articles are hidden under their header (`z`, `Z`, Enter on a header).
    public var folded: Set<String> = []
    public private(set) var slots: [Slot] = []
    /// Slot of each folder's header, when the list shows headers.
    public private(set) var headerSlot: [String: Int] = [:]
    /// First row of each slot, with every article two rows high.
    public private(set) var slotRow: [Int] = []
    /// Slot of each document drawn (not those under a folded header).
    public private(set) var slotOfDocument: [Int: Int] = [:]
    /// Documents in list order, those under a folded header too.
    public private(set) var documents: [Int] = []
    public private(set) var total = 0

    public static let rowsPerArticle = 2

    public init() {}

    /// The folder of a document id ("business/012.txt" → "business"); "" at the top.
    public static func folder(of id: String) -> String {
        guard let slash = id.lastIndex(of: "/") else { return "" }
        return String(id[..<slash])
    }

    /// Rebuilds the slots for the world's documents; `visited` (opened or marked read) and
    /// `starred` decide which are shown unless `show` is `.all`.
    public mutating func rebuild(_ world: ReaderWorld, visited: Set<Int> = [], starred: Set<Int> = []) {
        let docs = world.analysis.documents
        total = docs.count
        var shown = Array(docs.indices)
        switch show {
        case .all: break
        case .unread: shown = shown.filter { !visited.contains($0) }
        case .starred: shown = shown.filter { starred.contains($0) }
        }
        if let filter, !filter.isEmpty {
            let q = ArticleSearch.foldQuery(filter)
            shown = shown.filter { d in
                let title = docs[d].document.title.isEmpty ? docs[d].document.id : docs[d].document.title
                return ArticleSearch(document: d, scalars: Array(title.unicodeScalars)).contains(q)
            }
        }
        switch order {
        case .folder:
            // Folders in order of first appearance; files in load order within each.
            var firstSeen: [String: Int] = [:]
            for d in shown { let f = Self.folder(of: docs[d].document.id); if firstSeen[f] == nil { firstSeen[f] = firstSeen.count } }
            shown.sort { (firstSeen[Self.folder(of: docs[$0].document.id)]!, $0) < (firstSeen[Self.folder(of: docs[$1].document.id)]!, $1) }
        case .date:
            // Newest first; undated at the end, in load order.
            let dates = shown.map { world.date(of: $0) ?? "" }
            let key = Dictionary(uniqueKeysWithValues: zip(shown, dates))
            shown.sort { a, b in
                let x = key[a]!, y = key[b]!
                if x.isEmpty != y.isEmpty { return !x.isEmpty }
                return x != y ? x > y : a < b
            }
        case .title:
            let titles = Dictionary(uniqueKeysWithValues: shown.map { ($0, docs[$0].document.title.lowercased()) })
            shown.sort { (titles[$0]!, $0) < (titles[$1]!, $1) }
        }
        documents = shown
        slots = []
        let folders = order == .folder && Set(shown.map { Self.folder(of: docs[$0].document.id) }).count > 1
        var counts: [String: Int] = [:]
        if folders { for d in shown { counts[Self.folder(of: docs[d].document.id), default: 0] += 1 } }
        var current: String?
        headerSlot = [:]
        for d in shown {
            if folders {
                let f = Self.folder(of: docs[d].document.id)
                if f != current { headerSlot[f] = slots.count; slots.append(.header(folder: f, count: counts[f]!)); current = f }
                // A folded folder shows its header alone.
                if folded.contains(f) { continue }
            }
            slots.append(.article(d))
        }
        slotRow = []
        slotOfDocument = [:]
        var row = 0
        for (i, slot) in slots.enumerated() {
            slotRow.append(row)
            switch slot {
            case .header: row += 1
            case .article(let d): slotOfDocument[d] = i; row += Self.rowsPerArticle
            }
        }
    }

    /// True when the list shows folder headers (folder order, more than one folder).
    public var hasHeaders: Bool { !headerSlot.isEmpty }

    /// The folders with a header, in list order.
    public var headerFolders: [String] { headerSlot.sorted { $0.value < $1.value }.map(\.key) }

    /// True when a folder's articles are hidden under its header.
    public func isFolded(_ folder: String) -> Bool { hasHeaders && folded.contains(folder) }

    /// Rows all slots take, given the selected article's extra height.
    public func rowCount(selectedExtra: Int) -> Int {
        guard let last = slots.last else { return 0 }
        if case .header = last { return slotRow[slots.count - 1] + 1 + selectedExtra }
        return slotRow[slots.count - 1] + Self.rowsPerArticle + selectedExtra
    }

    /// First row of a slot, the selected article (slot `selected`) being `extra` rows taller.
    public func row(ofSlot i: Int, selected: Int?, extra: Int) -> Int {
        slotRow[i] + (selected.map { i > $0 ? extra : 0 } ?? 0)
    }

    /// The slot drawn at a row, and the row within it.
    public func slot(atRow r: Int, selected: Int?, extra: Int) -> (slot: Int, line: Int)? {
        guard r >= 0, !slots.isEmpty else { return nil }
        var lo = 0, hi = slots.count - 1, best = -1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if row(ofSlot: mid, selected: selected, extra: extra) <= r { best = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        guard best >= 0 else { return nil }
        let line = r - row(ofSlot: best, selected: selected, extra: extra)
        let height: Int
        switch slots[best] {
        case .header: height = 1
        case .article: height = Self.rowsPerArticle + (best == selected ? extra : 0)
        }
        return line < height ? (best, line) : nil
    }

    /// The lines an article shows: its title wrapped to `width` — two lines, or all of them
    /// when selected — then, when there is room, its date and source.
    /// A whole title is cut at `maxLines` lines, so that other articles stay in view.
    public static func lines(title: String, meta: String, width: Int, whole: Bool, maxLines: Int = .max) -> (title: [String], meta: String?) {
        let words = TextSanitizer.clean(title).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var lines: [String] = []
        var line = ""
        for w in words {
            let candidate = line.isEmpty ? w : line + " " + w
            if DisplayWidth.of(candidate) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        lines = lines.map { DisplayWidth.of($0) > width ? DisplayWidth.truncate($0, to: width) : $0 }
        if whole {
            let cap = max(2, maxLines)
            if lines.count > cap {
                lines = Array(lines[..<(cap - 1)]) + [DisplayWidth.truncate(lines[(cap - 1)...].joined(separator: " "), to: width)]
            }
            return (lines, meta.isEmpty ? nil : meta)
        }
        if lines.count > 2 {
            let rest = lines[1...].joined(separator: " ")
            return ([lines[0], DisplayWidth.truncate(rest, to: width)], nil)
        }
        return (lines, lines.count < 2 && !meta.isEmpty ? meta : nil)
    }
}

extension ArticleSearch {
    /// True when the folded text contains a folded query.
    func contains(_ q: [UInt32]) -> Bool {
        guard let first = q.first else { return true }
        guard q.count <= folded.count else { return false }
        for i in 0...(folded.count - q.count) where folded[i] == first {
            var k = 1
            while k < q.count, folded[i + k] == q[k] { k += 1 }
            if k == q.count { return true }
        }
        return false
    }
}

extension ReaderWorld {
    /// An article's date as `YYYY-MM-DD` (or shorter): the dateline's, else the one inferred.
    public func date(of d: Int) -> String? {
        let doc = analysis.documents[d]
        if let date = doc.date { return date.iso }
        if let date = doc.document.date { return date }
        return eventsIfReady?.dates[d]?.iso
    }

    /// "2023-12-04 · The Cradle" when known.
    public func meta(of d: Int) -> String {
        [date(of: d), analysis.documents[d].document.source].compactMap { $0 }.joined(separator: " · ")
    }
}
