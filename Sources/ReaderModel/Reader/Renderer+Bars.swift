import Foundation

// The status line and the search prompt.
extension Renderer {
    static func drawStatus(_ frame: inout Frame, _ reader: Reader) {
        let state = reader.state
        let row = frame.height - 1
        frame.fill(rows: row..<row + 1, columns: 0..<frame.width, style: .bar)
        if let prompt = state.linePrompt {
            let sigil = prompt.kind == .filter ? "&" : ":"
            let end = frame.put(sigil + prompt.text, row: row, column: 0, style: .prompt)
            frame.put("▏", row: row, column: end, style: .prompt)
            let hint = prompt.kind == .filter
                ? "\(state.list.documents.count) of \(state.list.total) articles  Enter: keep  Esc: clear "
                : "article number 1–\(reader.world.documentCount)  Enter: open  Esc: cancel "
            frame.put(hint, row: row, column: max(end + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
            return
        }
        if let prompt = state.prompt {
            let sigil = prompt.scope == .article ? "/" : "S "
            let end = frame.put(sigil + prompt.query, row: row, column: 0, style: .prompt)
            frame.put("▏", row: row, column: end, style: .prompt)
            var hint: String
            switch prompt.scope {
            case .article:
                let count = state.matches.count
                let counter = prompt.query.isEmpty ? "" : count == 0 ? "no match in this article  " : "\((state.matchIndex ?? 0) + 1)/\(count)  "
                hint = counter + "Enter: go  ↑↓: history  Esc: cancel "
            case .corpus:
                hint = "Enter: open  Tab PgDn: choose  ↑↓: history  Esc: cancel "
            }
            if end + 2 + DisplayWidth.of(hint) > frame.width, let cut = hint.range(of: "Enter") { hint = String(hint[..<cut.lowerBound]) }
            frame.put(hint, row: row, column: max(end + 2, frame.width - DisplayWidth.of(hint)), style: .bar)
            return
        }
        let pane = ["ARTICLES", "ARTICLE", "SIDEBAR"][state.focus.rawValue]
        let total = state.article.lines.count
        let seen = min(total, state.articleScroll + state.layout.body.count)
        let percent = total == 0 ? 100 : seen * 100 / total
        var left = " [\(pane)]  \(percent)%"
        if let q = state.lastQuery {
            let n = state.matches.count
            left += "  /\(q) " + (state.matchIndex.map { "\($0 + 1)/\(n)" } ?? "\(n) match\(n == 1 ? "" : "es")")
        }
        if let message = state.message { left += "  · " + message }
        if let progress = state.analysisProgress { left += "  · " + AnalysisProgressText.status(progress, width: 44) }
        let right = "?:help q:quit "
        let rightStart = frame.width - DisplayWidth.of(right)
        let leftEnd = frame.put(left, row: row, column: 0, limit: rightStart - 1, style: .bar)
        frame.put(right, row: row, column: rightStart, style: .bar)
        // The keys to the list's marks and to the colours, as far as they fit: each mark and
        // entity type written in its own style.
        let keys: [([(String, Style)], [(String, Style)])] = [
            (Legend.marks, Legend.long), (Legend.marksShort, Legend.long), (Legend.marksShort, Legend.short), ([], Legend.long), ([], Legend.short),
        ]
        for (marks, colours) in keys {
            let gap = marks.isEmpty ? 0 : 3
            let width = Legend.width(marks) + gap + Legend.width(colours)
            guard leftEnd + 2 + width <= rightStart - 1 else { continue }
            let start = rightStart - 1 - width
            if !marks.isEmpty { Legend.draw(marks, on: &frame, row: row, column: start) }
            Legend.draw(colours, on: &frame, row: row, column: start + Legend.width(marks) + gap)
            break
        }
    }

    /// The corpus search's results over the article and sidebar: entities, then articles
    /// ranked, one row each with its number of hits; all of them, paged with the selection.
    static func drawPrompt(_ frame: inout Frame, _ reader: Reader) {
        guard let prompt = reader.state.prompt, prompt.scope == .corpus else { return }
        let layout = reader.state.layout
        let columns = layout.article.lowerBound..<layout.width
        let maxRows = min(layout.body.count - 1, max(3, prompt.resultCount + 2))
        let rows = layout.body.lowerBound..<(layout.body.lowerBound + maxRows)
        frame.fill(rows: rows, columns: columns, style: .normal)
        let e = prompt.entities.count, a = prompt.articles.count
        let heading = prompt.query.isEmpty ? " Search all articles: entities (any spelling) and text, “quoted phrase”" :
            " \(e) entit\(e == 1 ? "y" : "ies") · \(a) article\(a == 1 ? "" : "s") for “\(prompt.query)”"
            + (prompt.resultCount > rows.count - 1 ? "  (\(prompt.selection + 1)/\(prompt.resultCount))" : "")
        frame.put(heading, row: rows.lowerBound, column: columns.lowerBound, limit: columns.upperBound, style: .heading)
        let world = reader.world
        let listRows = (rows.lowerBound + 1)..<rows.upperBound
        // Whole pages: the page holding the selection.
        let first = listRows.isEmpty ? 0 : prompt.selection / listRows.count * listRows.count
        for (k, row) in listRows.enumerated() {
            let i = first + k
            guard i < prompt.resultCount else { break }
            let selected = i == prompt.selection
            var style: Style
            var detail = ""
            let text: String
            if i < e {
                let entity = world.analysis.entities[prompt.entities[i]]
                text = " \(entity.name) — \(entity.type.rawValue), \(entity.documents.count) article\(entity.documents.count == 1 ? "" : "s")"
                style = SidebarContent.style(for: entity.type)
            } else {
                let hit = prompt.articles[i - e]
                let title = DisplayWidth.truncate(TextSanitizer.clean(world.analysis.documents[hit.document].document.title), to: max(20, columns.count / 3))
                text = " \(title) · \(world.cachedSnippet(document: hit.document, around: hit.first, width: 60))"
                detail = " \(hit.hits) hit\(hit.hits == 1 ? "" : "s") "
                style = .normal
            }
            if selected { style = .selectedFocused; frame.fill(rows: row..<row + 1, columns: columns, style: style) }
            let detailWidth = DisplayWidth.of(detail)
            frame.put(DisplayWidth.truncate(text, to: columns.count - detailWidth), row: row, column: columns.lowerBound,
                      limit: columns.upperBound - detailWidth, style: style)
            if !detail.isEmpty { frame.put(detail, row: row, column: columns.upperBound - detailWidth, style: selected ? style : .dim) }
        }
        frame.put(String(repeating: "─", count: columns.count), row: rows.upperBound, column: columns.lowerBound, style: .border)
    }

    /// The corpus timeline over all panes: date, type, articles, summary.
}
