import Foundation

// The status line and the search prompt.
extension Renderer {
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
        let rightStart = frame.width - DisplayWidth.of(right)
        let leftEnd = frame.put(left, row: row, column: 0, limit: rightStart - 1, style: .bar)
        frame.put(right, row: row, column: rightStart, style: .bar)
        // The colour key, when it fits: each entity type written in its own style.
        for legend in [Legend.long, Legend.short] {
            let width = Legend.width(legend)
            guard leftEnd + 2 + width <= rightStart - 1 else { continue }
            Legend.draw(legend, on: &frame, row: row, column: rightStart - 1 - width)
            break
        }
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
}
