import Foundation

/// Draws a reader's state into a frame: title bar, three panes, status line, overlays.
public enum Renderer {
    public static func frame(_ reader: Reader) -> Frame {
        let state = reader.state
        let layout = state.layout
        var frame = Frame(width: layout.width, height: layout.height)
        guard !layout.isTooSmall else {
            let message = "terminal too small (\(layout.width)×\(layout.height))"
            let hint = "need \(PaneLayout.minimumWidth)×\(PaneLayout.minimumHeight) · q quits"
            let row = max(0, layout.height / 2 - 1)
            frame.put(message, row: row, column: max(0, (layout.width - DisplayWidth.of(message)) / 2), style: .title)
            frame.put(hint, row: row + 1, column: max(0, (layout.width - DisplayWidth.of(hint)) / 2), style: .dim)
            return frame
        }
        drawTitleBar(&frame, reader)
        drawList(&frame, reader)
        drawArticle(&frame, reader)
        for r in layout.body {
            frame.put("│", row: r, column: layout.list.upperBound, style: .border)
            if let s = layout.sidebar { frame.put("│", row: r, column: s.lowerBound - 1, style: .border) }
        }
        if let columns = layout.sidebar { drawSidebar(&frame, reader, columns: columns) }
        if state.overlay == .sidebar {
            let columns = layout.sidebarOverlay
            for r in layout.body { frame.put("│", row: r, column: columns.lowerBound - 1, style: .border) }
            drawSidebar(&frame, reader, columns: columns)
        }
        if state.overlay == .timeline { drawTimeline(&frame, reader) }
        drawStatus(&frame, reader)
        if state.prompt != nil { drawPrompt(&frame, reader) }
        if state.overlay == .help { drawHelp(&frame) }
        return frame
    }

    static func drawTitleBar(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        frame.fill(rows: 0..<1, columns: 0..<frame.width, style: .bar)
        let n = reader.world.documentCount
        let position = state.openDocument.map { "document \($0 + 1) of \(n)" } ?? "no documents"
        // The open article's source and date, which the narrow list has no room for.
        var meta: [String] = []
        if let d = state.openDocument {
            let doc = reader.world.analysis.documents[d]
            if let source = doc.document.source { meta.append(source) }
            if let date = doc.date ?? doc.document.date.flatMap(DateValue.init(iso:)) {
                meta.append(date.iso + (doc.dateInferred ? " (inferred)" : ""))
            } else if let date = reader.world.eventsIfReady?.dates[d] {
                meta.append(date.iso + ((reader.world.eventsIfReady?.inferred[d] ?? false) ? " (inferred)" : ""))
            }
        }
        let left = " Dossier · \(reader.world.analysis.corpus.name)" + (meta.isEmpty ? "" : "  │  " + meta.joined(separator: " · "))
        let end = frame.put(left, row: 0, column: 0, limit: frame.width - DisplayWidth.of(position) - 2, style: .bar)
        frame.put(position + " ", row: 0, column: max(end + 1, frame.width - DisplayWidth.of(position) - 1), style: .bar)
    }

    static func drawList(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let columns = state.layout.list
        let docs = reader.world.analysis.documents
        guard !docs.isEmpty else {
            frame.put(" (no articles)", row: state.layout.body.lowerBound, column: columns.lowerBound, limit: columns.upperBound, style: .dim)
            return
        }
        for (k, row) in state.layout.body.enumerated() {
            let i = state.listScroll + k
            guard i < docs.count else { break }
            let selected = i == state.listSelection
            let style: Style = selected ? (state.focus == .documents ? .selectedFocused : .selected) : .normal
            if selected { frame.fill(rows: row..<row + 1, columns: columns, style: style) }
            let marker = state.visited.contains(i) ? " " : "•"
            var c = frame.put(marker, row: row, column: columns.lowerBound, limit: columns.upperBound, style: selected ? style : .unread)
            let doc = docs[i].document
            let meta = [doc.date, doc.source].compactMap { $0 }.first ?? ""
            let metaWidth = meta.isEmpty || columns.count < 32 ? 0 : DisplayWidth.of(meta) + 1
            let room = columns.upperBound - metaWidth - c - 1
            c = frame.put(" " + DisplayWidth.truncate(TextSanitizer.clean(doc.title.isEmpty ? doc.id : doc.title), to: room), row: row, column: c,
                          limit: columns.upperBound - metaWidth, style: style)
            if metaWidth > 0 {
                frame.put(meta, row: row, column: columns.upperBound - metaWidth + 1, limit: columns.upperBound, style: selected ? style : .dim)
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
        var lo = 0, hi = doc.mentions.count
        while lo < hi { let mid = (lo + hi) / 2; if doc.mentions[mid].end <= from { lo = mid + 1 } else { hi = mid } }
        var m = max(0, lo - 1)
        while m < doc.mentions.count, doc.mentions[m].start < to {
            let mention = doc.mentions[m]
            if doc.entityOfMention[m] >= 0, mention.type != .other {
                spans.append((mention.start..<mention.end, m == state.mentionCursor ? .cursor : SidebarContent.style(for: mention.type)))
            }
            m += 1
        }
        if let h = state.highlight, h.upperBound > from, h.lowerBound < to { spans.append((h, .searchHit)) }
        for (i, r) in state.matches.enumerated() where r.upperBound > from && r.lowerBound < to {
            spans.append((r, i == state.matchIndex ? .cursor : .searchHit))
        }
        // Later spans win: search hits over entity colours, the cursor over both.
        spans.sort { rank($0.1) < rank($1.1) }
        for (k, index) in visible.enumerated() {
            let line = lines[index]
            let row = state.layout.body.lowerBound + k
            let base: Style = line.kind == .title ? .title : (line.kind == .dateline || line.kind == .furniture ? .dim : .normal)
            var c = columns.lowerBound + 1
            for (j, scalar) in line.scalars.enumerated() {
                let offset = line.offsets[j]
                var style = base
                for (range, s) in spans where range.contains(offset) { style = s }
                c = frame.put(String(scalar), row: row, column: c, limit: columns.upperBound, style: style)
            }
        }
    }

    static func rank(_ style: Style) -> Int {
        switch style {
        case .cursor: return 3
        case .searchHit: return 2
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

    static func drawStatus(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let row = frame.height - 1
        frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: .bar)
        if let prompt = state.prompt {
            let end = frame.put("/" + prompt.query, row: row, column: 0, style: .prompt)
            frame.put("▏", row: row, column: end, style: .prompt)
            let hint = "Enter: jump  ↑↓: choose  Esc: cancel "
            frame.put(hint, row: row, column: max(end + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
            return
        }
        let pane = ["ARTICLES", "ARTICLE", "SIDEBAR"][state.focus.rawValue]
        let total = state.article.lines.count
        let seen = min(total, state.articleScroll + state.layout.body.count)
        let percent = total == 0 ? 100 : seen * 100 / total
        var left = " [\(pane)]  \(percent)%"
        if let q = state.lastQuery {
            let position = state.matchIndex.map { "\($0 + 1)" } ?? "-"
            left += "  /\(q) \(position)/\(state.matches.count)"
        }
        if let message = state.message { left += "  · " + message }
        let right = "?:help q:quit "
        frame.put(left, row: row, column: 0, limit: frame.width - DisplayWidth.of(right) - 1, style: .bar)
        frame.put(right, row: row, column: frame.width - DisplayWidth.of(right), style: .bar)
    }

    static func drawPrompt(_ frame: inout Frame, _ reader: Reader) {
        guard let prompt = reader.state.prompt else { return }
        let layout = reader.state.layout
        let columns = layout.article.lowerBound..<layout.width
        let maxRows = min(layout.body.count - 1, max(3, prompt.results.count + 2))
        let rows = layout.body.lowerBound..<(layout.body.lowerBound + maxRows)
        frame.fill(rows: rows, columns: columns, style: .normal)
        let heading = prompt.query.isEmpty ? " Type to search entities and article text" :
            " \(prompt.results.count) result\(prompt.results.count == 1 ? "" : "s") for “\(prompt.query)”"
        frame.put(heading, row: rows.lowerBound, column: columns.lowerBound, limit: columns.upperBound, style: .heading)
        let world = reader.world
        let listRows = (rows.lowerBound + 1)..<rows.upperBound
        let first = max(0, prompt.selection - listRows.count + 1)
        for (k, row) in listRows.enumerated() {
            let i = first + k
            guard i < prompt.results.count else { break }
            let selected = i == prompt.selection
            let text: String
            var style: Style
            switch prompt.results[i] {
            case .entity(let e):
                let entity = world.analysis.entities[e]
                text = " \(entity.name) — \(entity.type.rawValue), \(entity.documents.count) article\(entity.documents.count == 1 ? "" : "s")"
                style = SidebarContent.style(for: entity.type)
            case .text(let d, let range):
                let title = DisplayWidth.truncate(world.analysis.documents[d].document.title, to: 28)
                text = " \(title) · \(world.snippet(document: d, around: range, width: 60))"
                style = .normal
            }
            if selected { style = .selectedFocused; frame.fill(rows: row..<row + 1, columns: columns, style: style) }
            frame.put(DisplayWidth.truncate(text, to: columns.count), row: row, column: columns.lowerBound, limit: columns.upperBound, style: style)
        }
        frame.put(String(repeating: "─", count: columns.count), row: rows.upperBound, column: columns.lowerBound, style: .border)
    }

    /// The corpus timeline over all panes: date, type, articles, summary.
    static func drawTimeline(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let body = state.layout.body
        frame.fill(rows: body, columns: 0..<frame.width, style: .normal)
        let events = reader.world.events.events
        let rows = reader.timelineEvents
        frame.put(" TIMELINE — \(rows.count) dated event\(rows.count == 1 ? "" : "s")   Enter: open the article at the event   Backspace: back   q: close",
                  row: body.lowerBound, column: 0, style: .heading)
        for (k, row) in (body.lowerBound + 1..<body.upperBound).enumerated() {
            let i = state.timelineScroll + k
            guard i < rows.count else { break }
            let event = events[rows[i]]
            let selected = i == state.timelineSelection
            let style: Style = selected ? .selectedFocused : .normal
            if selected { frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: style) }
            var c = frame.put(" " + (event.date?.iso ?? "").padding(toLength: 11, withPad: " ", startingAt: 0), row: row, column: 0, style: selected ? style : .title)
            c = frame.put(event.type.padding(toLength: 13, withPad: " ", startingAt: 0), row: row, column: c, style: selected ? style : .organization)
            let count = event.documents.count
            c = frame.put((count > 1 ? "×\(count)" : "").padding(toLength: 4, withPad: " ", startingAt: 0), row: row, column: c, style: selected ? style : .dim)
            frame.put(DisplayWidth.truncate(event.summary, to: max(0, frame.width - c - 1)), row: row, column: c, style: style)
        }
    }

    static func drawHelp(_ frame: inout Frame) {
        let lines = HelpText.lines
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 10
        let width = min(frame.width - 4, keyWidth + 44)
        let height = min(frame.height - 2, lines.count + 3)
        let top = max(1, (frame.height - height) / 2)
        let left = max(1, (frame.width - width) / 2)
        frame.fill(rows: top..<(top + height), columns: left..<(left + width), style: .normal)
        frame.put(" Keys — any key closes", row: top, column: left, limit: left + width, style: .heading)
        for (k, line) in lines.prefix(height - 3).enumerated() {
            let row = top + 2 + k
            frame.put(" " + line.keys, row: row, column: left, limit: left + keyWidth + 2, style: .title)
            frame.put(line.action, row: row, column: left + keyWidth + 3, limit: left + width, style: .normal)
        }
    }
}
