import Foundation

// The three panes: article list, article, sidebar.
extension Renderer {
    /// The article list: folder headers (▸ folded, ▾ open), then each article's mark and
    /// title on two rows (the selected one whole, with its date and source).
    static func drawList(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let columns = state.layout.list
        let list = state.list
        guard !list.slots.isEmpty else {
            let empty = list.filter != nil ? " (no title matches)" : list.show != .all ? " (none \(list.show.rawValue))" : " (no articles)"
            frame.put(empty, row: state.layout.body.lowerBound, column: columns.lowerBound, limit: columns.upperBound, style: .dim)
            return
        }
        let (selectedSlot, extra) = reader.listSelectionGeometry
        let width = reader.listTextWidth
        var cache: (slot: Int, title: [String], meta: String?)?
        for (k, row) in state.layout.body.enumerated() {
            guard let (slot, line) = list.slot(atRow: state.listScroll + k, selected: selectedSlot, extra: extra) else { continue }
            switch list.slots[slot] {
            case .header(let folder, let count):
                // ▸ folded (its articles hidden, their number shown), ▾ open.
                let folded = list.isFolded(folder)
                let onCursor = state.listHeader == folder
                let style: Style = onCursor ? (state.focus == .documents ? .selectedFocused : .selected) : .heading
                if onCursor { frame.fill(rows: row..<row + 1, columns: columns, style: style) }
                // A long name is cut, never the count.
                let tail = " (\(count))"
                let name = DisplayWidth.truncate(reader.folderName(folder), to: max(1, columns.count - 2 - DisplayWidth.of(tail)))
                frame.put("\(folded ? "▸" : "▾") \(name)\(tail)", row: row, column: columns.lowerBound, limit: columns.upperBound, style: style)
            case .article(let d):
                let selected = slot == selectedSlot
                let style: Style = selected ? (state.focus == .documents ? .selectedFocused : .selected) : .normal
                if selected { frame.fill(rows: row..<row + 1, columns: columns, style: style) }
                if cache?.slot != slot {
                    let lines = reader.world.listLines(of: d, width: width, whole: selected, maxLines: reader.selectedTitleLines)
                    cache = (slot, lines.title, lines.meta)
                }
                let (title, meta) = (cache!.title, cache!.meta)
                if line == 0 {
                    let (marker, unread) = reader.listMark(d)
                    frame.put(marker, row: row, column: columns.lowerBound, limit: columns.upperBound, style: selected ? style : (unread ? .unread : .normal))
                }
                if line < title.count {
                    frame.put(title[line], row: row, column: columns.lowerBound + 2, limit: columns.upperBound, style: style)
                } else if line == title.count, let meta {
                    frame.put(DisplayWidth.truncate(meta, to: width), row: row, column: columns.lowerBound + 2, limit: columns.upperBound,
                              style: selected ? style : .dim)
                }
            }
        }
    }

    static func drawArticle(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let columns = state.layout.article
        guard let d = state.openDocument else {
            frame.put(" No articles found. Give a folder of .txt or .md files: dossier PATH", row: state.layout.body.lowerBound,
                      column: columns.lowerBound, limit: columns.upperBound, style: .dim)
            return
        }
        let doc = reader.world.analysis.documents[d]
        let lines = state.article.lines
        let visible = state.articleScroll..<min(lines.count, state.articleScroll + state.layout.body.count)
        guard !visible.isEmpty else { return }
        // Mentions and matches that can appear on the visible lines.
        let from = visible.lazy.compactMap { lines[$0].offsets.first }.first ?? 0
        let to = (visible.reversed().lazy.compactMap { lines[$0].offsets.last }.first ?? from) + 1
        var spans: [(Range<Int>, Style)] = []
        // A text changed on disk since it was analysed: its mentions' offsets do not fit it.
        let mentionCount = doc.document.textChangedOnDisk ? 0 : doc.mentions.count
        var lo = 0, hi = mentionCount
        while lo < hi { let mid = (lo + hi) / 2; if doc.mentions[mid].end <= from { lo = mid + 1 } else { hi = mid } }
        var m = max(0, lo - 1)
        while m < mentionCount, doc.mentions[m].start < to {
            let mention = doc.mentions[m]
            if doc.entityOfMention[m] >= 0 {
                spans.append((mention.start..<mention.end, m == state.mentionCursor ? .cursor : SidebarContent.style(for: mention.type)))
            }
            m += 1
        }
        if let h = state.highlight, h.upperBound > from, h.lowerBound < to { spans.append((h, .jumped)) }
        for (i, r) in state.matches.enumerated() where r.upperBound > from && r.lowerBound < to {
            spans.append((r, i == state.matchIndex ? .cursor : .searchHit))
        }
        // Later spans win: search hits over entity colours, the cursor over both.
        spans.sort { rank($0.1) < rank($1.1) }
        for (k, index) in visible.enumerated() {
            let line = lines[index]
            let row = state.layout.body.lowerBound + k
            let base = articleStyle(line.kind)
            var c = columns.lowerBound + 1
            if !line.prefix.isEmpty { frame.put(String(String.UnicodeScalarView(line.prefix)), row: row, column: c, limit: columns.upperBound, style: .dim) }
            c += line.indent
            for (j, scalar) in line.scalars.enumerated() {
                let offset = line.offsets[j]
                var style = base
                for (range, s) in spans where range.contains(offset) { style = s }
                c = frame.put(String(scalar), row: row, column: c, limit: columns.upperBound, style: style)
            }
        }
    }

    /// The style of an article line's text before entities and matches are drawn over it.
    static func articleStyle(_ kind: ArticleLayout.Kind) -> Style {
        switch kind {
        case .title: return .title
        case .heading: return .heading
        case .dateline, .furniture: return .dim
        case .body, .blank: return .normal
        }
    }

    static func rank(_ style: Style) -> Int {
        switch style {
        case .cursor: return 4
        case .searchHit: return 3
        case .jumped: return 2
        default: return 1
        }
    }

    static func drawSidebar(_ frame: inout Frame, _ reader: Reader, columns: Range<Int>) {
        let state = reader.state
        frame.fill(rows: state.layout.body, columns: columns, style: .normal)
        for (k, row) in state.layout.body.enumerated() {
            let i = state.sidebarScroll + k
            guard i < state.sidebarRows.count else { break }
            let item = state.sidebarRows[i]
            let selected = i == state.sidebarSelection && item.target != nil
            let style: Style = selected ? (state.focus == .sidebar ? .selectedFocused : .selected) : item.style
            if selected { frame.fill(rows: row..<row + 1, columns: columns, style: style) }
            let detail = item.detail.map { " " + $0 } ?? ""
            let detailWidth = DisplayWidth.of(detail)
            let room = columns.count - detailWidth - 2
            frame.put(" " + DisplayWidth.truncate(TextSanitizer.clean(item.displayText(reader.world)), to: room), row: row, column: columns.lowerBound,
                      limit: columns.upperBound - detailWidth - 1, style: style)
            if !detail.isEmpty {
                frame.put(detail, row: row, column: columns.upperBound - detailWidth - 1, limit: columns.upperBound, style: selected ? style : .dim)
            }
        }
    }
}
