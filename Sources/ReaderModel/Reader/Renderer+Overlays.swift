import Foundation

// Overlays drawn over the panes: timeline and help.
extension Renderer {
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
            // Planned and hypothetical events are marked: they have not happened.
            if let mark = event.context.mark { c = frame.put(mark + " ", row: row, column: c, style: selected ? style : .dim) }
            frame.put(DisplayWidth.truncate(event.summary, to: max(0, frame.width - c - 1)), row: row, column: c, style: style)
        }
    }

    /// Help over the panes: sections of keys and marks, the colour key; scrolls when it
    /// does not fit, and says so.
    static func drawHelp(_ frame: inout Frame, _ reader: Reader) {
        let layout = reader.state.layout
        let box = HelpLayout.box(for: layout)
        let help = HelpLayout(for: layout, extra: reader.helpSections)
        let scroll = min(reader.state.helpScroll, help.maxScroll)
        frame.fill(rows: box.rows, columns: box.columns, style: .normal)
        let more = help.maxScroll > 0 ? "  ·  rows \(scroll + 1)–\(min(scroll + help.visibleRows, help.maxScroll + help.visibleRows)) of \(help.maxScroll + help.visibleRows), j k scroll" : ""
        frame.put(" KEYS — q or ? closes" + more, row: box.rows.lowerBound, column: 1, limit: box.columns.upperBound, style: .heading)
        for (n, column) in help.columns.enumerated() {
            let left = 1 + n * (help.columnWidth + 2)
            let right = min(box.columns.upperBound, left + help.columnWidth)
            for k in 0..<help.visibleRows {
                let i = scroll + k
                guard i < column.count else { break }
                let row = box.rows.lowerBound + 1 + k
                switch column[i] {
                case .heading(let title):
                    frame.put(title, row: row, column: left, limit: right, style: .heading)
                case .entry(let entry):
                    frame.put(" " + entry.keys, row: row, column: left, limit: left + HelpText.keyWidth + 1, style: entry.style)
                    frame.put(entry.action, row: row, column: left + HelpText.keyWidth + 2, limit: right, style: .normal)
                case .legend:
                    Legend.draw(Legend.long, on: &frame, row: row, column: left + 1, gap: .normal)
                }
            }
        }
        if help.columns.count == 2 {
            for r in box.rows.dropFirst() { frame.put("│", row: r, column: help.columnWidth + 1, style: .border) }
        }
    }
}
